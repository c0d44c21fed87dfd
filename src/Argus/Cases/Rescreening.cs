using System.Collections.Concurrent;
using System.Diagnostics;
using Argus.Batch;
using Argus.Linking;
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

    /// <summary>The entities of <see cref="Modified"/> as they were in the version the run used.</summary>
    public IReadOnlyList<WatchlistEntity> ModifiedBefore { get; init; } = [];

    /// <summary>Every entity the change touches, as it is now and as it was: added, modified (both versions) and removed.</summary>
    public IEnumerable<WatchlistEntity> Touched => Added.Concat(Modified).Concat(ModifiedBefore).Concat(Removed);
}

/// <summary>A hit whose score moved, or whose target gained a member from the update.</summary>
public sealed record ChangedHit(RunHit Before, RunHit After)
{
    /// <summary>The members the update added to or changed in the hit's target ("AU 3443"), empty when only the score moved.</summary>
    public IReadOnlyList<string> MembersChanged { get; init; } = [];
}

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
    /// <summary>Subjects of the run read; <see cref="SubjectsScreened"/> of them could be screened otherwise now and were screened again.</summary>
    public long SubjectsRead { get; init; }

    /// <summary>Captions of the entities found by the subjects screened again (an unchanged entity can gain or lose a hit too).</summary>
    public IReadOnlyDictionary<string, string> CaptionsFound { get; init; } = new Dictionary<string, string>();

    /// <summary>The caption of an entity the rescreen looked at (added, modified, removed, or found), or its id.</summary>
    public string Caption(string entityId) =>
        CaptionsFound.TryGetValue(entityId, out var caption) ? caption
            : Changes.SelectMany(c => c.Added.Concat(c.Modified).Concat(c.Removed)).FirstOrDefault(e => e.Id == entityId)?.Caption ?? entityId;
}

/// <summary>
/// Re-screens the subjects of a recorded run after a list update, without redoing the whole file: a
/// subject whose names share no index key with any entity the update touched (added, modified as it is
/// now or as it was, removed) had, and still has, the same candidates, and so the same hits; every other
/// subject is screened again against the whole current lists, and its hits are compared with those it
/// had: new, changed and closed hits. The result is recorded as the next version of the run.
/// </summary>
public sealed class Rescreening(RunStore runs)
{
    /// <summary>Scores closer than this are the same score.</summary>
    public const double ScoreTolerance = 1e-6;

    /// <summary>
    /// Re-screens a run against what changed in <paramref name="store"/> since the run's list versions, or
    /// returns null when nothing changed.
    /// </summary>
    public RescreenReport? Run(long runId, SnapshotStore store, int threads = 0)
    {
        var run = RunToRescreen(runId);
        var current = VersionsOf(store);
        var changes = ListsInUse.ChangesSince(store, run.ListVersions, current);
        if (changes.Count == 0) return null;
        // Only the keys of the touched entities are kept, not their index, while the index of all lists is built.
        var touched = ScreeningIndex.Build(changes.SelectMany(c => c.Touched).ToArray(), NameComparer.Default).KeySet();
        var entities = store.ActiveEntities();
        var index = ScreeningIndex.Build(entities, NameComparer.Default);
        // Hits are keyed by target, as the batch recorded them: one customer, one hit per target.
        var screener = new TargetScreener(index, LinkSet.Build(entities));
        // An import between reading the changes and the entities would screen against versions not recorded.
        if (!VersionsOf(store).OrderBy(v => v.Key).SequenceEqual(current.OrderBy(v => v.Key)))
            throw new InvalidOperationException("the lists changed while the rescreen read them: run it again");
        return Run(runId, current, changes, screener, touched.SharesAnyKey, threads);
    }

    /// <summary>The run, when it is complete; otherwise the way out of the state it is in.</summary>
    public BatchRun RunToRescreen(long runId)
    {
        var run = runs.Get(runId) ?? throw new ArgumentException($"no batch run {runId} (see 'argus runs')");
        return run.Status switch
        {
            RunStatus.Complete => run,
            RunStatus.Abandoned => throw new InvalidOperationException(
                $"run {runId} was abandoned ({run.Reason}); start a new batch: argus batch {run.InputPath} --out {run.OutputPath}"),
            _ => throw new InvalidOperationException(
                $"run {runId} is {run.Status}: finish it with 'argus batch {run.InputPath} --out {run.OutputPath} --resume' before re-screening " +
                "(if the lists changed since it began, that marks it abandoned and a new batch is the way on)"),
        };
    }

    private static Dictionary<string, int> VersionsOf(SnapshotStore store) =>
        store.ActiveVersions().ToDictionary(v => v.Dataset, v => v.Version, StringComparer.Ordinal);

    /// <param name="runId">The run to re-screen.</param>
    /// <param name="currentVersions">Dataset → active version now.</param>
    /// <param name="changes">Per dataset, what changed since the run's versions (only datasets that changed).</param>
    /// <param name="current">Screens against all current lists, as a new batch would.</param>
    /// <param name="affected">Whether a subject could be screened otherwise now: whether its names share a key with an entity the changes touch.</param>
    /// <param name="threads">Screening threads.</param>
    public RescreenReport Run(long runId, IReadOnlyDictionary<string, int> currentVersions, IReadOnlyList<DatasetChange> changes,
        IScreener current, Func<ScreeningQuery, bool> affected, int threads = 0)
    {
        var clock = Stopwatch.StartNew();
        var run = RunToRescreen(runId);

        var removed = changes.SelectMany(c => c.RemovedIds).ToHashSet(StringComparer.Ordinal);
        var dropped = changes.Where(c => c.ToVersion is null).Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);
        // A dataset the run did not screen against (or screened from the samples) is judged anew: its old hits
        // stand only if found again. (Its entities all count as added, so a subject that could find one is screened again.)
        var rechecked = changes.Where(c => c.FromVersion is null).Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);

        var found = new ConcurrentDictionary<(long Row, string Entity), RunHit>();
        var joined = new ConcurrentDictionary<(long Row, string Entity), IReadOnlyList<string>>();
        var touchedIds = changes.SelectMany(c => c.Added.Concat(c.Modified)).ToDictionary(e => e.Id, e => $"{DatasetLabels.Of(e.Dataset)} {e.Reference}", StringComparer.Ordinal);
        var captions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var screenedRows = new ConcurrentDictionary<long, bool>();
        long subjects = 0, read = 0;
        var options = BatchOptions.ScreeningFor(run.Threshold);
        Parallel.ForEach(runs.Subjects(runId), new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount }, s =>
        {
            Interlocked.Increment(ref read);
            if (!affected(s.Query)) return;
            Interlocked.Increment(ref subjects);
            screenedRows[s.Row] = true;
            foreach (var r in current.Screen(s.Query, options))
                if (r.Score >= run.Threshold)
                {
                    found[(s.Row, r.Key)] = new RunHit(s.Row, r.Key, r.Entity.Dataset, r.Score);
                    captions.TryAdd(r.Key, r.Entity.Caption);
                    if (r.Target is { } t && t.Members.Where(m => touchedIds.ContainsKey(m.Id)).Select(m => touchedIds[m.Id]).ToArray() is { Length: > 0 } changedMembers)
                        joined[(s.Row, r.Key)] = changedMembers;
                }
        });

        var open = runs.OpenHits(runId);
        var openKeys = new HashSet<(long, string)>();
        var closed = new List<RunHit>();
        var moved = new List<ChangedHit>();
        foreach (var h in open)
        {
            openKeys.Add((h.Row, h.EntityId));
            // (A subject with a hit on a removed entity shares its keys and is screened again; the hit closes either way.)
            if (removed.Contains(h.EntityId) || dropped.Contains(h.Dataset)
                || (screenedRows.ContainsKey(h.Row) || rechecked.Contains(h.Dataset)) && !found.ContainsKey((h.Row, h.EntityId)))
                closed.Add(h);
            else if (found.TryGetValue((h.Row, h.EntityId), out var now)
                && (Math.Abs(now.Score - h.Score) > ScoreTolerance || joined.ContainsKey((h.Row, h.EntityId))))
                moved.Add(new ChangedHit(h, now) { MembersChanged = joined.GetValueOrDefault((h.Row, h.EntityId)) ?? [] });
        }
        var added = found.Values.Where(h => !openKeys.Contains((h.Row, h.EntityId)))
            .OrderBy(h => h.Row).ThenBy(h => h.EntityId, StringComparer.Ordinal).ToArray();

        var version = runs.AddVersion(runId, currentVersions, added, moved.Select(c => (c.Before, c.After)).ToArray(), closed, clock.Elapsed);
        return new RescreenReport(runs.Get(runId)!, version, changes, added, moved, closed, subjects, changes.Sum(c => c.Added.Count + c.Modified.Count), clock.Elapsed) { SubjectsRead = read, CaptionsFound = captions };
    }
}
