namespace Argus.Names;

/// <summary>
/// The vocabularies a misspelt word is read in: the words of legal forms ("corporatipn" → "corporation",
/// "compny" → "company"; 6 letters or more) and titles of one word ("ayatolah" → "ayatollah"; 7 letters
/// or more, since shorter titles are a slip from names: "emir" / "amir", "sheik" / "shaik").
/// </summary>
public static class MisspeltVocabulary
{
    private static readonly MisspeltWords FormWords = new(NameVocabulary.LegalForms.SelectMany(f => f.Tokens), 6);

    private static readonly MisspeltWords TitleWords = new(NameVocabulary.Titles.Where(t => t.Length == 1).Select(t => t[0]), 7);

    /// <summary>The form words this word is a single slip of; none for a form word, a known given name or a short word.</summary>
    public static IReadOnlyList<string> FormCandidates(string word) => FormWords.Candidates(word);

    /// <summary>
    /// The one-word titles this word is a single slip of; none for a title, a short word, or a name of its own
    /// (Coronel, Marques: a slip from colonel, marquess, but names of people and of the lists).
    /// </summary>
    public static IReadOnlyList<string> TitleCandidates(string word)
    {
        var near = TitleWords.Candidates(word);
        return near.Count == 0 || NamePopulation.Default.IsKnownName(word) ? [] : near;
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance 1).</summary>
    public static bool OneSlipApart(string a, string b) => MisspeltWords.OneSlipApart(a, b);
}
