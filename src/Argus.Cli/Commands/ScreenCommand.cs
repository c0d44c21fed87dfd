using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Argus.Linking;
using Argus.Matching;
using Argus.Model;
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
        command.SetAction(parse => CliGlobals.Guard(() =>
        {
            var query = ScreeningQueries.Build(parse.GetValue(names) ?? [], parse.GetValue(schema), parse.GetValue(dob) ?? [], parse.GetValue(country) ?? [],
                parse.GetValue(gender), parse.GetValue(id) ?? []);
            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1) throw new UsageException("--threshold must be between 0 and 1, e.g. --threshold 0.8");
            var max = parse.GetValue(limit);
            if (max is < 1 or > 500) throw new UsageException("--limit must be between 1 and 500");
            var options = new ScreeningOptions { Threshold = t, Limit = max, Datasets = parse.GetValue(dataset) ?? [] };

            var (screener, source) = LoadScreener(CliGlobals.DataDirectory(parse), ByEntry(parse, by));
            var results = screener.Screen(query, options);
            var used = options.Threshold ?? screener.DefaultThreshold;
            if (parse.GetValue(json)) WriteJson(query, used, source, results);
            else WriteTable(query, used, results);
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

    /// <summary>Loads the active lists and builds the index and the links, telling standard error what was used.</summary>
    public static (IScreener Screener, string Source) LoadScreener(string dataDirectory, bool byEntry)
    {
        var sw = Stopwatch.StartNew();
        var lists = ActiveLists.Load(dataDirectory);
        var index = ScreeningIndex.Build(lists.Entities);
        var indexed = sw.ElapsedMilliseconds;
        if (byEntry)
        {
            Console.Error.WriteLine($"argus: screening against {lists.Description}; {index.Names.Count:N0} names indexed in {indexed:N0} ms");
            return (index, lists.Description);
        }
        var links = LinkSet.Build(lists.Entities);
        Console.Error.WriteLine($"argus: screening against {lists.Description}; {index.Names.Count:N0} names indexed in {indexed:N0} ms, {links.Targets.Count:N0} targets linked in {links.BuildTime.TotalMilliseconds:N0} ms");
        return (new TargetScreener(index, links), lists.Description);
    }

    private static void WriteJson(ScreeningQuery query, double threshold, string source, IReadOnlyList<ScreeningResult> results)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WritePropertyName("query");
            ScreeningJson.WriteQuery(w, query);
            w.WriteNumber("threshold", threshold);
            w.WriteString("source", source);
            w.WriteStartObject("total");
            w.WriteNumber("value", results.Count);
            w.WriteString("relation", "eq");
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var r in results) ScreeningJson.WriteResult(w, r);
            w.WriteEndArray();
            w.WriteEndObject();
        }
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
            var lists = r.Target is { } target ? target.Lists : $"{e.Dataset} {e.Reference}";
            table.AddRow(
                r.Score.ToString("0.00", CultureInfo.InvariantCulture),
                r.Match ? "[red bold]MATCH[/]" : "[grey]no[/]",
                Markup.Escape($"{e.Caption}\n{e.Schema.FtmName()} · {lists}"),
                Markup.Escape(r.Explanation.Summary));
        }
        AnsiConsole.Write(table);
    }
}

/// <summary>Builds a <see cref="ScreeningQuery"/> from command-line values, with clear errors for bad ones.</summary>
public static class ScreeningQueries
{
    public static ScreeningQuery Build(IReadOnlyList<string> names, string? schema, IReadOnlyList<string> dobs, IReadOnlyList<string> countries, string? gender, IReadOnlyList<string> ids)
    {
        var cleaned = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToArray();
        if (cleaned.Length == 0) throw new UsageException("give a name to screen, e.g. argus screen \"Ri Pyong Chol\"");
        var s = EntitySchema.Thing;
        if (schema is not null && !EntitySchemas.TryParse(schema, out s))
            throw new UsageException($"unknown --schema '{schema}'; use Person, Organization, Company, Vessel or Airplane");
        var dates = new List<FuzzyDate>();
        foreach (var d in dobs)
        {
            if (!FuzzyDate.TryParse(d, out var fd) || fd is null)
                throw new UsageException($"--dob '{d}' is not a date; write 1948, 1960-04 or 1960-04-04");
            dates.Add(fd);
        }
        var codes = new List<string>();
        foreach (var c in countries)
            codes.Add(Countries.ToCode(c) ?? throw new UsageException($"--country '{c}' is not a country Argus knows; use an ISO code such as kp or ru"));
        string? g = null;
        if (!string.IsNullOrWhiteSpace(gender))
        {
            g = gender.Trim().ToLowerInvariant() switch
            {
                "m" or "male" or "man" => "male",
                "f" or "female" or "woman" => "female",
                _ => throw new UsageException($"--gender '{gender}' must be male or female"),
            };
        }
        return new ScreeningQuery
        {
            Names = cleaned,
            Schema = s,
            BirthDates = dates,
            Countries = codes,
            Gender = g,
            Identifiers = ids.Where(i => !string.IsNullOrWhiteSpace(i)).ToArray(),
        };
    }
}
