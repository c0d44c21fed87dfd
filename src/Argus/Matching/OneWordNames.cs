using Argus.Names;

namespace Argus.Matching;

/// <summary>A name made from two names of one listed person: given names from a full name, then a one-word name.</summary>
/// <param name="Name">The combined name ("Ahmad Al Dabbashi").</param>
/// <param name="FullName">The full name the given names come from ("Ahmad Oumar Imhamad al-Fitouri").</param>
/// <param name="OneWord">The one-word name the list gives alone ("Al Dabbashi").</param>
public sealed record CombinedName(string Name, string FullName, string OneWord);

/// <summary>
/// Lists give many people a one-word name of its own — a nickname, a laqab or a family name standing
/// alone ("AL DABBASHI", "AL-CARDINAL") — while other lists and the press write it after the person's
/// given names ("Ahmed DABBASHI", "Ashraf Seed Ahmed AL-CARDINAL"). Such a name is also compared as
/// one combined name per full name: the full name with it in place of the last part. Only rare one-word
/// names count (weight at least <see cref="LeastWeight"/>): a common one ("Hassan") would make every
/// namesake a match. A known given name standing alone ("Arina", "Ekaterina") is another given name, not
/// a name said after one, and a one-word name that is a spelling of a part of the full name ("KOROLYOV" /
/// "Pavel KOROLEV") adds nothing to it: neither is combined.
/// </summary>
public static class OneWordNames
{
    /// <summary>Least token weight of a one-word name that is combined (rare name parts weigh 1).</summary>
    public const double LeastWeight = 0.8;

    /// <summary>Most combined names made for one person (a bound for entries with dozens of aliases).</summary>
    public const int MostPerPerson = 24;

    /// <summary>The combined names of a person's names (each parsed as a person's name), in order, without repeats.</summary>
    public static IReadOnlyList<CombinedName> Combine(IReadOnlyList<(string Full, NameForm Form)> names, TokenWeights weights, NamePopulation? population)
    {
        List<(string Full, NameForm Form, NameToken Word)>? oneWord = null;
        foreach (var n in names)
            if (RareOneWord(n.Form, weights) is { } word && !(population?.GivenCount(word.Text) >= NamePopulation.KnownCount)) (oneWord ??= []).Add((n.Full, n.Form, word));
        if (oneWord is null) return [];
        var result = new List<CombinedName>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var full in names)
        {
            var parts = NameParts(full.Form);
            if (parts.Count < 2) continue;
            foreach (var one in oneWord)
            {
                if (parts.Any(p => TokenComparer.Compare(full.Form.Tokens[p], one.Word).Score > 0)) continue;
                // All but the last part (a query giving fewer given names leaves middle parts out, which costs little).
                var name = string.Join(' ', full.Form.Tokens.Take(parts[^2] + 1).Select(t => t.Source)) + " " + one.Full;
                if (!seen.Add(name)) continue;
                result.Add(new CombinedName(name, full.Full, one.Full));
                if (result.Count == MostPerPerson) return result;
            }
        }
        return result;
    }

    // A one-word name: one name part in Latin letters (articles and connectors aside), rare.
    private static NameToken? RareOneWord(NameForm form, TokenWeights weights)
    {
        NameToken? word = null;
        foreach (var t in form.Tokens)
        {
            if (t.Role == TokenRole.Particle) continue;
            if (t.Role != TokenRole.Name || word is not null) return null;
            word = t;
        }
        return word is not null && word.Script == NameScript.Latin && word.Text.Length >= 4 && weights.Weight(word) >= LeastWeight ? word : null;
    }

    // Indexes of the name parts of a full name in Latin letters; empty when it holds anything else.
    private static List<int> NameParts(NameForm form)
    {
        var parts = new List<int>();
        for (var i = 0; i < form.Tokens.Count; i++)
        {
            var t = form.Tokens[i];
            if (t.Role == TokenRole.Particle) continue;
            if (t.Role != TokenRole.Name || t.Script != NameScript.Latin) return [];
            parts.Add(i);
        }
        return parts;
    }
}
