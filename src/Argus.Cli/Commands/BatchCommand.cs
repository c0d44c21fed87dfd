using System.CommandLine;
using System.Runtime.InteropServices;
using System.Text.Json;
using Argus.Batch;
using Argus.Cases;
using Argus.Linking;
using Argus.Matching;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus batch IN --out OUT</c>: screens a customer file (CSV, XLSX or JSON lines) against the active
/// lists, in parallel, and records the run so that it can be resumed and re-screened.
/// </summary>
public static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "Customer file: CSV (any delimiter and encoding), XLSX or JSON lines." };
        var output = new Option<string>("--out", "-o") { Description = "Results file.", Required = true };
        var threshold = new Option<double?>("--threshold") { Description = "Score from which a result is a match (default: the calibrated threshold)." };
        var format = new Option<string>("--format") { Description = "Results format: csv (one line per row with a match) or jsonl (one line per row).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var map = new Option<string[]>("--map") { Description = "Column mapping override COLUMN=FIELD (repeatable); FIELD ignore drops a column.", AllowMultipleArgumentsPerToken = false };
        var threads = new Option<int>("--threads") { Description = "Screening threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var errors = new Option<string?>("--errors") { Description = "Where rejected rows go (default: OUT's name + .errors.csv)." };
        var resume = new Option<bool>("--resume") { Description = "Continue the stopped run of the same IN and OUT." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON on standard output." };
        var encoding = new Option<string?>("--encoding") { Description = "The text file's encoding (e.g. windows-1251) when it is not UTF-8 or UTF-16 and not plainly Windows-1252." };

        var by = ScreenCommand.ByOption();
        var command = new Command("batch", "Screen a customer file against the active lists.")
        {
            input, output, threshold, format, map, threads, errors, resume, json, encoding, by,
        };
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var t = OptionRange.Score(parse, threshold);
            var threadCount = OptionRange.Whole(parse, threads, 1, OptionRange.MaxThreads);
            var request = new BatchRequest(
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                CustomerFileScreening.ParseFormat(parse.GetValue(format)!),
                parse.GetValue(errors),
                t,
                parse.GetValue(map) ?? [],
                threadCount,
                parse.GetValue(resume),
                parse.GetValue(encoding));
            try
            {
                return Run(CliGlobals.Location(parse), request, parse.GetValue(json), ScreenCommand.ByEntry(parse, by) ? ResultGrouping.Entry : ResultGrouping.Target);
            }
            catch (InvalidDataException e)
            {
                // An unreadable customer file (empty, no header, not a spreadsheet) is a reason, not a crash.
                throw new IOException(e.Message, e);
            }
        }));
        return command;
    }

    private static int Run(DataLocation location, BatchRequest request, bool json, ResultGrouping grouping)
    {
        if (!File.Exists(request.InputPath)) throw new UsageException($"{request.InputPath}: no such file");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lists = ListsInUse.Load(location);
        Console.Error.WriteLine($"lists: {lists.Description}; read in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var entries = ScreeningIndex.Build(lists.Entities);
        IScreener index = entries;
        if (grouping == ResultGrouping.Target)
        {
            var links = LinkSet.Build(lists.Entities);
            index = new TargetScreener(entries, links);
            Console.Error.WriteLine($"index: built in {clock.Elapsed.TotalSeconds:0.0} s, {links.Targets.Count:N0} targets linked in {links.BuildTime.TotalSeconds:0.0} s");
        }
        else Console.Error.WriteLine($"index: built in {clock.Elapsed.TotalSeconds:0.0} s; one result per list entry (--by entry)");
        using var runs = RunStore.Open(location.Path);

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            if (!stop.IsCancellationRequested) Console.Error.WriteLine("argus: stopping after the rows already read…");
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var screening = new CustomerFileScreening(runs, index, lists.Versions)
            {
                Grouping = grouping,
                Started = (reader, mapping, run, resumed) =>
                {
                    Console.Error.WriteLine(ConsoleText.Line($"{request.InputPath}: {reader.Description}"));
                    Console.Error.WriteLine("mapping:");
                    foreach (var line in mapping.Describe()) Console.Error.WriteLine("  " + ConsoleText.Line(line));
                    Console.Error.WriteLine(resumed
                        ? $"resuming run {run.Id} after row {run.LastRow:N0} (threshold {run.Threshold:0.###}, format {run.OutputFormat})"
                        : $"run {run.Id}: threshold {run.Threshold:0.###}, by {run.Grouping.Name()}, {request.Threads} threads → {run.OutputPath}");
                },
            };
            var outcome = BatchProgressDisplay.Run(progress => screening.RunAsync(request, progress, stop.Token).GetAwaiter().GetResult());
            Report(outcome, request, json);
            return outcome.Summary.Stopped ? 130 : 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void Report(BatchOutcome outcome, BatchRequest request, bool json)
    {
        var s = outcome.Summary;
        var run = outcome.Run;
        Console.Error.WriteLine(
            $"rows read {s.RowsRead:N0}, screened {s.RowsScreened:N0}, with matches {s.RowsWithMatches:N0}, rejected {s.RowsRejected:N0}; " +
            $"{run.Counts.Elapsed.TotalSeconds:0.0} s, {(run.Counts.Elapsed.TotalSeconds > 0 ? s.RowsRead / run.Counts.Elapsed.TotalSeconds : 0):N0} rows/s");
        if (s.RowsRejected > 0) Console.Error.WriteLine($"rejected rows and their reasons: {run.ErrorsPath}");
        if (s.Stopped)
            Console.Error.WriteLine($"argus: stopped after row {run.LastRow:N0}; everything up to it is written to {CustomerFileScreening.PartialPath(run.OutputPath)} " +
                $"(renamed to {run.OutputPath} when the run completes). Continue with: argus batch {request.InputPath} --out {request.OutputPath} --resume");
        else
            Console.Error.WriteLine($"run {run.Id} complete: {run.OutputPath}; after a list update: argus rescreen {run.Id}");
        if (!json) return;
        JsonStdout.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("run", run.Id);
            w.WriteString("status", run.Status);
            w.WriteString("input", run.InputPath);
            w.WriteString("input_sha256", run.InputSha256);
            w.WriteString("output", run.OutputPath);
            w.WriteString("errors", run.ErrorsPath);
            w.WriteNumber("threshold", run.Threshold);
            w.WriteString("by", run.Grouping.Name());
            w.WriteStartObject("lists");
            foreach (var (k, v) in run.ListVersions) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteNumber("rows_read", s.RowsRead);
            w.WriteNumber("rows_screened", s.RowsScreened);
            w.WriteNumber("rows_with_matches", s.RowsWithMatches);
            w.WriteNumber("rows_rejected", s.RowsRejected);
            w.WriteNumber("last_row", run.LastRow);
            w.WriteNumber("seconds", Math.Round(run.Counts.Elapsed.TotalSeconds, 3));
            w.WriteEndObject();
        });
    }
}
