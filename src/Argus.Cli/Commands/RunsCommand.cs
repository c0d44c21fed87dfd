using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Argus.Cases;
using Argus.Linking;

namespace Argus.Cli.Commands;

/// <summary><c>argus runs [--json]</c>: every recorded batch run with its state, progress, files and list versions.</summary>
public static class RunsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the runs as a JSON array on standard output." };
        var command = new Command("runs", "List the recorded batch runs: state (running, stopped, complete, abandoned), progress, files, list versions.") { json };
        command.SetAction(parse => CliGlobals.Guard(parse, () => Run(CliGlobals.DataDirectory(parse), parse.GetValue(json))));
        return command;
    }

    private static int Run(string dataDirectory, bool json)
    {
        using var runs = RunStore.Open(dataDirectory);
        var all = runs.All();
        if (json) WriteJson(all);
        else
        {
            Console.Out.WriteLine("run  status     by      rows      last row  version  started (UTC)     input → output");
            foreach (var r in all)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Id,-4} {r.Status,-10} {r.Grouping.Name(),-7} {r.Counts.RowsRead,-9} {r.LastRow,-9} {r.Version,-8} {r.Started:yyyy-MM-dd HH:mm}  {r.InputPath} → {r.OutputPath}{(r.Reason is null ? "" : $" ({r.Reason})")}"));
            if (all.Count == 0) Console.Error.WriteLine("no batch run recorded yet");
        }
        return 0;
    }

    private static void WriteJson(IReadOnlyList<BatchRun> all)
    {
        JsonStdout.Write(w =>
        {
            w.WriteStartArray();
            foreach (var r in all)
            {
                w.WriteStartObject();
                w.WriteNumber("run", r.Id);
                w.WriteString("status", r.Status);
                if (r.Reason is not null) w.WriteString("reason", r.Reason);
                w.WriteString("by", r.Grouping.Name());
                w.WriteString("input", r.InputPath);
                w.WriteString("output", r.OutputPath);
                w.WriteString("errors", r.ErrorsPath);
                w.WriteNumber("rows_read", r.Counts.RowsRead);
                w.WriteNumber("rows_with_matches", r.Counts.RowsWithMatches);
                w.WriteNumber("rows_rejected", r.Counts.RowsRejected);
                w.WriteNumber("last_row", r.LastRow);
                w.WriteNumber("version", r.Version);
                w.WriteStartObject("lists");
                foreach (var (k, v) in r.ListVersions) w.WriteNumber(k, v);
                w.WriteEndObject();
                w.WriteString("started", r.Started.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                w.WriteString("updated", r.Updated.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }
}
