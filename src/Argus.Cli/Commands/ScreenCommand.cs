using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Argus.Matching;
using Argus.Model;
using Argus.Screening;
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

        var command = new Command("screen", "Screen a name against the active lists; ranked results with scores and explanations.");
        command.Arguments.Add(names);
        foreach (var o in new Option[] { schema, dob, country, gender, id, threshold, limit, dataset, json }) command.Options.Add(o);
        command.SetAction(parse => CliGlobals.Guard(() =>
        {
            var query = ScreeningQueries.Build(parse.GetValue(names) ?? [], parse.GetValue(schema), parse.GetValue(dob) ?? [], parse.GetValue(country) ?? [],
                parse.GetValue(gender), parse.GetValue(id) ?? []);
            var t = parse.GetValue(threshold);
            var max = parse.GetValue(limit);
            ScreeningQueries.CheckOptions(t, max);
            var options = new ScreeningOptions { Threshold = t, Limit = max, Datasets = parse.GetValue(dataset) ?? [] };

            var (index, source) = LoadIndex(CliGlobals.DataDirectory(parse));
            var results = index.Screen(query, options);
            var used = options.Threshold ?? index.DefaultThreshold;
            if (parse.GetValue(json)) WriteJson(query, used, source, results);
            else WriteTable(query, used, results);
            return 0;
        }));
        return command;
    }

    /// <summary>Loads the active lists and builds the index, telling standard error what was used.</summary>
    public static (ScreeningIndex Index, string Source) LoadIndex(string dataDirectory)
    {
        var service = new ScreeningService(dataDirectory);
        var state = service.Load();
        Console.Error.WriteLine($"argus: screening against {state.Lists.Description}; {state.Index.Names.Count:N0} names indexed in {state.LoadTime.TotalMilliseconds:N0} ms");
        return (state.Index, state.Lists.Description);
    }

    private static void WriteJson(ScreeningQuery query, double threshold, string source, IReadOnlyList<ScreeningResult> results)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            ScreeningJson.WriteScreen(w, query, threshold, source, results);
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteTable(ScreeningQuery query, double threshold, IReadOnlyList<ScreeningResult> results)
    {
        var matches = results.Count(r => r.Match);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(string.Join(" / ", query.Names))}[/]: {matches} match{(matches == 1 ? "" : "es")} at threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}, {results.Count} result{(results.Count == 1 ? "" : "s")} shown");
        if (results.Count == 0) return;
        var table = new Table().AddColumns("Score", "Match", "Entity", "Why");
        foreach (var r in results)
        {
            var e = r.Entity;
            table.AddRow(
                r.Score.ToString("0.00", CultureInfo.InvariantCulture),
                r.Match ? "[red bold]MATCH[/]" : "[grey]no[/]",
                Markup.Escape($"{e.Caption}\n{e.Schema.FtmName()} · {e.Dataset} {e.Reference}"),
                Markup.Escape(r.Explanation.Summary));
        }
        AnsiConsole.Write(table);
    }
}
