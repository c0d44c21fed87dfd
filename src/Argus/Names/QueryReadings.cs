namespace Argus.Names;

/// <summary>
/// The ways a query name may be read: each of its alternatives (<see cref="NameParser.Alternatives"/>), and
/// for people each alternative as the lists would spell it when another nation's romanisation of Cyrillic
/// wrote it (<see cref="CyrillicRomanisations"/>), and a Chinese name in Cyrillic in pinyin (<see cref="PalladiusReadings"/>). Only queries are read so: list names keep one spelling,
/// and the index stays as it is.
/// </summary>
public static class QueryReadings
{
    public static IReadOnlyList<string> Of(string name, NameReading reading)
    {
        var alternatives = NameParser.Alternatives(name);
        if (reading == NameReading.Organisation) return alternatives;
        List<string>? all = null;
        foreach (var alternative in alternatives)
        {
            var readings = CyrillicRomanisations.Readings(alternative);
            var chinese = PalladiusReadings.Read(alternative);
            if (readings.Count == 0 && chinese is null) continue;
            all ??= [.. alternatives];
            foreach (var r in readings)
                if (!all.Contains(r, StringComparer.OrdinalIgnoreCase)) all.Add(r);
            if (chinese is not null && !all.Contains(chinese, StringComparer.OrdinalIgnoreCase)) all.Add(chinese);
        }
        return all is null ? alternatives : all;
    }
}
