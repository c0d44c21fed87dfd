using System.Globalization;

namespace Argus.Names;

/// <summary>
/// How common a name part is among people in general, as a given name (first word) and as a family name
/// (last word), counted offline over ~71k English labels of real people (embedded population-names.tsv),
/// and whether a token is a known name at all (seen that way in the population or in the lists).
/// The lists' own frequencies (<see cref="TokenWeights"/>) say what is rare among listed names; these say
/// what is common among everyone a customer file may hold.
/// </summary>
public sealed class NamePopulation
{
    /// <summary>Seen this many times among people, a token is a name of its own, not a misspelling.</summary>
    public const int KnownCount = 2;

    /// <summary>A given name of this many people or more is common: it says little about who a person is.</summary>
    public const int CommonGiven = 5;

    /// <summary>A family name of this many people or more is common (family names spread over more spellings than given names).</summary>
    public const int CommonFamily = 3;

    private readonly Dictionary<string, (int Given, int Family)> counts;
    private readonly Dictionary<string, int> givenBySound;
    private readonly Dictionary<string, int> familyBySound;
    private readonly HashSet<string> listed;

    /// <summary>The embedded population table and the lists' token table.</summary>
    public static NamePopulation Default { get; } = new(NameResources.Rows("population-names.tsv"), NameResources.Rows("token-frequencies.tsv"));

    /// <summary>Builds from rows "token, given count, family count" and rows "token, list names" (the latter seen at least 3 times).</summary>
    public NamePopulation(IEnumerable<string[]> populationRows, IEnumerable<string[]> listRows)
    {
        counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var r in populationRows)
            if (r.Length >= 3)
                counts[r[0]] = (int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture));
        listed = new HashSet<string>(listRows.Where(r => r.Length >= 2 && r[0][0] != '@').Select(r => r[0]), StringComparer.Ordinal);
        givenBySound = new Dictionary<string, int>(StringComparer.Ordinal);
        familyBySound = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (token, c) in counts)
        {
            var key = SoundKeys.Key(token);
            if (c.Given > 0) givenBySound[key] = givenBySound.GetValueOrDefault(key) + c.Given;
            if (c.Family > 0) familyBySound[key] = familyBySound.GetValueOrDefault(key) + c.Family;
        }
    }

    /// <summary>People whose first word is <paramref name="text"/> (a normalised token).</summary>
    public int GivenCount(string text) => counts.TryGetValue(text, out var c) ? c.Given : 0;

    /// <summary>People whose last word is <paramref name="text"/> (a normalised token).</summary>
    public int FamilyCount(string text) => counts.TryGetValue(text, out var c) ? c.Family : 0;

    /// <summary>
    /// Whether <paramref name="text"/> is the given name of many people, counted over all its spellings
    /// of one sound key (Yevgeniy: Yevgeny 13 + Evgeny 5).
    /// </summary>
    public bool IsCommonGiven(string text) =>
        GivenCount(text) >= CommonGiven || givenBySound.GetValueOrDefault(SoundKeys.Key(text)) >= CommonGiven;

    /// <summary>
    /// Whether <paramref name="text"/> is the family name of many people: counted so (over all its spellings
    /// of one sound key), or a family name made of a given name (<see cref="FromGivenName"/>).
    /// </summary>
    public bool IsCommonFamily(string text) =>
        FamilyCount(text) >= CommonFamily || familyBySound.GetValueOrDefault(SoundKeys.Key(text)) >= CommonFamily || FromGivenName(text);

    /// <summary>
    /// A Russian family name made of a given name with the possessive -ov, -ev or -in ("Borisov" of Boris,
    /// "Fyodorov", "Grigoryev" of Grigory, "Mikhaylov" of Mikhail, "Kuzmin" of Kuzma): such family names,
    /// the commonest of the language, are borne by as many people as the given names they come from,
    /// which the population table, thin on Russian family names, does not count. The given name must be
    /// that of a few people (<see cref="KnownCount"/>); "Putin" (Put-) is no such name.
    /// </summary>
    public bool FromGivenName(string text)
    {
        if (text.Length < 6 || !(text.EndsWith("ov", StringComparison.Ordinal) || text.EndsWith("ev", StringComparison.Ordinal)
            || text.EndsWith("in", StringComparison.Ordinal))) return false;
        var stem = text[..^2];
        if (stem.EndsWith('y') && IsGivenName(stem[..^1] + "iy")) return true;
        return IsGivenName(stem) || IsGivenName(stem + "a") || IsGivenName(stem.Replace('y', 'i'));
    }

    private bool IsGivenName(string text) => GivenCount(text) >= KnownCount;

    /// <summary>
    /// A name of its own: seen as a given or family name of a few people, or as a name part of a few list
    /// names. Two known names a letter apart are two names ("Marta" / "Maria"); an unknown one is a typo.
    /// </summary>
    public bool IsKnownName(string text) =>
        listed.Contains(text) || (counts.TryGetValue(text, out var c) && c.Given + c.Family >= KnownCount);
}
