using System.CommandLine;
using System.Text.Json;
using Argus.Cases;
using Argus.Linking;
using Argus.Storage;
using Spectre.Console;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus rescreen RUN</c>: after a list update, screens a recorded run's subjects against only the
/// entities added or modified since, closes hits on removed entities, and records the result as the
/// run's next version.
/// </summary>
public static class RescreenCommand
{
    public static Command Create()
    {
        var runArg = new Argument<long>("RUN") { Description = "Run number, as printed by 'argus batch'." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON on standard output." };
        var threads = new Option<int>("--threads") { Description = "Screening threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var by = new Option<string?>("--by") { Description = "target or entry: must be the run's own grouping (default: the run's)." };
        var command = new Command("rescreen", "Re-screen a batch run against what changed in the lists since.") { runArg, json, threads, by };
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var threadCount = OptionRange.Whole(parse, threads, 1, OptionRange.MaxThreads);
            ResultGrouping? grouping = parse.GetValue(by) is { } b ? ResultGroupings.Parse(b) : null;
            return Run(CliGlobals.DataDirectory(parse), parse.GetValue(runArg), parse.GetValue(json), threadCount, grouping);
        }));
        return command;
    }

    private static int Run(string dataDirectory, long runId, bool json, int threads, ResultGrouping? grouping)
    {
        using var store = SnapshotStore.OpenExisting(dataDirectory);
        using var runs = RunStore.Open(dataDirectory);
        var run = runs.Get(runId) ?? throw new UsageException($"no batch run {runId} in {dataDirectory} (runs: {string.Join(", ", runs.All().Select(r => r.Id))})");
        var report = new Rescreening(runs).Run(runId, store, threads, grouping);
        if (report is null)
        {
            Console.Error.WriteLine($"run {runId} (version {run.Version}): the lists have not changed since; nothing to re-screen");
            if (json) WriteJson(null, run, []);
            return 0;
        }
        var changes = report.Changes;
        foreach (var c in changes)
            Console.Error.WriteLine($"{c.Dataset}: v{c.FromVersion?.ToString() ?? "-"} → v{c.ToVersion?.ToString() ?? "-"}: {c.Added.Count:N0} added, {c.Modified.Count:N0} modified ({c.ModifiedOtherwise:N0} more in what screening does not read), {c.Removed.Count:N0} removed");
        Console.Error.WriteLine($"run {runId} version {report.Version.Version}: {report.SubjectsScreened:N0} of {report.SubjectsRead:N0} subjects share a name key with a changed entity and were screened again in {report.Elapsed.TotalSeconds:0.00} s: " +
                                $"{report.New.Count} new, {report.Changed.Count} changed, {report.Closed.Count} closed hits");
        if (json) WriteJson(report, run, changes, runs);
        else WriteTable(report, runs);
        return 0;
    }

    private static void WriteTable(RescreenReport report, RunStore runs)
    {
        var subjects = runs.SubjectsAt(report.Run.Id, report.New.Select(h => h.Row).Concat(report.Changed.Select(c => c.After.Row)).Concat(report.Closed.Select(h => h.Row)));
        var table = new Table().AddColumns("", "row", "name", "entity", "caption", "score");
        string Name(long row) => subjects.TryGetValue(row, out var s) ? s.DisplayName : "";
        foreach (var h in report.New) table.AddRow("new", h.Row.ToString(), ConsoleText.Markup(Name(h.Row)), h.EntityId, ConsoleText.Markup(report.Caption(h.EntityId)), $"{h.Score:0.000}");
        foreach (var c in report.Changed) table.AddRow("changed", c.After.Row.ToString(), ConsoleText.Markup(Name(c.After.Row)), c.After.EntityId, ConsoleText.Markup(report.Caption(c.After.EntityId)), $"{c.Before.Score:0.000} → {c.After.Score:0.000}" + Members(c));
        foreach (var h in report.Closed) table.AddRow("closed", h.Row.ToString(), ConsoleText.Markup(Name(h.Row)), h.EntityId, ConsoleText.Markup(report.Caption(h.EntityId)), $"{h.Score:0.000}");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (table.Rows.Count > 0) console.Write(table);
        else console.WriteLine("no hit opened, changed or closed");
    }

    /// <summary>"; was ID; joined by AU 3443; left by UN KPi.076" for a hit whose target changed.</summary>
    private static string Members(ChangedHit c) =>
        (c.PreviousId is { } was ? "; was " + was : "")
        + (c.MembersChanged.Count > 0 ? "; joined or changed: " + ConsoleText.Markup(string.Join(", ", c.MembersChanged)) : "")
        + (c.MembersRemoved.Count > 0 ? "; left: " + ConsoleText.Markup(string.Join(", ", c.MembersRemoved)) : "");

    private static void WriteJson(RescreenReport? report, BatchRun run, IReadOnlyList<DatasetChange> changes, RunStore? runs = null)
    {
        JsonStdout.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("run", run.Id);
            w.WriteNumber("version", report?.Version.Version ?? run.Version);
            w.WriteStartObject("lists");
            foreach (var (k, v) in report?.Run.ListVersions ?? run.ListVersions) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteStartArray("changes");
            foreach (var c in changes)
            {
                w.WriteStartObject();
                w.WriteString("dataset", c.Dataset);
                if (c.FromVersion is { } f) w.WriteNumber("from", f); else w.WriteNull("from");
                if (c.ToVersion is { } t) w.WriteNumber("to", t); else w.WriteNull("to");
                w.WriteNumber("added", c.Added.Count);
                w.WriteNumber("modified", c.Modified.Count);
                w.WriteNumber("modified_otherwise", c.ModifiedOtherwise);
                w.WriteNumber("removed", c.Removed.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("subjects", report?.SubjectsRead ?? 0);
            w.WriteNumber("subjects_screened", report?.SubjectsScreened ?? 0);
            w.WriteNumber("entities_screened", report?.EntitiesScreened ?? 0);
            w.WriteNumber("seconds", Math.Round(report?.Elapsed.TotalSeconds ?? 0, 3));
            var subjects = report is null || runs is null ? new Dictionary<long, Argus.Batch.BatchSubject>()
                : runs.SubjectsAt(run.Id, report.New.Select(h => h.Row).Concat(report.Changed.Select(c => c.After.Row)).Concat(report.Closed.Select(h => h.Row)));
            void Hit(RunHit h, ChangedHit? change = null)
            {
                w.WriteStartObject();
                w.WriteNumber("row", h.Row);
                w.WriteString("name", subjects.TryGetValue(h.Row, out var s) ? s.DisplayName : null);
                w.WriteString("id", h.EntityId);
                w.WriteString("dataset", h.Dataset);
                w.WriteString("caption", report!.Caption(h.EntityId));
                if (change is not null)
                {
                    if (change.PreviousId is { } was) w.WriteString("previous_id", was);
                    w.WriteNumber("previous_score", change.Before.Score);
                    Labels("members_changed", change.MembersChanged);
                    Labels("members_removed", change.MembersRemoved);
                }
                w.WriteNumber("score", h.Score);
                w.WriteEndObject();
            }
            void Labels(string name, IReadOnlyList<string> labels)
            {
                if (labels.Count == 0) return;
                w.WriteStartArray(name);
                foreach (var m in labels) w.WriteStringValue(m);
                w.WriteEndArray();
            }
            w.WriteStartArray("new");
            foreach (var h in report?.New ?? []) Hit(h);
            w.WriteEndArray();
            w.WriteStartArray("changed");
            foreach (var c in report?.Changed ?? []) Hit(c.After, c);
            w.WriteEndArray();
            w.WriteStartArray("closed");
            foreach (var h in report?.Closed ?? []) Hit(h);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
