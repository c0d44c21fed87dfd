using System.Globalization;
using System.Text;
using Argus.Model;
using Argus.Sources;

namespace Argus.Bench.Batch;

/// <summary>
/// Writes a synthetic customer file: people with names from many cultures and scripts, dates of birth,
/// nationalities and genders, plus listed people planted under variant spellings at known rows. The
/// planted rows and the entity each must find go to a sidecar file (<c>NAME.planted.csv</c>).
/// </summary>
internal sealed class CustomerFileGenerator(Random random)
{
    /// <summary>One planted row: the variant written and the entity it stands for.</summary>
    public sealed record Planted(long Row, string Name, string Variant, string EntityId, string ListName);

    private static readonly string[] MonthAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Persons from the lists that can be planted: a Latin primary name of two to four words.</summary>
    public static IReadOnlyList<WatchlistEntity> PlantablePersons(IEnumerable<WatchlistEntity> entities) =>
        entities.Where(e => e.Schema == EntitySchema.Person)
            .Where(e =>
            {
                var words = Words(e.Caption);
                return words.Length is >= 2 and <= 4 && words.All(w => w.Length >= 2 && w.All(c => c < 0x250 && char.IsLetter(c)));
            })
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

    public IReadOnlyList<Planted> Write(string path, long rows, IReadOnlyList<WatchlistEntity> plantable, int plantedCount)
    {
        var planted = new List<Planted>();
        var every = plantedCount > 0 ? Math.Max(1, rows / plantedCount) : long.MaxValue;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("customer_id,name,date_of_birth,nationality,gender\n");
        for (long row = 1; row <= rows; row++)
        {
            string name, dob, nationality, gender;
            if (plantable.Count > 0 && planted.Count < plantedCount && row % every == every / 2)
            {
                var e = plantable[random.Next(plantable.Count)];
                var (variantName, variant) = Variant(e);
                name = variantName;
                dob = e.BirthDates.Count > 0 ? FormatDate(e.BirthDates[0].Start) : "";
                nationality = e.Nationalities.FirstOrDefault() ?? "";
                gender = e.Gender ?? "";
                planted.Add(new Planted(row, name, variant, e.Id, e.Caption));
            }
            else (name, dob, nationality, gender) = Clean();
            w.Write($"C{row:D8},{Csv(name)},{dob},{nationality},{gender}\n");
        }
        return planted;
    }

    public static void WriteSidecar(string path, IReadOnlyList<Planted> planted)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("row,name,variant,expected_id,list_name\n");
        foreach (var p in planted) w.Write($"{p.Row},{Csv(p.Name)},{p.Variant},{p.EntityId},{Csv(p.ListName)}\n");
    }

    public static IReadOnlyList<Planted> ReadSidecar(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = SplitCsv(l);
            return new Planted(long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], f[3], f[4]);
        }).ToArray();

    /// <summary>A spelling of the entity's name that a person would type, by one of several general rules.</summary>
    private (string Name, string Variant) Variant(WatchlistEntity e)
    {
        var original = e.Names.FirstOrDefault(n => n.Kind == NameKind.OriginalScript);
        var words = Words(e.Caption).Select(Title).ToArray();
        switch (random.Next(original is not null ? 6 : 5))
        {
            case 0:
            {
                // "FAMILY, Given" becomes "Given Family"; a name without a comma is rotated.
                var comma = e.Caption.IndexOf(',');
                if (comma > 0)
                    return (string.Join(' ', Words(e.Caption[(comma + 1)..]).Concat(Words(e.Caption[..comma])).Select(Title)), "reordered");
                return (string.Join(' ', words.Skip(1).Append(words[0])), "reordered");
            }
            case 1:
                return (string.Join(' ', words[..^2].Append(words[^2] + "-" + words[^1].ToLowerInvariant())), "hyphenated");
            case 2:
                return (string.Join(' ', words).ToLowerInvariant(), "lower-case");
            case 3:
            {
                var i = Array.FindIndex(words, w => w.Length >= 6);
                if (i < 0) return (string.Join(' ', words.Reverse()), "reordered");
                var chars = words[i].ToCharArray();
                var k = 2 + random.Next(chars.Length - 4);
                (chars[k], chars[k + 1]) = (chars[k + 1], chars[k]);
                words[i] = new string(chars);
                return (string.Join(' ', words), "typo");
            }
            case 4:
                return (e.Caption.ToUpperInvariant().Replace(",", ""), "as listed");
            default:
                return (original!.Full, "original script");
        }
    }

    private (string Name, string Dob, string Nationality, string Gender) Clean()
    {
        var pool = NamePools.All[random.Next(NamePools.All.Length)];
        var female = random.Next(2) == 0;
        var given = Pick(female ? pool.FemaleGiven : pool.MaleGiven);
        if (random.Next(5) == 0 && !pool.FamilyFirst) given += " " + Pick(female ? pool.FemaleGiven : pool.MaleGiven);
        var family = Pick(pool.Family);
        if (pool.Culture == "Spanish" && random.Next(2) == 0) family += " " + Pick(pool.Family);
        var cjk = pool.Culture is "ChineseHan" or "Hangul";
        var name = pool.FamilyFirst ? (cjk ? family + given : family + " " + given) : given + " " + family;
        var birth = new DateOnly(1935, 1, 1).AddDays(random.Next(70 * 365));
        return (name, FormatDate(PartialDate.FromDate(birth)), Pick(pool.Nationalities), female ? "female" : "male");
    }

    /// <summary>Dates in the forms customer files use: ISO, day-first, with a month name, or a year alone.</summary>
    private string FormatDate(PartialDate d)
    {
        if (d.Month is null || d.Day is null) return d.ToString();
        return random.Next(4) switch
        {
            0 => $"{d.Day:D2}/{d.Month:D2}/{d.Year}",
            1 => $"{d.Day:D2} {MonthAbbr[d.Month.Value - 1]} {d.Year}",
            _ => d.ToString(),
        };
    }

    private string Pick(string[] a) => a[random.Next(a.Length)];

    private static string[] Words(string s) => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);

    private static string Title(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant();

    private static string Csv(string s) => s.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return [.. fields];
    }

    /// <summary>Every entity of every list file under <paramref name="listsDirectory"/> (companion files skipped).</summary>
    public static IReadOnlyList<WatchlistEntity> LoadLists(string listsDirectory, Func<string, bool>? include = null)
    {
        var all = new List<WatchlistEntity>();
        foreach (var file in Directory.EnumerateFiles(listsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Argus.Storage.ActiveLists.IsCompanionOrDoc(file)) continue;
            if (include is not null && !include(file)) continue;
            try
            {
                all.AddRange(ListFormats.Read(ListSource.FromFile(file)).Entities);
            }
            catch (Exception e) when (e is ListFormatException or NotImplementedException or NotSupportedException)
            {
                Console.Error.WriteLine($"skipped {file}: {e.Message}");
            }
        }
        return all;
    }
}
