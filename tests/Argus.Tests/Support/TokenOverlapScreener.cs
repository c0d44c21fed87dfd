using Argus.Matching;
using Argus.Model;

namespace Argus.Tests.Support;

/// <summary>
/// A transparent screener for pipeline tests: the score is the share of name tokens two names have in
/// common (Dice coefficient over lower-case words), so expected results can be worked out by hand.
/// </summary>
public sealed class TokenOverlapScreener(IReadOnlyList<WatchlistEntity> entities, double threshold = 0.8) : IScreener
{
    public double DefaultThreshold => threshold;

    public int Calls;

    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        Interlocked.Increment(ref Calls);
        var o = options ?? new ScreeningOptions();
        var t = o.Threshold ?? threshold;
        var results = new List<ScreeningResult>();
        foreach (var e in entities)
        {
            double best = 0;
            string bestQ = "", bestE = "";
            foreach (var q in query.Names)
                foreach (var n in e.Names)
                {
                    var s = Dice(q, n.Full);
                    if (s > best) (best, bestQ, bestE) = (s, q, n.Full);
                }
            if (best >= o.MinScore)
                results.Add(new ScreeningResult(e, best, best >= t, new MatchExplanation(bestQ, bestE, [], [], $"{best:0.00} of the words agree")));
        }
        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Entity.Id, StringComparer.Ordinal).Take(o.Limit).ToArray();
    }

    public static double Dice(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }

    private static HashSet<string> Words(string s) =>
        s.ToLowerInvariant().Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public static WatchlistEntity Person(string dataset, string reference, params string[] names) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Person,
        Caption = names[0],
        Names = names.Select((n, i) => new EntityName(n, i == 0 ? NameKind.Primary : NameKind.Alias)).ToArray(),
    };
}
