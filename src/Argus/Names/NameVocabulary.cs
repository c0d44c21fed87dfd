namespace Argus.Names;

/// <summary>
/// The word lists normalisation consults: titles and honorifics, particles and connectors, company
/// legal forms, organisation words (embedded titles.txt, particles.tsv, legal-forms.tsv, organisation-words.txt).
/// </summary>
public static class NameVocabulary
{
    /// <summary>Titles as token sequences ("field marshal" → [field, marshal]): rigour's person-name prefixes (titles.txt) and those the lists use that it leaves out (titles-local.txt).</summary>
    public static IReadOnlyList<string[]> Titles { get; } = NameResources.Rows("titles.txt").Concat(NameResources.Rows("titles-local.txt"))
        .Select(r => r[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => t.Length > 0)
        .DistinctBy(t => string.Join(' ', t))
        .OrderByDescending(t => t.Length).ToArray();

    private static readonly HashSet<string> OneWordTitles = new(Titles.Where(t => t.Length == 1).Select(t => t[0]), StringComparer.Ordinal);

    /// <summary>True for a title of one word (mr, sheikh, maulana).</summary>
    public static bool IsOneWordTitle(string token) => OneWordTitles.Contains(token);

    /// <summary>Particle → canonical particle (el → al, ibn → bin).</summary>
    public static IReadOnlyDictionary<string, string> Particles { get; } = NameResources.Rows("particles.tsv")
        .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>Legal forms as token sequences with their generic form, longest first: rigour's org_types (legal-forms.tsv) and the forms no data covers (legal-forms-local.tsv).</summary>
    public static IReadOnlyList<(string[] Tokens, string Class)> LegalForms { get; } = NameResources.Rows("legal-forms.tsv")
        .Concat(NameResources.Rows("legal-forms-local.tsv"))
        .Select(r => (r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), r[1]))
        .DistinctBy(f => string.Join(' ', f.Item1))
        .OrderByDescending(f => f.Item1.Length).ToArray();

    // Nearly two thousand forms: a name looks up only those that end (or start) with its last (or first) word.
    private static readonly Dictionary<string, (string[] Tokens, string Class)[]> FormsByLast = LegalForms
        .GroupBy(f => f.Tokens[^1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    private static readonly Dictionary<string, (string[] Tokens, string Class)[]> FormsByFirst = LegalForms
        .GroupBy(f => f.Tokens[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    private static readonly HashSet<string> WholeForms = LegalForms.Select(f => string.Join(' ', f.Tokens)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The legal forms whose last word is this one, longest first.</summary>
    public static ReadOnlySpan<(string[] Tokens, string Class)> LegalFormsEndingWith(string word) => FormsByLast.TryGetValue(word, out var f) ? f : [];

    /// <summary>The legal forms whose first word is this one, longest first.</summary>
    public static ReadOnlySpan<(string[] Tokens, string Class)> LegalFormsStartingWith(string word) => FormsByFirst.TryGetValue(word, out var f) ? f : [];

    /// <summary>True when the normalised words, joined by spaces, are a legal form ("l l c", "gmbh").</summary>
    public static bool IsLegalForm(string words) => WholeForms.Contains(words);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeFormsBySpan = WholeForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the letters are a legal form of one word ("llc", "ooo"), without making a string of them.</summary>
    public static bool IsLegalForm(ReadOnlySpan<char> word) => WholeFormsBySpan.Contains(word);

    /// <summary>Numbers and ordinals in words ("first", "twenty one", "erste") → the number in digits (number-words.tsv, from rigour).</summary>
    public static IReadOnlyDictionary<string, string> NumbersInWords { get; } = NameResources.Rows("number-words.tsv")
        .Where(r => r.Length < 3).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>
    /// Number words that are also given names or Chinese or Korean syllables ("one", "seven", "una"): never read
    /// as numbers by the parser, but equal to their number when the other name has it there ("Seven Star" / "7 Star").
    /// </summary>
    public static IReadOnlyDictionary<string, string> NumberWordsThatAreNames { get; } = NameResources.Rows("number-words.tsv")
        .Where(r => r.Length >= 3 && r[2] == "name").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>Words that say what an organisation does ("airlines", "supply"): rigour's org_domains.</summary>
    public static IReadOnlySet<string> OrganisationDomains { get; } = NameResources.Rows("organisation-domains.txt")
        .Select(r => r[0].Trim()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Countries named in one word of four letters or more, and their nationality adjectives ("russia", "russian").</summary>
    public static IReadOnlySet<string> PlaceWords { get; } = Argus.Model.Countries.All
        .SelectMany(c => c.Names.Concat(c.Demonyms)).Select(Words).Where(w => w.Count == 1 && w[0].Length >= 4)
        .Select(w => w[0]).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<string> Words(string text) => NameParser.Words(text);

    /// <summary>
    /// Whether a word of an organisation's name says what kind of body it is, what it does or where it is
    /// ("group", "airlines", "russia"): beside a distinctive word two names share, such words left over say little.
    /// </summary>
    public static bool IsGenericInOrganisation(string word) =>
        OrganisationWords.Contains(word) || OrganisationDomains.Contains(word) || PlaceWords.Contains(word) || WholeForms.Contains(word);

    /// <summary>The most words a number in words takes.</summary>
    public static int LongestNumberInWords { get; } = NumbersInWords.Keys.Max(k => k.Count(c => c == ' ') + 1);

    /// <summary>Words that make a name an organisation's ("institute", "trading", "bank"): rigour's org_symbols and the words no data covers.</summary>
    public static IReadOnlySet<string> OrganisationWords { get; } = NameResources.Rows("organisation-words.txt")
        .Concat(NameResources.Rows("organisation-words-local.txt"))
        .Select(r => r[0].Trim()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a name reads as an organisation's: it carries a company legal form ("Transsphere Oy",
    /// "OOO Romashka") or an organisation word ("Shenzhen Winthought Technology"). A name without either
    /// may still be an organisation's; this says only that it surely is.
    /// </summary>
    public static bool IsOrganisationName(string name)
    {
        var form = NameParser.Parse(name, NameReading.Organisation);
        return form.LegalForm is not null || form.Tokens.Any(t => OrganisationWords.Contains(t.Text));
    }

    /// <summary>Legal forms that also stand before the name (ООО "Ромашка", PT Bank…).</summary>
    public static IReadOnlySet<string> LeadingLegalForms { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ooo", "oao", "zao", "pao", "ao", "tov", "too", "pt", "jsc", "pjsc", "ojsc", "cjsc", "llc", "pmc",
    };

    /// <summary>Arabic articles assimilated to the next consonant; particles only when written with a hyphen (ad-Din, ash-Shami).</summary>
    public static IReadOnlySet<string> HyphenArticles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ad", "ar", "as", "ash", "at", "az", "an", "al", "el", "ul", "ud", "ur", "us", "uz", "ut",
    };

    /// <summary>Prefixes that Arabic names write joined or apart (Abdulrahman = Abdul Rahman).</summary>
    /// <summary>Endings of East Slavic patronymics (Vladimirovich, Petrovna, Ilyich, Ivanovych, Ivanivna).</summary>
    private static readonly string[] PatronymicEndings = ["ovich", "evich", "ovna", "evna", "ovych", "evych", "ivna", "ichna", "yich", "ilich", "ilyich"];

    /// <summary>True for a token that reads as a patronymic, a part many documents and customer files leave out.</summary>
    public static bool IsPatronymic(string token) => token.Length >= 7 && PatronymicEndings.Any(e => token.EndsWith(e, StringComparison.Ordinal));

    public static IReadOnlyList<string> JoinedPrefixes { get; } = ["abdul", "abdel", "abdal", "abdoul", "abdol", "abdur", "abdus", "abd"];
}
