using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Argus.Linking;
using Argus.Matching;
using Argus.Model;
using Argus.Screening;
using Argus.Storage;
using Spectre.Console;

namespace Argus.Cli.Commands;

/// <summary>`argus screen NAME`: ranked list entries that could be the person, company, vessel or aircraft named, with reasons.</summary>
public static class ScreenCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("name") { Description = "Name to screen, any script (more names: aliases of the same subject).", Arity = ArgumentArity.OneOrMore };
        var schema = new Option<string?>("--schema") { Description = "Person, Organization, Company, Vessel, Airplane (default: any)." };
        var dob = new Option<string[]>("--dob") { Description = "Date of birth: 1948, 1960-04 or 1960-04-04 (repeatable)." };
        var country = new Option<string[]>("--country") { Description = "Nationality or country: ISO code (kp) or name (repeatable)." };
        var gender = new Option<string?>("--gender") { Description = "male or female." };
        var id = new Option<string[]>("--id") { Description = "Identifier: passport, national ID, IMO, SWIFT/BIC, registration number (repeatable)." };
        var threshold = new Option<double?>("--threshold") { Description = $"Score at which a result is a match (default {ScoreCalibration.DefaultThreshold.ToString(CultureInfo.InvariantCulture)}, calibrated)." };
        var limit = new Option<int>("--limit") { Description = "Most results to show.", DefaultValueFactory = _ => 10 };
        var dataset = new Option<string[]>("--dataset") { Description = "Only these datasets, e.g. un_sc_sanctions (repeatable)." };
        var json = new Option<bool>("--json") { Description = "Write the results as JSON on standard output." };
        var by = ByOption();

        var command = new Command("screen", "Screen a name against the active lists; ranked results with scores and explanations.");
        command.Arguments.Add(names);
        foreach (var o in new Option[] { schema, dob, country, gender, id, threshold, limit, dataset, json, by }) command.Options.Add(o);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var query = ScreeningQueries.Build(parse.GetValue(names) ?? [], parse.GetValue(schema), parse.GetValue(dob) ?? [], parse.GetValue(country) ?? [],
                parse.GetValue(gender), parse.GetValue(id) ?? []);
            var t = OptionRange.Score(parse, threshold);
            var max = OptionRange.Whole(parse, limit, 1, 500);
            var options = new ScreeningOptions { Threshold = t, Limit = max, Datasets = parse.GetValue(dataset) ?? [] };

            // The query's names are read on another core while the lists and the index are; a bad name fails
            // there unobserved and again, reported, in the screen itself.
            _ = Task.Run(() => ScreeningIndex.ReadAhead(query));
            var (screener, source, datasets) = LoadScreener(CliGlobals.Location(parse), ByEntry(parse, by));
            DatasetNames.RequireKnown(options.Datasets, datasets, "--dataset");
            var results = screener.Screen(query, options);
            StartStages.Mark("screened");
            var used = options.Threshold ?? screener.DefaultThreshold;
            if (parse.GetValue(json)) WriteJson(query, used, source, results);
            else WriteTable(query, used, results);
            StartStages.Mark("written");
            return 0;
        }));
        return command;
    }

    /// <summary>The <c>--by target|entry</c> option: one result per target (default) or per list entry.</summary>
    public static Option<string> ByOption() => new("--by")
    {
        Description = "target: one result per real-world target, with every list that names it (default); entry: one result per list entry.",
        DefaultValueFactory = _ => "target",
    };

    /// <summary>True for <c>--by entry</c>; a value other than target or entry is a usage error.</summary>
    public static bool ByEntry(System.CommandLine.ParseResult parse, Option<string> by) => parse.GetValue(by) switch
    {
        "entry" => true,
        "target" or null => false,
        var other => throw new UsageException($"--by '{other}' must be target or entry"),
    };

    /// <summary>What a command screens with: the screener (by target or by entry), the lists' description and datasets.</summary>
    public sealed record LoadedScreener(IScreener Screener, string Source, IReadOnlyList<string> Datasets);

    /// <summary>Loads the active lists and builds the index (and, by target, the links), telling standard error what was used.</summary>
    public static LoadedScreener LoadScreener(DataLocation location, bool byEntry)
    {
        var service = new ScreeningService(location) { LinkWithEachBuild = !byEntry };
        var state = service.Load();
        var indexed = $"argus: screening against {state.Lists.Description}; {state.Index.Names.Count:N0} names indexed in {state.LoadTime.TotalMilliseconds:N0} ms";
        if (byEntry)
        {
            Console.Error.WriteLine(indexed);
            return new LoadedScreener(state.Index, state.Lists.Description, state.Datasets);
        }
        var links = state.Links;
        Console.Error.WriteLine($"{indexed}, {links.Targets.Count:N0} targets linked in {links.BuildTime.TotalMilliseconds:N0} ms");
        return new LoadedScreener(state.ByTarget, state.Lists.Description, state.Datasets);
    }

    private static void WriteJson(ScreeningQuery query, double threshold, string source, IReadOnlyList<ScreeningResult> results)
        => JsonStdout.Write(w => ScreeningJson.WriteScreen(w, query, threshold, source, results));

    private static void WriteTable(ScreeningQuery query, double threshold, IReadOnlyList<ScreeningResult> results)
    {
        var matches = results.Count(r => r.Match);
        AnsiConsole.MarkupLine($"[bold]{ConsoleText.Markup(string.Join(" / ", query.Names))}[/]: {matches} match{(matches == 1 ? "" : "es")} at threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}, {results.Count} result{(results.Count == 1 ? "" : "s")} shown");
        if (results.Count == 0) return;
        var table = new Table().AddColumns("Score", "Match", "Entity", "Why");
        foreach (var r in results)
        {
            var e = r.Entity;
            var lists = r.Target is { } target ? target.Lists : $"{e.Dataset} {e.Reference}";
            table.AddRow(
                r.Score.ToString("0.00", CultureInfo.InvariantCulture),
                r.Match ? "[red bold]MATCH[/]" : "[grey]no[/]",
                ConsoleText.Markup($"{e.Caption}\n{e.Schema.FtmName()} · {lists}", keepLineBreaks: true),
                ConsoleText.Markup(r.Explanation.Summary));
        }
        AnsiConsole.Write(table);
    }
}
