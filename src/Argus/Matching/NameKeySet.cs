namespace Argus.Matching;

/// <summary>
/// The index keys of a set of names (<see cref="ScreeningIndex.KeySet"/>), kept without the index they
/// come from, at a fraction of its memory: whether a query shares any of them. A name sharing none of a
/// query's keys is never one of its candidates, so a rescreen keeps the keys of the entities a list update
/// touched and screens again only the subjects that share one.
/// </summary>
public sealed class NameKeySet
{
    private readonly HashSet<string> keys;

    internal NameKeySet(IEnumerable<string> keys) => this.keys = new HashSet<string>(keys, StringComparer.Ordinal);

    /// <summary>Number of distinct keys.</summary>
    public int Count => keys.Count;

    /// <summary>Whether a name of the query shares a key (the pair key of two neighbouring parts included) with the names the set was made from.</summary>
    public bool SharesAnyKey(ScreeningQuery query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in ScreeningIndex.Parse(query))
        {
            var tokens = form.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Role != Names.TokenRole.Name) continue;
                terms.Clear();
                ScreeningIndex.AddTerms(terms, tokens[t], forQuery: true);
                if (keys.Overlaps(terms)) return true;
                if (t + 1 < tokens.Count && tokens[t + 1].Role == Names.TokenRole.Name && keys.Contains("t" + tokens[t].Text + tokens[t + 1].Text)) return true;
            }
        }
        return false;
    }
}
