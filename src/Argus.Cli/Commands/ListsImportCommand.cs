using System.CommandLine;
using Argus.Screening;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>`argus lists import FILE|DIR... [--force] [--dataset NAME] [--title TEXT]`: each file is its own atomic import.</summary>
public static class ListsImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "List files, or directories whose list files are all imported.", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = $"Import even when the list shrank by more than {ListImporter.MaxShrink:P0}, is empty, or lacks its format's evidence of a whole file (end marker, record count)." };
        var dataset = new Option<string?>("--dataset") { Description = "Store the file under this dataset name instead of the one its format gives (2 to 64 of a-z, 0-9 and _, starting with a letter)." };
        var title = new Option<string?>("--title") { Description = "The dataset's title, shown by `argus lists`." };
        var command = new Command("import", "Import list files: detect the format, parse, check, and activate each file atomically.");
        command.Arguments.Add(paths);
        command.Options.Add(force);
        command.Options.Add(dataset);
        command.Options.Add(title);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var dataDir = CliGlobals.DataDirectory(parse);
            using var store = SnapshotStore.Open(dataDir);
            var importer = new ListImporter(store);
            var options = new ImportOptions(parse.GetValue(force), parse.GetValue(dataset), parse.GetValue(title));
            var results = importer.ImportPaths(parse.GetValue(paths) ?? [], options, Report);
            var refused = results.Count(r => r.Status == ImportStatus.Refused);
            if (results.Count == 0) throw new UsageException("no list file found in the given paths");
            if (results.Any(r => r.Status == ImportStatus.Imported)) BuiltIndexCache.Refresh(dataDir);
            if (refused == 0) return 0;
            Console.Error.WriteLine($"argus: {refused} of {results.Count} files refused; the active lists of their datasets are unchanged");
            return 1;
        }));
        return command;
    }

    internal static void Report(ImportResult result)
    {
        switch (result.Status)
        {
            case ImportStatus.Imported:
                Console.Out.WriteLine(ConsoleText.Line(result.Message));
                break;
            case ImportStatus.Unchanged:
                Console.Error.WriteLine("argus: " + ConsoleText.Line(result.Message));
                break;
            default:
                Console.Error.WriteLine("argus: refused: " + ConsoleText.Line(result.Message));
                break;
        }
    }
}
