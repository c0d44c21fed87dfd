using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Argus.Storage;
using Spectre.Console;

namespace Argus.Cli.Commands;

/// <summary>`argus lists`: the active snapshot of each dataset, and the subcommands that change or compare them.</summary>
public static class ListsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write the active versions as JSON on standard output." };
        var command = new Command("lists", "Show the active version of each imported list; import, update, compare and export lists.");
        command.Options.Add(json);
        command.Subcommands.Add(ListsImportCommand.Create());
        command.Subcommands.Add(ListsDiffCommand.Create());
        command.Subcommands.Add(ListsExportCommand.Create());
        command.Subcommands.Add(ListsLinksCommand.Create());
        command.Subcommands.Add(ListsUpdateCommand.Create());
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var location = CliGlobals.Location(parse);
            var dataDir = location.Path;
            IReadOnlyList<DatasetVersion> versions = [];
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            if (SnapshotStore.Exists(dataDir))
            {
                using var store = SnapshotStore.Open(dataDir);
                versions = store.ActiveVersions();
                foreach (var d in store.Datasets()) titles[d.Name] = d.Title;
            }
            string TitleOf(DatasetVersion v) => titles.GetValueOrDefault(v.Dataset) ?? v.Dataset;
            if (versions.Count == 0)
                Console.Error.WriteLine("argus: no list imported yet in " + dataDir + (location.Chosen
                    ? "; screening refuses to run until one is (argus lists import FILE)"
                    : "; screening uses the bundled samples"));
            if (parse.GetValue(json)) WriteJson(versions, TitleOf);
            else if (versions.Count > 0) WriteTable(versions, TitleOf);
            return 0;
        }));
        return command;
    }

    private static void WriteJson(IReadOnlyList<DatasetVersion> versions, Func<DatasetVersion, string> title)
        => JsonStdout.Write(w =>
        {
            w.WriteStartArray();
            foreach (var v in versions) ListsJson.WriteVersion(w, v, title(v));
            w.WriteEndArray();
        });

    private static void WriteTable(IReadOnlyList<DatasetVersion> versions, Func<DatasetVersion, string> title)
    {
        // Format, source and hash are in --json; the table keeps what a person scans for.
        var table = new Table().AddColumns("Dataset", "Title", "Version", "Published", "Imported (UTC)", "Entities", "By schema");
        foreach (var v in versions)
            table.AddRow(
                ConsoleText.Markup(v.Dataset),
                ConsoleText.Markup(title(v)),
                v.Version.ToString(CultureInfo.InvariantCulture),
                v.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-",
                v.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                v.EntityCount.ToString("N0", CultureInfo.InvariantCulture),
                ConsoleText.Markup(string.Join(" ", v.Counts.Select(c => $"{c.Key}:{c.Value}"))));
        AnsiConsole.Write(table);
    }
}

/// <summary>The JSON shapes of the `argus lists` commands.</summary>
internal static class ListsJson
{
    public static void WriteVersion(Utf8JsonWriter w, DatasetVersion v, string? title = null)
    {
        w.WriteStartObject();
        w.WriteString("dataset", v.Dataset);
        if (title is not null) w.WriteString("title", title);
        w.WriteNumber("version", v.Version);
        if (v.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        w.WriteString("imported", v.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteString("sha256", v.Sha256);
        w.WriteString("format", v.Format);
        w.WriteString("source", v.Source);
        w.WriteNumber("entities", v.EntityCount);
        w.WriteStartObject("counts");
        foreach (var (schema, count) in v.Counts) w.WriteNumber(schema, count);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
