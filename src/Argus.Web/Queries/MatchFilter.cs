using Argus.Matching;
using Argus.Model;
using Argus.Screening;
using Argus.Web.Http;

namespace Argus.Web.Queries;

/// <summary>
/// What a match or search request lets through: the datasets of its path, narrowed by
/// <c>include_dataset</c> (unknown names select nothing) and <c>exclude_dataset</c> (which wins), and
/// results filtered by <c>exclude_schema</c>, <c>topics</c>, <c>changed_since</c> and <c>exclude_entity_ids</c>.
/// </summary>
public sealed class MatchFilter
{
    private readonly HashSet<EntitySchema> excludedSchemas;
    private readonly HashSet<string> excludedIds;
    private readonly string? changedSince;
    private readonly bool topicsExcludeAll;

    private MatchFilter(IReadOnlyList<string> datasets, bool allDatasets, HashSet<EntitySchema> excludedSchemas, HashSet<string> excludedIds, string? changedSince, bool topicsExcludeAll)
    {
        Datasets = datasets;
        AllDatasets = allDatasets;
        this.excludedSchemas = excludedSchemas;
        this.excludedIds = excludedIds;
        this.changedSince = changedSince;
        this.topicsExcludeAll = topicsExcludeAll;
    }

    /// <summary>The datasets screened.</summary>
    public IReadOnlyList<string> Datasets { get; }
    /// <summary>True when every dataset of the index is screened (no dataset filter needed).</summary>
    public bool AllDatasets { get; }
    /// <summary>True when nothing can pass (no dataset left, or topics no entity has).</summary>
    public bool Nothing => Datasets.Count == 0 || topicsExcludeAll;
    /// <summary>True when results must be filtered after screening (so more are asked for).</summary>
    public bool FiltersResults => excludedSchemas.Count > 0 || excludedIds.Count > 0 || changedSince is not null;

    public static MatchFilter From(QueryParameters q, ScreeningState state, IReadOnlyList<string> scope)
    {
        var datasets = scope.ToList();
        var include = q.Strings("include_dataset");
        if (include.Count > 0) datasets = datasets.Where(d => include.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        var exclude = q.Strings("exclude_dataset");
        datasets = datasets.Where(d => !exclude.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        var schemas = new HashSet<EntitySchema>();
        foreach (var s in q.Strings("exclude_schema"))
            schemas.Add(EntitySchemas.TryParse(s, out var schema) ? schema : throw new RequestProblemException(400, $"exclude_schema: unknown schema '{s}'"));
        var ids = q.Strings("exclude_entity_ids");
        if (ids.Count > 50) throw new RequestProblemException(422, $"exclude_entity_ids holds {ids.Count} ids; at most 50");
        var changed = q.String("changed_since");
        if (changed is not null && !IsTimestamp(changed))
            throw new RequestProblemException(422, $"changed_since must be a date or timestamp such as 2026-01-31 or 2026-01-31T12:00:00, not '{changed}'");
        // Every entity Argus holds comes from a sanctions list: its one topic is "sanction".
        var topics = q.Strings("topics");
        var topicsExcludeAll = topics.Count > 0 && !topics.Contains("sanction", StringComparer.OrdinalIgnoreCase);
        return new MatchFilter(datasets, datasets.Count == state.Datasets.Count, schemas, new HashSet<string>(ids, StringComparer.Ordinal), changed, topicsExcludeAll);
    }

    /// <summary>Options for the index that honour the dataset part of the filter.</summary>
    public ScreeningOptions Options(double? threshold, double minScore, int limit) => new()
    {
        Threshold = threshold,
        MinScore = minScore,
        Limit = FiltersResults ? Math.Min(500, limit * 3 + excludedIds.Count) : limit,
        Datasets = AllDatasets ? [] : Datasets,
    };

    /// <summary>
    /// A result passes when its schema is not excluded, no member of its target is an excluded id, and the
    /// target changed since <c>changed_since</c> (its latest member's date, as a merged entity's last change).
    /// </summary>
    public bool Admits(ScreeningResult r)
    {
        IReadOnlyList<WatchlistEntity> members = r.Target is { } target ? target.Members : [r.Entity];
        if (excludedSchemas.Contains(r.Entity.Schema) || members.Any(m => excludedIds.Contains(m.Id))) return false;
        return ChangedSince(members.Select(m => m.ModifiedAt ?? m.ListingDate).OfType<PartialDate>().Select(d => d.ToString()).DefaultIfEmpty().Max(StringComparer.Ordinal));
    }

    public bool Admits(WatchlistEntity e)
    {
        if (excludedSchemas.Contains(e.Schema) || excludedIds.Contains(e.Id)) return false;
        return ChangedSince((e.ModifiedAt ?? e.ListingDate)?.ToString());
    }

    // An entity whose list gives no date of change is kept: nothing says it is older.
    private bool ChangedSince(string? changed) =>
        changedSince is null || changed is null || string.CompareOrdinal(changed, changedSince[..Math.Min(changedSince.Length, changed.Length)]) >= 0;

    private static bool IsTimestamp(string s) =>
        System.Text.RegularExpressions.Regex.IsMatch(s, @"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?)?)?$");
}
