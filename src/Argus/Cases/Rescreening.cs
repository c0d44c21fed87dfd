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
/// Re-screens the subjects of a recorded run against only what changed in the lists since: an index
/// over the added and modified entities (scored with the statistics of the whole new index, so that
/// scores equal those of a full re-screen), hits on removed entities closed, hits on modified entities
/// confirmed, re-scored or closed. The result is recorded as the next version of the run.
/// </summary>
public sealed class Rescreening(RunStore runs)
{
    /// <summary>Scores closer than this are the same score.</summary>
    public const double ScoreTolerance = 1e-6;

    /// <summary>
    /// Re-screens a run against what changed in <paramref name="store"/> since the run's list versions, or
    /// returns null when nothing changed. The index of the changed entities scores with the same token
    /// weights as the full index a batch builds, so each (subject, entity) pair scores as in a full re-screen.
    /// </summary>
    public RescreenReport? Run(long runId, SnapshotStore store, int threads = 0)
    {
        var run = runs.Get(runId) ?? throw new ArgumentException($"no batch run {runId} (see the run number printed by 'argus batch')");
        var current = store.ActiveVersions().ToDictionary(v => v.Dataset, v => v.Version, StringComparer.Ordinal);
        var changes = ListsInUse.ChangesSince(store, run.ListVersions, current);
        if (changes.Count == 0) return null;
        return Run(runId, current, changes, changed => ScreeningIndex.Build(changed, NameComparer.Default), threads);
    }

    /// <param name="runId">The run to re-screen.</param>
    /// <param name="currentVersions">Dataset → active version now.</param>
    /// <param name="changes">Per dataset, what changed since the run's versions (only datasets that changed).</param>
    /// <param name="indexOfChanged">Builds a screener over the given entities that scores as the full current index would.</param>
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
            var options = new ScreeningOptions { Threshold = run.Threshold, MinScore = run.Threshold, Limit = BatchOptions.DefaultMaxMatches };
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
