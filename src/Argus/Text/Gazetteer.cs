using System.Reflection;
using System.Text;
using Argus.Model;

namespace Argus.Text;

/// <summary>What a gazetteer phrase names.</summary>
public enum PlaceKind
{
    Country,
    City,
    Region,
    Facility,
    /// <summary>A nationality or demonym ("North Korean", "Russian"): not a place itself, but says which country.</summary>
    Nationality,
}

/// <summary>One phrase of the place gazetteers with its country (ISO 3166-1 alpha-2, lower case; null for regions across countries).</summary>
public sealed record PlaceEntry(string Name, PlaceKind Kind, string? Country);

/// <summary>
/// The word lists the recogniser relies on, embedded in the library (Text/Gazetteers/*.txt): countries with
/// their demonyms, cities and regions, organisation and facility words, titles and roles, connectors inside
/// names, given names, and common words that open sentences.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest gazetteer phrase, in tokens.</summary>
    public const int MaxPhraseTokens = 6;

    private readonly Dictionary<string, PlaceEntry> _places = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Default { get; } = new();

    private Gazetteer()
    {
        // The product's country table, less the forms of list columns that prose never writes ("Korea, North").
        foreach (var country in Countries.All)
        {
            foreach (var name in country.Names)
                if (name.IndexOfAny([',', '(', ')']) < 0) AddPlace(name, PlaceKind.Country, country.Code);
            foreach (var demonym in country.Demonyms) AddPlace(demonym, PlaceKind.Nationality, country.Code, overwrite: false);
        }
        foreach (var line in Lines("countries-in-prose.txt"))
        {
            var parts = line.Split('\t');
            var code = parts[0].Trim();
            foreach (var name in parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddPlace(name, PlaceKind.Country, code);
            if (parts.Length > 2)
                foreach (var demonym in parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddPlace(demonym, PlaceKind.Nationality, code, overwrite: false);
        }
        foreach (var line in Lines("places.txt"))
        {
            var parts = line.Split('\t');
            var code = parts[0].Trim() == "-" ? null : parts[0].Trim();
            foreach (var name in parts[1].Split('|')) AddPlace(name, code is null ? PlaceKind.Region : PlaceKind.City, code, overwrite: false);
        }
        OrganizationWords = Words("org-words.txt", StringComparer.Ordinal);
        FacilityWords = Words("facility-words.txt", StringComparer.Ordinal);
        Connectors = Words("connectors.txt", StringComparer.Ordinal);
        GivenNames = Words("given-names.txt", StringComparer.Ordinal);
        FamilyNames = Words("family-names.txt", StringComparer.Ordinal);
        _common = Words("common-words.txt", StringComparer.OrdinalIgnoreCase);
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("titles.txt"))
        {
            var parts = line.Split('\t');
            var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "Secretary of State" is announced by its head word, "Prime Minister" by its last.
            var head = Array.IndexOf(words, "of") is var of && of > 0 ? words[of - 1] : words[^1];
            titles.TryAdd(head, parts.Length > 1 ? parts[1].Trim() : "role");
        }
        Titles = titles;
    }

    /// <summary>Words that end or head organisation names (Ministry, Council, Army, Bank, Fleet, Ltd…).</summary>
    public IReadOnlySet<string> OrganizationWords { get; }
    /// <summary>Words that make a place or facility (Cosmodrome, Airport, River, Province…).</summary>
    public IReadOnlySet<string> FacilityWords { get; }
    /// <summary>Lower-case particles allowed inside names (bin, al, de, van, of, the…).</summary>
    public IReadOnlySet<string> Connectors { get; }
    /// <summary>Given names (and East Asian family names written first).</summary>
    public IReadOnlySet<string> GivenNames { get; }
    /// <summary>Family names and the last words of people's names ("Murphy", "Corea").</summary>
    public IReadOnlySet<string> FamilyNames { get; }
    /// <summary>Common words that, capitalised at a sentence start, do not begin a name.</summary>
    public IReadOnlySet<string> CommonWords => _common;

    private readonly HashSet<string> _common;

    /// <summary>Whether a word is a common word, without allocating.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    /// <summary>Titles and roles that announce a person ("Marshal", "President", "Spokesperson"), with their kind (military, government, …).</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>The place, country or nationality a phrase names, or null.</summary>
    public PlaceEntry? FindPlace(string phrase) => FindPlace(phrase.AsSpan());

    /// <summary>The place, country or nationality a phrase names, or null; looks up without allocating when the phrase is already in key form.</summary>
    public PlaceEntry? FindPlace(ReadOnlySpan<char> phrase)
    {
        if (IsKeyForm(phrase)) return _places.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out var hit) ? hit : null;
        return _places.TryGetValue(Key(phrase), out var e) ? e : null;
    }

    private static bool IsKeyForm(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ') return false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c is '’' or 'ʼ' || (char.IsWhiteSpace(c) && (c != ' ' || phrase[i - 1] == ' '))) return false;
        }
        return true;
    }

    /// <summary>Normalises a phrase as the gazetteer keys are: one space between words, typographic apostrophes straightened.</summary>
    public static string Key(ReadOnlySpan<char> phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        var space = false;
        foreach (var c in phrase)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c is '’' or 'ʼ' ? '\'' : c);
        }
        return sb.ToString();
    }

    private void AddPlace(string name, PlaceKind kind, string? code, bool overwrite = true)
    {
        var key = Key(name.Trim());
        if (key.Length == 0) return;
        if (kind == PlaceKind.City && key.Split(' ')[^1] is "Cosmodrome" or "Airport" or "Base" or "Reactor") kind = PlaceKind.Facility;
        if (overwrite || !_places.ContainsKey(key)) _places[key] = new PlaceEntry(key, kind, code);
    }

    private static IEnumerable<string> Lines(string resource)
    {
        var asm = Assembly.GetExecutingAssembly();
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Gazetteers." + resource, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded gazetteer '{resource}' is missing from the library");
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line;
        }
    }

    private static HashSet<string> Words(string resource, StringComparer comparer)
    {
        var set = new HashSet<string>(comparer);
        foreach (var line in Lines(resource))
            foreach (var w in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                set.Add(w);
        return set;
    }
}
