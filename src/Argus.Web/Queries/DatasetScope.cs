using Argus.Screening;

namespace Argus.Web.Queries;

/// <summary>
/// The datasets a <c>{dataset}</c> path names: one dataset of the index, or a collection
/// (<c>default</c>, <c>sanctions</c>, <c>all</c>: every list loaded).
/// </summary>
public static class DatasetScope
{
    /// <summary>Names that stand for every list loaded.</summary>
    public static readonly IReadOnlyList<string> Collections = ["default", "sanctions", "all"];

    /// <summary>The datasets named, or null when the name is neither a dataset nor a collection (404).</summary>
    public static IReadOnlyList<string>? Resolve(ScreeningState state, string name)
    {
        if (Collections.Contains(name, StringComparer.OrdinalIgnoreCase)) return state.Datasets;
        var found = state.Datasets.FirstOrDefault(d => d.Equals(name, StringComparison.OrdinalIgnoreCase));
        return found is null ? null : [found];
    }
}
