using System.CommandLine;
using System.Globalization;
using System.Text;
using Argus.Batch;
using Argus.Text;
using Spectre.Console;

namespace Argus.Cli.Commands;

/// <summary>
/// `argus scan FILE|- [--json] [--html OUT.html]`: the people, organisations and places a text names, who of
/// them is on a list, who said what, and which meetings it reports.
/// </summary>
public static class ScanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Text file to scan (UTF-8), or - for standard input." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON on standard output." };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report to this file." };
        var threshold = new Option<double?>("--threshold") { Description = "Score at which a list entry is a match (default: the calibrated threshold)." };

        var command = new Command("scan", "Screen the people and organisations a text (news article, document) mentions.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(html);
        command.Options.Add(threshold);
        var by = ScreenCommand.ByOption();
        command.Options.Add(by);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var path = parse.GetValue(file) ?? throw new UsageException("give a file to scan, or - for standard input");
            var t = OptionRange.Score(parse, threshold);
            var htmlPath = parse.GetValue(html);
            var location = CliGlobals.Location(parse);
            if (htmlPath is not null)
                DistinctFiles.Require([.. DistinctFiles.Store(location.Path), .. path == "-" ? Array.Empty<NamedFile>() : [new NamedFile("input", path)], new NamedFile("--html", htmlPath)]);
            var text = ReadText(path);

            var (screener, source, _) = ScreenCommand.LoadScreener(location, ScreenCommand.ByEntry(parse, by));
            var scanner = new TextScanner(screener, new ScanOptions { Threshold = t, ListsDescription = source });
            var report = scanner.Scan(text);

            if (htmlPath is not null)
            {
                var page = new UTF8Encoding(false).GetBytes(ScanReportHtml.Render(report, "Argus scan: " + (path == "-" ? "standard input" : Path.GetFileName(path))));
                FileReplacement.Write(htmlPath, file => file.Write(page));
                Console.Error.WriteLine($"argus: HTML report written to {htmlPath}");
            }
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                ScanReportJson.Write(report, stdout);
                stdout.WriteByte((byte)'\n');
            }
            else WriteConsole(report);
            return 0;
        }));
        return command;
    }

    /// <summary>Reads the file or standard input and turns its bytes into the text to scan (<see cref="ScanInput"/>).</summary>
    private static string ReadText(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else
        {
            if (Directory.Exists(path)) throw new UsageException($"'{path}' is a directory; give a text file");
            if (!File.Exists(path)) throw new IOException($"{path}: no such file");
            bytes = File.ReadAllBytes(path);
        }
        return ScanInput.Read(bytes, path == "-" ? "standard input" : path).Text;
    }

    private static void WriteConsole(ScanReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var s = report.Summary;
        console.MarkupLine($"[bold]{s.Flagged}[/] sanctioned of {s.Persons} people, {s.Organizations} organisations and {s.Others} other names; {s.Locations} places (threshold {s.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}).");
        if (s.ScreeningTruncated) console.MarkupLine("[yellow]Only the first entities were screened: the text names more than the limit.[/]");
        var table = new Table().AddColumns("Name", "Type", "Mentions", "List matches");
        foreach (var e in report.Entities)
        {
            var matches = e.Matches.Where(m => m.Match)
                .Select(m => $"[red]{ConsoleText.Markup(Datasets(m.Entity.Dataset))} {ConsoleText.Markup(m.Entity.Reference)}[/]: {ConsoleText.Markup(m.Entity.Caption)} ({m.Score.ToString("0.00", CultureInfo.InvariantCulture)})")
                .ToList();
            if (matches.Count == 0)
                matches.Add(e.Screened ? (e.Matches.FirstOrDefault() is { } near ? $"[grey]none (closest: {ConsoleText.Markup(near.Entity.Caption)} {near.Score.ToString("0.00", CultureInfo.InvariantCulture)})[/]" : "[grey]none[/]") : "[grey]not screened[/]");
            table.AddRow(new Markup(e.Flagged ? $"[bold red]{ConsoleText.Markup(e.Entity.Name)}[/]" : ConsoleText.Markup(e.Entity.Name)),
                new Spectre.Console.Text(e.Entity.Type.ToString()), new Spectre.Console.Text(e.Entity.Mentions.Count.ToString(CultureInfo.InvariantCulture)),
                new Markup(string.Join("\n", matches)));
        }
        console.Write(table);
        foreach (var q in report.Quotes)
            console.MarkupLine($"[bold]{ConsoleText.Markup(q.Speaker ?? "(unknown speaker)")}[/]: “{ConsoleText.Markup(Shorten(q.Text))}”");
        foreach (var ev in report.Events)
            console.MarkupLine($"Meeting: {ConsoleText.Markup(string.Join(", ", ev.Participants))}{(ev.Date is null ? "" : " on " + ConsoleText.Markup(ev.Date))}{(ev.Place is null ? "" : " at " + ConsoleText.Markup(ev.Place))}");
    }

    private static string Datasets(string dataset) => dataset;

    private static string Shorten(string s) => s.Length <= 160 ? s : s[..157] + "…";
}
