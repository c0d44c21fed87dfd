using Argus.Linking;

namespace Argus.Cases;

/// <summary>Status of a batch run in the store.</summary>
public static class RunStatus
{
    /// <summary>Screening is going on in a live process. Next: complete, stopped, or abandoned on a resume.</summary>
    public const string Running = "running";
    /// <summary>Stopped before the end of the file (Ctrl-C, or its process died while running): resume it.</summary>
    public const string Stopped = "stopped";
    /// <summary>Screened to the end of the file: rescreen it after a list update.</summary>
    public const string Complete = "complete";
    /// <summary>
    /// Closed without an end: a resume found the lists changed since the run began (it cannot finish against
    /// the versions it started with). Start a new batch.
    /// </summary>
    public const string Abandoned = "abandoned";
}

/// <summary>One recorded batch run: what was screened, against which list versions, and how far it got.</summary>
/// <param name="Id">Run number, 1, 2, … in the store.</param>
/// <param name="InputPath">The customer file (full path).</param>
/// <param name="InputSha256">SHA-256 of the customer file's bytes, lower-case hex.</param>
/// <param name="OutputPath">The results file (full path).</param>
/// <param name="OutputFormat">"csv" or "jsonl".</param>
/// <param name="ErrorsPath">The file rejected rows were written to.</param>
/// <param name="Threshold">Score from which a result was a hit.</param>
/// <param name="Mapping">Column mapping as COLUMN=FIELD specs.</param>
/// <param name="ListVersions">Dataset → version of the lists screened against, at the current run version.</param>
/// <param name="Status">See <see cref="RunStatus"/>.</param>
/// <param name="LastRow">Last row whose output, errors and record are all written.</param>
/// <param name="OutputBytes">Length of the output file at <paramref name="LastRow"/>.</param>
/// <param name="ErrorsBytes">Length of the errors file at <paramref name="LastRow"/>.</param>
/// <param name="Counts">Row counts so far.</param>
/// <param name="Version">1 for the batch; each rescreen adds one.</param>
/// <param name="Started">When the batch began (UTC).</param>
/// <param name="Updated">When its record last changed (UTC).</param>
/// <param name="Reason">Why it was abandoned, or null.</param>
/// <param name="Grouping">Whether its hits are keyed by target (default) or by list entry; a rescreen or resume keeps it.</param>
public sealed record BatchRun(
    long Id,
    string InputPath,
    string InputSha256,
    string OutputPath,
    string OutputFormat,
    string ErrorsPath,
    double Threshold,
    IReadOnlyList<string> Mapping,
    IReadOnlyDictionary<string, int> ListVersions,
    string Status,
    long LastRow,
    long OutputBytes,
    long ErrorsBytes,
    RunCounts Counts,
    int Version,
    DateTimeOffset Started,
    DateTimeOffset Updated = default,
    string? Reason = null,
    ResultGrouping Grouping = ResultGrouping.Target);

/// <summary>Row counts of a run.</summary>
public sealed record RunCounts(long RowsRead, long RowsScreened, long RowsWithMatches, long RowsRejected, TimeSpan Elapsed)
{
    public static RunCounts Zero { get; } = new(0, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>A hit: a row of a run matched a listed entity with a score.</summary>
public sealed record RunHit(long Row, string EntityId, string Dataset, double Score);

/// <summary>One version of a run: the batch itself (1) or a rescreen (2, 3, …) with what it changed.</summary>
public sealed record RunVersion(
    long RunId,
    int Version,
    string Kind,
    DateTimeOffset Created,
    IReadOnlyDictionary<string, int> ListVersions,
    int NewHits,
    int ChangedHits,
    int ClosedHits,
    TimeSpan Elapsed);
