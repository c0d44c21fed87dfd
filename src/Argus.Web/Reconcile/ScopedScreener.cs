using Argus.Matching;
using Argus.Web.Queries;

namespace Argus.Web.Reconcile;

/// <summary>A screener limited by a request's filter (datasets, <c>changed_since</c>, excluded schemata).</summary>
public sealed class ScopedScreener(IScreener inner, MatchFilter filter) : IScreener
{
    public double DefaultThreshold => inner.DefaultThreshold;

    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        if (filter.Nothing) return [];
        options ??= new ScreeningOptions();
        var scoped = filter.Options(options.Threshold, options.MinScore, options.Limit);
        var results = inner.Screen(query, options with { Limit = scoped.Limit, Datasets = scoped.Datasets });
        return filter.FiltersResults ? results.Where(filter.Admits).Take(options.Limit).ToList() : results;
    }
}
