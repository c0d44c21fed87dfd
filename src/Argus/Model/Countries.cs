namespace Argus.Model;

/// <summary>Maps the country names and codes of every list to ISO 3166-1 alpha-2 codes (lower case).</summary>
public static class Countries
{
    // The table is filled in by the list readers' work; keep keys normalised by Key().
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["korea, north"] = "kp",
        ["democratic people's republic of korea"] = "kp",
        ["north korea"] = "kp",
        ["dprk"] = "kp",
        ["russia"] = "ru",
        ["russian federation"] = "ru",
    };

    /// <summary>The ISO code for a country name or code as a list writes it, or null when unknown.</summary>
    public static string? ToCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = Key(name);
        if (key.Length == 2 && key.All(char.IsAsciiLetter)) return key;
        return ByName.TryGetValue(key, out var code) ? code : null;
    }

    private static string Key(string name) =>
        string.Join(' ', name.Trim().ToLowerInvariant().Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
