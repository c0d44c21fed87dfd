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

/// <summary>A hit whose score moved, or whose target changed: another id, members gained or lost, or a member's entry changed.</summary>
public sealed record ChangedHit(RunHit Before, RunHit After)
{
    /// <summary>The members the update added to or changed in the hit's target ("AU 3443"), empty when only the score moved.</summary>
    public IReadOnlyList<string> MembersChanged { get; init; } = [];

    /// <summary>The members the hit's target lost ("UN KPi.076"), gone from the lists or now another target's.</summary>
    public IReadOnlyList<string> MembersRemoved { get; init; } = [];

    /// <summary>The hit's earlier key when its target's id changed, else null.</summary>
    public string? PreviousId => Before.EntityId == After.EntityId ? null : Before.EntityId;
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
    public RescreenReport? Run(long runId, SnapshotStore store, int threads = 0, ResultGrouping? grouping = null)
    {
        var run = RunToRescreen(runId);
        if (grouping is { } asked && asked != run.Grouping)
            throw new InvalidOperationException($"run {runId} was screened --by {run.Grouping.Name()} and its hits are kept so: rescreen it --by {run.Grouping.Name()}, or start a new batch --by {asked.Name()}");
        var current = VersionsOf(store);
        var changes = ListsInUse.ChangesSince(store, run.ListVersions, current);
        if (changes.Count == 0) return null;
        // Only the keys of the touched entities are kept, not their index, while the index of all lists is built.
        var touched = ScreeningIndex.Build(changes.SelectMany(c => c.Touched).ToArray(), NameComparer.Default).KeySet();
        var entities = store.ActiveEntities();
        var index = ScreeningIndex.Build(entities, NameComparer.Default);
        IScreener screener = index;
        TargetSuccession? succession = null;
        if (run.Grouping == ResultGrouping.Target)
        {
            // Hits are keyed by target, as the batch recorded them; the targets of the run's versions say which target now each hit is.
            var links = LinkSet.Build(entities);
            screener = new TargetScreener(index, links);
            succession = new TargetSuccession(LinkSet.Build(EntitiesAt(store, entities, changes)), links);
        }
        // An import between reading the changes and the entities would screen against versions not recorded.
        if (!VersionsOf(store).OrderBy(v => v.Key).SequenceEqual(current.OrderBy(v => v.Key)))
            throw new InvalidOperationException("the lists changed while the rescreen read them: run it again");
        return Run(runId, current, changes, screener, touched.SharesAnyKey, threads, succession);
    }

    /// <summary>The entities of the versions a run used: those of the unchanged datasets as they are, the changed ones as they were.</summary>
    private static WatchlistEntity[] EntitiesAt(SnapshotStore store, IReadOnlyList<WatchlistEntity> active, IReadOnlyList<DatasetChange> changes)
    {
        var changed = changes.Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);
        return active.Where(e => !changed.Contains(e.Dataset))
            .Concat(changes.Where(c => c.FromVersion is not null).SelectMany(c => store.Entities(c.Dataset, c.FromVersion!.Value)))
            .ToArray();
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
    /// <param name="succession">For a run keyed by target: the targets of the run's versions and of the current ones. Null: hits keep their keys.</param>
    public RescreenReport Run(long runId, IReadOnlyDictionary<string, int> currentVersions, IReadOnlyList<DatasetChange> changes,
        IScreener current, Func<ScreeningQuery, bool> affected, int threads = 0, TargetSuccession? succession = null)
    {
        var clock = Stopwatch.StartNew();
        var run = RunToRescreen(runId);
        var screened = Screen(run, current, affected, changes, threads);
        var hits = new HitSuccession(changes, succession, screened);
        var closed = new List<RunHit>();
        var moved = new List<ChangedHit>();
        var claimed = new HashSet<(long, string)>();
        foreach (var h in runs.OpenHits(runId))
        {
            if (hits.Next(h) is not { } next)
            {
                closed.Add(h);
                continue;
            }
            claimed.Add((next.Hit.Row, next.Hit.EntityId));
            if (next.Hit.EntityId != h.EntityId || Math.Abs(next.Hit.Score - h.Score) > ScoreTolerance || next.Changed.Count + next.Removed.Count > 0)
                moved.Add(new ChangedHit(h, next.Hit) { MembersChanged = next.Changed, MembersRemoved = next.Removed });
        }
        // Two earlier targets now one, on a row not screened again: its score is the better of the two, as a new batch finds it.
        var best = moved.GroupBy(c => (c.After.Row, c.After.EntityId)).ToDictionary(g => g.Key, g => g.Max(c => c.After.Score));
        moved = moved.Select(c => c with { After = c.After with { Score = best[(c.After.Row, c.After.EntityId)] } }).ToList();
        var added = screened.Found.Values.Where(h => !claimed.Contains((h.Row, h.EntityId)))
            .OrderBy(h => h.Row).ThenBy(h => h.EntityId, StringComparer.Ordinal).ToArray();
        foreach (var c in moved.Where(c => c.PreviousId is not null && succession?.After.Find(c.After.EntityId) is not null))
            screened.Captions.TryAdd(c.After.EntityId, succession!.After.Find(c.After.EntityId)!.Caption);

        var version = runs.AddVersion(runId, currentVersions, added, moved.Select(c => (c.Before, c.After)).ToArray(), closed, clock.Elapsed);
        return new RescreenReport(runs.Get(runId)!, version, changes, added, moved, closed, screened.Subjects, changes.Sum(c => c.Added.Count + c.Modified.Count), clock.Elapsed)
            { SubjectsRead = screened.Read, CaptionsFound = screened.Captions };
    }

    /// <summary>Screens again every subject of the run that <paramref name="affected"/> says could be screened otherwise now.</summary>
    private ScreenedAgain Screen(BatchRun run, IScreener current, Func<ScreeningQuery, bool> affected, IReadOnlyList<DatasetChange> changes, int threads)
    {
        var result = new ScreenedAgain();
        var touchedIds = changes.SelectMany(c => c.Added.Concat(c.Modified)).ToDictionary(e => e.Id, e => $"{DatasetLabels.Of(e.Dataset)} {e.Reference}", StringComparer.Ordinal);
        var options = BatchOptions.ScreeningFor(run.Threshold);
        long subjects = 0, read = 0;
        Parallel.ForEach(runs.Subjects(run.Id), new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount }, s =>
        {
            Interlocked.Increment(ref read);
            if (!affected(s.Query)) return;
            Interlocked.Increment(ref subjects);
            result.Rows[s.Row] = true;
            foreach (var r in current.Screen(s.Query, options))
                if (r.Score >= run.Threshold)
                {
                    result.Found[(s.Row, r.Key)] = new RunHit(s.Row, r.Key, r.Entity.Dataset, r.Score);
                    result.Captions.TryAdd(r.Key, r.Entity.Caption);
                    if (r.Target is { } t && t.Members.Where(m => touchedIds.ContainsKey(m.Id)).Select(m => touchedIds[m.Id]).ToArray() is { Length: > 0 } changedMembers)
                        result.Joined[(s.Row, r.Key)] = changedMembers;
                }
        });
        result.Subjects = subjects;
        result.Read = read;
        return result;
    }

    /// <summary>What screening the affected subjects again found.</summary>
    private sealed class ScreenedAgain
    {
        /// <summary>Hits found, by row and key.</summary>
        public ConcurrentDictionary<(long Row, string Key), RunHit> Found { get; } = new();

        /// <summary>Labels of the members an update added or changed, of the targets found.</summary>
        public ConcurrentDictionary<(long Row, string Key), IReadOnlyList<string>> Joined { get; } = new();

        public ConcurrentDictionary<string, string> Captions { get; } = new(StringComparer.Ordinal);

        /// <summary>Rows screened again.</summary>
        public ConcurrentDictionary<long, bool> Rows { get; } = new();

        public long Subjects { get; set; }

        public long Read { get; set; }
    }

    /// <summary>An open hit as it is after the update: the hit now (same or new key and score) and its target's member changes.</summary>
    private sealed record NextHit(RunHit Hit, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed);

    /// <summary>
    /// What an open hit becomes. A subject screened again keeps the hit when it found its key's successor (the target
    /// that now holds a member of the hit's target, see <see cref="TargetSuccession"/>), whatever its id now; a subject
    /// not screened again found exactly the same entries, so the hit stands, under its successor's id. With no
    /// succession (hits by entry) a key is its own successor until its entity is removed.
    /// </summary>
    private sealed class HitSuccession(IReadOnlyList<DatasetChange> changes, TargetSuccession? succession, ScreenedAgain screened)
    {
        private readonly HashSet<string> removed = changes.SelectMany(c => c.RemovedIds).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> dropped = changes.Where(c => c.ToVersion is null).Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);
        // A dataset the run did not screen against (or screened from the samples) is judged anew: its old hits
        // stand only if found again. (Its entities all count as added, so a subject that could find one is screened again.)
        private readonly HashSet<string> rechecked = changes.Where(c => c.FromVersion is null).Select(c => c.Dataset).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> changedEntries = changes.SelectMany(c => c.Added.Concat(c.Modified)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        /// <summary>The hit after the update, or null when it closes.</summary>
        public NextHit? Next(RunHit h)
        {
            var keys = Successors(h);
            if (screened.Rows.ContainsKey(h.Row) || rechecked.Contains(h.Dataset))
            {
                var key = keys.FirstOrDefault(k => screened.Found.ContainsKey((h.Row, k)));
                return key is null ? null : Describe(h, screened.Found[(h.Row, key)]);
            }
            return keys.Count == 0 ? null : Describe(h, h with { EntityId = keys[0] });
        }

        private IReadOnlyList<string> Successors(RunHit h)
        {
            if (succession is null) return removed.Contains(h.EntityId) || dropped.Contains(h.Dataset) ? [] : [h.EntityId];
            return succession.Successors(h.EntityId).Select(t => t.Id).ToArray();
        }

        private NextHit Describe(RunHit before, RunHit after)
        {
            if (succession is null) return new NextHit(after, screened.Joined.GetValueOrDefault((after.Row, after.EntityId)) ?? [], []);
            var members = TargetSuccession.Compare(succession.Before.Find(before.EntityId), succession.After.Find(after.EntityId)!, changedEntries);
            return new NextHit(after, members.Added.Concat(members.Changed).Select(m => m.Label).ToArray(), members.Removed.Select(m => m.Label).ToArray());
        }
    }
}
