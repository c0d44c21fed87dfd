using System.CommandLine;
using Argus.Batch;
using Argus.Linking;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>
/// `argus lists export --format ftm [--by target|entry] [--dataset D] [--out FILE]`: the active data as
/// FollowTheMoney JSON lines, one merged entity per target (default) or one per list entry (which imports back).
/// </summary>
public static class ListsExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format; only 'ftm' (FollowTheMoney JSON lines).", Required = true };
        var dataset = new Option<string?>("--dataset") { Description = "Export only this dataset (default: every active list)." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output (written whole, then renamed into place)." };
        var by = new Option<string>("--by")
        {
            Description = "target: one merged entity per real-world target with its members as referents (default); entry: one entity per list entry, as imported.",
            DefaultValueFactory = _ => "target",
        };
        var command = new Command("export", "Write the active lists as FollowTheMoney JSON lines, for yente, OpenRefine or Aleph.");
        command.Options.Add(format);
        command.Options.Add(by);
        command.Options.Add(dataset);
        command.Options.Add(output);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            if (!string.Equals(parse.GetValue(format), "ftm", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--format '{parse.GetValue(format)}' is not known; use --format ftm");
            var byEntry = ScreenCommand.ByEntry(parse, by);
            var dataDir = CliGlobals.DataDirectory(parse);
            if (!SnapshotStore.Exists(dataDir)) throw new UsageException($"no list imported yet in {dataDir}; nothing to export");
            var path = parse.GetValue(output);
            if (path is not null) DistinctFiles.Require([.. DistinctFiles.Store(dataDir), new NamedFile("--out", path)]);
            using var store = SnapshotStore.OpenExisting(dataDir);
            var name = parse.GetValue(dataset);
            if (name is not null) DatasetNames.RequireKnown([name], store.ActiveVersions().Select(v => v.Dataset), "--dataset");
            var versions = store.ActiveVersions().Where(v => name is null || v.Dataset == name).ToList();
            if (versions.Count == 0)
                throw new UsageException(name is null ? $"no list imported yet in {dataDir}; nothing to export" : $"no version of '{name}' in the store (see `argus lists`)");
            var entities = store.ActiveEntities(name);
            // Targets are linked across every active list; --dataset keeps those with a member in it.
            Target[] targets = byEntry ? [] : LinkSet.Build(name is null ? entities : store.ActiveEntities()).Targets
                .Where(t => name is null || t.Datasets.Contains(name)).ToArray();
            void Write(Stream s)
            {
                if (byEntry) FtmWriter.Write(entities, s);
                else TargetFtmWriter.Write(targets, s);
            }

            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                Write(stdout);
            }
            else FileReplacement.Write(path, Write);
            Console.Error.WriteLine($"argus: exported {(byEntry ? $"{entities.Count:N0} entities" : $"{targets.Length:N0} targets of {targets.Sum(t => t.Entities.Count):N0} entries")} of {string.Join(", ", versions.Select(v => $"{v.Dataset} v{v.Version}"))}" +
                                    (path is null ? "" : $" to {path}"));
            return 0;
        }));
        return command;
    }
}
