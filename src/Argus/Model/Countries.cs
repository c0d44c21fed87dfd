using System.Globalization;
using System.Reflection;
using System.Text;

namespace Argus.Model;

/// <summary>One country of the table: its ISO codes, the names lists give it and its nationality adjectives.</summary>
/// <param name="Code">ISO 3166-1 alpha-2, lower case ("kp").</param>
/// <param name="Alpha3">ISO 3166-1 alpha-3, upper case ("PRK").</param>
/// <param name="Names">English names and the variants lists write; the first is the display name.</param>
/// <param name="Demonyms">Nationality adjectives and demonyms ("North Korean").</param>
public sealed record Country(string Code, string Alpha3, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms)
{
    public string Name => Names[0];
}

/// <summary>
/// Maps the country names, codes and nationality adjectives of every list to ISO 3166-1 alpha-2 codes
/// (lower case). The table is the embedded resource <c>Model/Resources/countries.tsv</c>.
/// </summary>
/// <remarks>
/// Beyond ISO 3166-1 proper the table keeps <c>su</c> (Soviet Union, reserved in ISO 3166-3), <c>xk</c>
/// (Kosovo, the user-assigned code the EU and OFAC use), <c>yu</c> (Yugoslavia) and <c>cs</c> (Serbia and
/// Montenegro), because birth places and old nationalities in the lists name them. Crimea, the West Bank
/// and Gaza map to the state the UN recognises for them (<c>ua</c>, <c>ps</c>).
/// </remarks>
public static class Countries
{
    private static readonly IReadOnlySet<string> HistoricCodes = new HashSet<string>(StringComparer.Ordinal) { "su", "yu", "cs" };

    // Words that mean "no country given" in list columns, never a code ("NA" would otherwise be Namibia).
    private static readonly IReadOnlySet<string> Unknown = new HashSet<string>(StringComparer.Ordinal)
    {
        "na", "n a", "n/a", "none", "unknown", "00", "-", "not known", "nil", "stateless",
    };

    // "now", "currently": the country after the word replaces the one before ("Former USSR, now Ukraine").
    private static readonly IReadOnlySet<string> NowWords = new HashSet<string>(StringComparer.Ordinal) { "now", "currently", "presently" };

    private static readonly Lazy<CountryTable> Table = new(CountryTable.Load);

    /// <summary>Every country of the table, ordered by code.</summary>
    public static IReadOnlyList<Country> All => Table.Value.All;

    /// <summary>
    /// The ISO code for a country name, alpha-2 or alpha-3 code, or nationality adjective as a list writes
    /// it ("Korea, North", "DPRK", "PRK", "North Korean", "Belarus / Bélarus"), or null when unknown.
    /// </summary>
    public static string? ToCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var t = Table.Value;
        var key = Key(name);
        if (key.Length == 0 || Unknown.Contains(key) || Unknown.Contains(name.Trim().ToLowerInvariant())) return null;
        if (t.ByName.TryGetValue(key, out var code)) return code;
        if (key.Length == 2 && t.ByCode.ContainsKey(key)) return key;
        if (key.Length == 3 && t.ByAlpha3.TryGetValue(key, out code)) return code;
        if (t.ByDemonym.TryGetValue(key, out code)) return code;
        // Bilingual forms ("Syria / Syrie"): the first part that is known.
        if (name.Contains('/'))
            foreach (var part in name.Split('/'))
                if (ToCode(part) is { } c) return c;
        return null;
    }

    /// <summary>The display name of an ISO alpha-2 code ("kp" → "North Korea"), or the code itself when unknown.</summary>
    public static string Name(string code)
    {
        var key = code.Trim().ToLowerInvariant();
        return Table.Value.ByCode.TryGetValue(key, out var c) ? c.Name : code;
    }

    /// <summary>The table entry of an alpha-2 code, or null.</summary>
    public static Country? Find(string code) =>
        Table.Value.ByCode.TryGetValue(code.Trim().ToLowerInvariant(), out var c) ? c : null;

    /// <summary>The alpha-3 code of an alpha-2 code ("kp" → "PRK"), or null.</summary>
    public static string? Alpha3(string code) => Find(code)?.Alpha3;

    /// <summary>
    /// The country a nationality adjective or demonym names ("North Korean" → "kp", "Afghan" → "af"),
    /// or null. Country names are not accepted here: the text scanner uses this for adjectives only.
    /// </summary>
    public static string? FromDemonym(string? word)
    {
        if (string.IsNullOrWhiteSpace(word)) return null;
        return Table.Value.ByDemonym.TryGetValue(Key(word), out var code) ? code : null;
    }

    /// <summary>
    /// Every country a list's nationality, citizenship or country column names, in order and without
    /// repeats: "a) Pakistani b) Saudi Arabian" → pk, sa; "Russian and Ukrainian" → ru, ua;
    /// "Former USSR, now Ukraine" → ua. For list fields only: in prose, words like "Chad" or "Jordan"
    /// are usually people.
    /// </summary>
    /// <remarks>
    /// When a text says "now" or "currently", only the countries after the last such word count.
    /// Historic states (Soviet Union, Yugoslavia) count only when no present state is named.
    /// </remarks>
    public static IReadOnlyList<string> FindAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (ToCode(text) is { } whole) return [whole];
        var t = Table.Value;
        var tokens = Tokens(text).ToArray();
        var start = 0;
        for (var i = tokens.Length - 1; i >= 0; i--)
            if (NowWords.Contains(tokens[i])) { start = i + 1; break; }
        var found = Scan(t, tokens, start);
        if (found.Count == 0 && start > 0) found = Scan(t, tokens, 0);
        var present = found.Where(c => !HistoricCodes.Contains(c)).ToList();
        return present.Count > 0 ? present : found;
    }

    private static List<string> Scan(CountryTable t, string[] tokens, int start)
    {
        var found = new List<string>();
        for (var i = start; i < tokens.Length;)
        {
            var matched = 0;
            for (var n = Math.Min(t.MaxWords, tokens.Length - i); n >= 1 && matched == 0; n--)
            {
                var key = string.Join(' ', tokens, i, n);
                if (t.ByName.TryGetValue(key, out var code) || t.ByDemonym.TryGetValue(key, out code))
                {
                    if (!found.Contains(code)) found.Add(code);
                    matched = n;
                }
            }
            i += Math.Max(matched, 1);
        }
        return found;
    }

    /// <summary>The normalised lookup key: lower case, no accents, punctuation as spaces, single spaces.</summary>
    internal static string Key(string name) => string.Join(' ', Tokens(name));

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch is '\'' or '’' or '‘' or 'ʼ' or '`' or '.') { /* "D.P.R.K.", "People's": joined */ }
            else if (ch == '&') { Flush(); tokens.Add("and"); }
            else Flush();
        }
        Flush();
        if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
        return tokens;

        void Flush()
        {
            if (sb.Length > 0) tokens.Add(sb.ToString());
            sb.Clear();
        }
    }

    private sealed class CountryTable
    {
        public required IReadOnlyList<Country> All { get; init; }
        public required Dictionary<string, Country> ByCode { get; init; }
        public required Dictionary<string, string> ByAlpha3 { get; init; }
        public required Dictionary<string, string> ByName { get; init; }
        public required Dictionary<string, string> ByDemonym { get; init; }
        public required int MaxWords { get; init; }

        public static CountryTable Load()
        {
            const string resource = "Argus.Model.Resources.countries.tsv";
            using var stream = typeof(Countries).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"embedded resource {resource} is missing from {typeof(Countries).Assembly.GetName().Name}");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var all = new List<Country>();
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            var byDemonym = new Dictionary<string, string>(StringComparer.Ordinal);
            var maxWords = 1;
            var lineNo = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNo++;
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var cols = line.Split('\t');
                if (cols.Length < 3 || cols[0].Length != 2 || cols[1].Length != 3)
                    throw new InvalidOperationException($"{resource}: line {lineNo}: expected 'code<TAB>alpha3<TAB>names<TAB>demonyms'");
                var names = Split(cols[2]);
                var demonyms = cols.Length > 3 ? Split(cols[3]) : [];
                var country = new Country(cols[0], cols[1], names, demonyms);
                all.Add(country);
                // The first country to claim a name keeps it: the file lists each name once.
                foreach (var n in names) maxWords = Add(byName, n, country.Code, maxWords);
                foreach (var d in demonyms) maxWords = Add(byDemonym, d, country.Code, maxWords);
            }
            return new CountryTable
            {
                All = all,
                ByCode = all.ToDictionary(c => c.Code, StringComparer.Ordinal),
                ByAlpha3 = all.ToDictionary(c => c.Alpha3.ToLowerInvariant(), c => c.Code, StringComparer.Ordinal),
                ByName = byName,
                ByDemonym = byDemonym,
                MaxWords = maxWords,
            };
        }

        private static string[] Split(string cell) =>
            cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static int Add(Dictionary<string, string> map, string text, string code, int maxWords)
        {
            var key = Key(text);
            if (key.Length == 0) return maxWords;
            map.TryAdd(key, code);
            return Math.Max(maxWords, key.Count(c => c == ' ') + 1);
        }
    }
}
