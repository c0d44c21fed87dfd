using Argus.Matching;

namespace Argus.Linking;

/// <summary>
/// Screening by target: the index's results grouped so that each target comes once, as its best-matching
/// member (its name, score and explanation) with the target attached. A layer over any screener; the
/// scoring is the index's own.
/// </summary>
public sealed class TargetScreener(IScreener entries, LinkSet links) : IScreener
{
    /// <summary>The most entries a screen asks the index for while filling its page of targets.</summary>
    private const int MaxEntries = 2000;

    public double DefaultThreshold => entries.DefaultThreshold;

    public LinkSet Links => links;

    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        options ??= new ScreeningOptions();
        // A target has several entries: ask for more entries than targets wanted, and more again while
        // the index returned all that was asked and the page of targets is not full.
        // The candidates compared stay those of a per-entry screen of the same limit: the entries of one
        // target share their names, so the extra results come from the same candidates (measured: twice the
        // candidates doubled the screen's time).
        var ask = Math.Min(MaxEntries, options.Limit * 4);
        var candidates = options.Candidates ?? Math.Max(ScreeningOptions.DefaultCandidates, options.Limit * 3);
        while (true)
        {
            var results = entries.Screen(query, options with { Limit = ask, Candidates = candidates });
            var grouped = Group(results, options.Limit);
            if (grouped.Count >= options.Limit || results.Count < ask || ask >= MaxEntries) return grouped;
            ask = Math.Min(MaxEntries, ask * 2);
            candidates *= 2;
        }
    }

    /// <summary>The first (best) result of each target, in the index's order, up to <paramref name="limit"/>.</summary>
    public IReadOnlyList<ScreeningResult> Group(IReadOnlyList<ScreeningResult> results, int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var grouped = new List<ScreeningResult>(Math.Min(limit, results.Count));
        foreach (var r in results)
        {
            var target = links.TargetOf(r.Entity);
            if (!seen.Add(target.Id)) continue;
            grouped.Add(r with { Target = new ResultTarget(target.Id, target.Entities, target.ListsLine) });
            if (grouped.Count == limit) break;
        }
        return grouped;
    }
}
