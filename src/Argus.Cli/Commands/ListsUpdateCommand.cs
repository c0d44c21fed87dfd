using System.CommandLine;
using Argus.Screening;
using Argus.Sources;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>
/// `argus lists update [--source NAME] [--url-override NAME=URL] [--timeout S] [--retries N] [--force]`:
/// downloads the official files and imports each through the same checks as `lists import`.
/// </summary>
public static class ListsUpdateCommand
{
    public static Command Create()
    {
        var sources = new Option<string[]>("--source")
        {
            Description = "Update only these sources: " + string.Join(", ", OfficialSources.All.Select(s => s.Name)) + " (default: all with a public URL).",
            AllowMultipleArgumentsPerToken = true,
        };
        var overrides = new Option<string[]>("--url-override")
        {
            Description = "NAME=URL: download a source (or NAME:companion.csv, one companion file) from another URL.",
            AllowMultipleArgumentsPerToken = true,
        };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed for one download attempt.", DefaultValueFactory = _ => DownloadOptions.Default.Timeout.TotalSeconds };
        var retries = new Option<int>("--retries") { Description = "Further attempts after a failure that may pass (time-out, network error, 5xx).", DefaultValueFactory = _ => DownloadOptions.Default.Retries };
        var force = new Option<bool>("--force") { Description = $"Import even when a list shrank by more than {ListImporter.MaxShrink:P0} or lacks its format's evidence of a whole file." };
        var command = new Command("update", "Download the official list files, check them like `lists import`, and activate the good ones.");
        command.Options.Add(sources);
        command.Options.Add(overrides);
        command.Options.Add(timeout);
        command.Options.Add(retries);
        command.Options.Add(force);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            // A day per attempt and 100 retries bound a run; TimeSpan itself overflows near 1e15 s.
            var seconds = OptionRange.Positive(parse, timeout, 86_400);
            var tries = OptionRange.Whole(parse, retries, 0, 100);
            var urlOverrides = ListUpdater.ParseOverrides(parse.GetValue(overrides) ?? []);
            var names = parse.GetValue(sources) ?? [];
            var chosen = names.Length == 0
                ? OfficialSources.All
                : names.Select(n => OfficialSources.Find(n) ?? throw new UsageException(
                    $"unknown source '{n}' (known: {string.Join(", ", OfficialSources.All.Select(s => s.Name))})")).ToList();

            var dataDir = CliGlobals.DataDirectory(parse);
            using var store = SnapshotStore.Open(dataDir);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("argus-list-update/1.0");
            var downloader = new ListDownloader(http, DownloadOptions.Default with { Timeout = TimeSpan.FromSeconds(seconds), Retries = tries });
            var updater = new ListUpdater(store, new ListImporter(store), downloader, dataDir);
            var results = updater.Update(chosen, urlOverrides, new ImportOptions(parse.GetValue(force)),
                notice: n => Console.Error.WriteLine("argus: " + ConsoleText.Line(n)),
                onResult: ListsImportCommand.Report,
                explicitSources: names.Length > 0);
            var refused = results.Count(r => r.Status == ImportStatus.Refused);
            if (results.Any(r => r.Status == ImportStatus.Imported)) BuiltIndexCache.Refresh(dataDir);
            if (refused == 0) return 0;
            Console.Error.WriteLine($"argus: {refused} of {results.Count} sources not updated; their active lists are unchanged");
            return 1;
        }));
        return command;
    }
}
