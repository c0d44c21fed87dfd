using Argus.Names;

namespace Argus.Matching;

/// <summary>
/// Bounds what a short alias of a person says. An alias of two common words ("Ali Hassan" of a person whose
/// fullest name holds them and three more) matched in full names many people besides this one: its score is
/// taken from the score of that fullest name towards the alias's own, by how rare the words shared with it are
/// (their mean weight, 1 for a rare word). Rare shared words keep the alias's score; common ones leave
/// little more than the fullest name's.
/// </summary>
public static class ShortAliasBound
{
    /// <summary>
    /// The score of <paramref name="query"/> against an entity whose best name is <paramref name="alias"/>
    /// (<paramref name="aliasScore"/>) and whose fullest name is <paramref name="fullest"/>.
    /// </summary>
    public static double Bound(NameComparer comparer, NameForm query, NameForm alias, double aliasScore, NameForm fullest, double fullestFactor, List<TokenPair> scratch)
    {
        if (ReferenceEquals(alias, fullest) || alias.Reading != NameReading.Person) return aliasScore;
        var full = comparer.Score(query, fullest, scratch) * fullestFactor;
        if (full >= aliasScore) return aliasScore;
        comparer.Compare(query, alias, scratch);
        double weight = 0;
        var shared = 0;
        foreach (var p in scratch)
        {
            if (p.Query < 0 || p.Candidate < 0 || p.Similarity.Score <= 0 || query.TokenArray[p.Query].Role != TokenRole.Name) continue;
            weight += comparer.Weights.Weight(query.TokenArray[p.Query]);
            shared++;
        }
        if (shared == 0) return aliasScore;
        var rarity = Math.Clamp(weight / shared, 0, 1);
        return full + (aliasScore - full) * rarity;
    }

    /// <summary>The weight of a name's name parts: the fullest of an entity's names weighs most.</summary>
    public static double Weight(NameForm form, TokenWeights weights)
    {
        double w = 0;
        foreach (var t in form.TokenArray)
            if (t.Role == TokenRole.Name) w += weights.Weight(t);
        return w;
    }
}
