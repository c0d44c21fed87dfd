using System.Globalization;

namespace Argus.Names;

/// <summary>
/// How much a token tells: rare name parts weigh more than common ones, so that a shared "Kim" or
/// "Mohammed" alone is weak evidence. Weights are inverse document frequencies over all names of the
/// official lists (embedded token-frequencies.tsv, counted once, offline), so scores do not drift with
/// the lists loaded and stay calibrated.
/// </summary>
public sealed class TokenWeights
{
    private readonly Dictionary<string, double> byKey;
    private readonly double unseen;
    private readonly double logNames;

    /// <summary>Weights from the embedded table.</summary>
    public static TokenWeights Default { get; } = FromTable(NameResources.Rows("token-frequencies.tsv"));

    private TokenWeights(Dictionary<string, double> byKey, double logNames)
    {
        this.byKey = byKey;
        this.logNames = logNames;
        unseen = 1.0;
    }

    /// <summary>Builds weights from rows "token, count" and one row "@names, total".</summary>
    public static TokenWeights FromTable(IEnumerable<string[]> rows)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long names = 1;
        foreach (var r in rows)
        {
            if (r.Length < 2) continue;
            var n = long.Parse(r[1], CultureInfo.InvariantCulture);
            if (r[0] == "@names") { names = n; continue; }
            var key = SoundKeys.Key(r[0]);
            counts[key] = counts.GetValueOrDefault(key) + n;
        }
        var logNames = Math.Log(names);
        var weights = counts.ToDictionary(p => p.Key, p => Scale(Math.Log((double)names / p.Value), logNames), StringComparer.Ordinal);
        return new TokenWeights(weights, logNames);
    }

    // A token in every name weighs the floor; one seen in 1 name out of ~e^9 weighs 1.
    private static double Scale(double idf, double logNames) => Math.Clamp(idf / Math.Min(logNames, 9.0), 0.12, 1.0);

    /// <summary>The weight (0.12–1) of a token by its sound key.</summary>
    public double Weight(NameToken token) => token.Role switch
    {
        TokenRole.Particle => 0.12,
        TokenRole.Initial => 0.3,
        TokenRole.Number => 0.6,
        _ => ReferenceEquals(this, Default) ? token.DefaultKeyWeight : WeightOfKey(token.Key),
    };

    /// <summary>The weight of a name part by its sound key.</summary>
    public double WeightOfKey(string key) => byKey.TryGetValue(key, out var w) ? w : unseen;
}
