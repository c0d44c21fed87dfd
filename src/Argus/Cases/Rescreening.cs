using System.Collections.Concurrent;
using System.Diagnostics;
using Argus.Batch;
using Argus.Matching;
using Argus.Model;
using Argus.Names;
using Argus.Storage;

namespace Argus.Cases;

/// <summary>What changed in one dataset since the version a run was screened against.</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="FromVersion">The version the run used; null when the run did not use this dataset.</param>
/// <param name="ToVersion">The active version now; null when the dataset is no longer active.</param>
/// <param name="Added">Entities that are new (all of them when <paramref name="FromVersion"/> is null).</param>
/// <param name="Modified">Entities whose content changed in what screening reads, as they are now.</param>
/// <param name="Removed">Entities no longer listed, as they were.</param>
public sealed record DatasetChange(
    string Dataset,
    int? FromVersion,
    int? ToVersion,
    IReadOnlyList<WatchlistEntity> Added,
    IReadOnlyList<WatchlistEntity> Modified,
    IReadOnlyList<WatchlistEntity> Removed)
{
    public IEnumerable<string> RemovedIds => Removed.Select(e => e.Id);

    /// <summary>Entities modified only in what screening does not read (remarks, programmes…): their hits stand.</summary>
    public int ModifiedOtherwise { get; init; }
}

/// <summary>A hit whose score moved.</summary>
public sealed record ChangedHit(RunHit Before, RunHit After);

/// <summary>What a rescreen found and recorded.</summary>
public sealed record RescreenReport(
    BatchRun Run,
    RunVersion Version,
    IReadOnlyList<DatasetChange> Changes,
    IReadOnlyList<RunHit> New,
    IReadOnlyList<ChangedHit> Changed,
    IReadOnlyList<RunHit> Closed,
    long SubjectsScreened,
    int EntitiesScreened,
    TimeSpan Elapsed)
{
    /// <summary>The caption of an entity the rescreen looked at (added, modified or removed), or its id.</summary>
    public string Caption(string entityId) =>
        Changes.SelectMany(c => c.Added.Concat(c.Modified).Concat(c.Removed)).FirstOrDefault(e => e.Id == entityId)?.Caption ?? entityId;
}

/// <summary>
/// Re-screens the subjects of a recorded run against only what changed in the lists since: the index of
/// the current lists restricted to the added and modified entities (candidates are chosen among all
/// current names, as a full re-screen chooses them, and only those of changed entities are compared;
/// a subject sharing no key with them is passed over), hits on removed entities closed, hits on modified
/// entities confirmed, re-scored or closed. The result is recorded as the next version of the run.
/// </summary>
public sealed class Rescreening(RunStore runs)
{
    /// <summary>Scores closer than this are the same score.</summary>
    public const double ScoreTolerance = 1e-6;

    /// <summary>
    /// Re-screens a run against what changed in <paramref name="store"/> since the run's list versions, or
    /// returns null when nothing changed. The subjects are screened against the index of all active lists,
    /// restricted to the changed entities, so each subject finds exactly the hits on them a full re-screen finds.
    /// </summary>
    public RescreenReport? Run(long runId, SnapshotStore store, int threads = 0)
    {
        var run = runs.Get(runId) ?? throw new ArgumentException($"no batch run {runId} (see the run number printed by 'argus batch')");
        var current = VersionsOf(store);
        var changes = ListsInUse.ChangesSince(store, run.ListVersions, current);
        if (changes.Count == 0) return null;
        var index = ScreeningIndex.Build(store.ActiveEntities(), NameComparer.Default);
        // An import between reading the changes and the entities would screen against versions not recorded.
        if (!VersionsOf(store).OrderBy(v => v.Key).SequenceEqual(current.OrderBy(v => v.Key)))
            throw new InvalidOperationException("the lists changed while the rescreen read them: run it again");
        return Run(runId, current, changes, changed => index.Restrict(changed.Select(e => e.Id)), threads);
    }

    private static Dictionary<string, int> VersionsOf(SnapshotStore store) =>
        store.ActiveVersions().ToDictionary(v => v.Dataset, v => v.Version, StringComparer.Ordinal);

    /// <param name="runId">The run to re-screen.</param>
    /// <param name="currentVersions">Dataset → active version now.</param>
    /// <param name="changes">Per dataset, what changed since the run's versions (only datasets that changed).</param>
    /// <param name="indexOfChanged">A screener that finds and scores the given entities as a screen of the full current index would, and no others.</param>
    /// <param name="threads">Screening threads.</param>
    public RescreenReport Run(long runId, IReadOnlyDictionary<string, int> currentVersions, IReadOnlyList<DatasetChange> changes,
        Func<IReadOnlyList<WatchlistEntity>, IScreener> indexOfChanged, int threads = 0)
    {
        var clock = Stopwatch.StartNew();
        var run = runs.Get(runId) ?? throw new ArgumentException($"no batch run {runId} (see the run number printed by 'argus batch')");
        if (run.Status != RunStatus.Complete)
            throw new InvalidOperationException($"run {runId} is {run.Status}: finish it with 'argus batch {run.InputPath} --out {run.OutputPath} --resume' before re-screening");

        var changed = changes.SelectMany(c => c.Added.Concat(c.Modified)).ToArray();
        var removed = changes.SelectMany(c => c.RemovedIds).ToHashSet(StringComparer.Ordinal);
        var modified = changes.SelectMany(c => c.Modified.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        // A dataset the run did not screen against (or screened from the samples) is judged anew: its old hits stand only if found again.
        var rechecked = changes.Where(c => c.FromVersion is null).Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);
        var dropped = changes.Where(c => c.ToVersion is null).Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);

        var found = new ConcurrentDictionary<(long Row, string Entity), RunHit>();
        long subjects = 0;
        if (changed.Length > 0)
        {
            var screener = indexOfChanged(changed);
            var options = BatchOptions.ScreeningFor(run.Threshold);
            Parallel.ForEach(runs.Subjects(runId), new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount }, s =>
            {
                Interlocked.Increment(ref subjects);
                foreach (var r in screener.Screen(s.Query, options))
                    if (r.Score >= run.Threshold)
                        found[(s.Row, r.Entity.Id)] = new RunHit(s.Row, r.Entity.Id, r.Entity.Dataset, r.Score);
            });
        }

        var open = runs.OpenHits(runId);
        var openKeys = new HashSet<(long, string)>();
        var closed = new List<RunHit>();
        var moved = new List<ChangedHit>();
        foreach (var h in open)
        {
            openKeys.Add((h.Row, h.EntityId));
            if (removed.Contains(h.EntityId) || dropped.Contains(h.Dataset))
            {
                closed.Add(h);
                continue;
            }
            if (!modified.Contains(h.EntityId) && !rechecked.Contains(h.Dataset)) continue;
            if (!found.TryGetValue((h.Row, h.EntityId), out var now)) closed.Add(h);
            else if (Math.Abs(now.Score - h.Score) > ScoreTolerance) moved.Add(new ChangedHit(h, now));
        }
        var added = found.Values.Where(h => !openKeys.Contains((h.Row, h.EntityId)))
            .OrderBy(h => h.Row).ThenBy(h => h.EntityId, StringComparer.Ordinal).ToArray();

        var version = runs.AddVersion(runId, currentVersions, added, moved.Select(c => (c.Before, c.After)).ToArray(), closed, clock.Elapsed);
        return new RescreenReport(runs.Get(runId)!, version, changes, added, moved, closed, subjects, changed.Length, clock.Elapsed);
    }
}
