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

    /// <summary>A given or family name this common among people says little about who a person is.</summary>
    public const int CommonCount = 5;

    private readonly Dictionary<string, (int Given, int Family)> counts;
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
    }

    /// <summary>People whose first word is <paramref name="text"/> (a normalised token).</summary>
    public int GivenCount(string text) => counts.TryGetValue(text, out var c) ? c.Given : 0;

    /// <summary>People whose last word is <paramref name="text"/> (a normalised token).</summary>
    public int FamilyCount(string text) => counts.TryGetValue(text, out var c) ? c.Family : 0;

    /// <summary>
    /// A name of its own: seen as a given or family name of a few people, or as a name part of a few list
    /// names. Two known names a letter apart are two names ("Marta" / "Maria"); an unknown one is a typo.
    /// </summary>
    public bool IsKnownName(string text) =>
        listed.Contains(text) || (counts.TryGetValue(text, out var c) && c.Given + c.Family >= KnownCount);
}
