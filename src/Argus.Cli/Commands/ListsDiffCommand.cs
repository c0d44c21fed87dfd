using System.CommandLine;
using System.Text.Json;
using Argus.Linking;
using Argus.Model;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>
/// `argus lists diff DATASET [FROM TO] [--json] [--by target|entry]`: what changed between two versions (default: the
/// previous active one and the active one), as targets added, changed and removed (default) or as entries.
/// </summary>
public static class ListsDiffCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "Dataset name, e.g. us_ofac_sdn." };
        var versions = new Argument<int[]>("versions") { Description = "FROM and TO version numbers.", Arity = new ArgumentArity(0, 2) };
        var json = new Option<bool>("--json") { Description = "Write the difference as JSON on standard output." };
        var by = ScreenCommand.ByOption();
        by.Description = "target: targets added, changed (a member added, removed or changed) and removed, across all active lists (default); entry: the dataset's entries.";
        var command = new Command("diff", "Targets (or entries) added, removed and changed between two versions of a dataset.");
        command.Arguments.Add(dataset);
        command.Arguments.Add(versions);
        command.Options.Add(json);
        command.Options.Add(by);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var dataDir = CliGlobals.DataDirectory(parse);
            var name = parse.GetValue(dataset)!;
            var pair = parse.GetValue(versions) ?? [];
            if (pair.Length == 1) throw new UsageException("give both FROM and TO versions, or neither");
            if (!SnapshotStore.Exists(dataDir)) throw new UsageException($"no list imported yet in {dataDir}");
            using var store = SnapshotStore.OpenExisting(dataDir);
            DatasetNames.RequireKnown([name], store.Datasets().Select(d => d.Name), "dataset");
            int from, to;
            if (pair.Length == 2) (from, to) = (pair[0], pair[1]);
            else
            {
                var active = store.ActiveVersion(name) ?? throw new UsageException($"no version of '{name}' in the store (see `argus lists`)");
                var previous = store.PreviousVersion(name) ?? throw new UsageException($"'{name}' has only version {active.Version}; nothing to compare it with");
                (from, to) = (previous.Version, active.Version);
            }
            if (store.Version(name, from) is null) throw new UsageException($"'{name}' has no version {from}");
            if (store.Version(name, to) is null) throw new UsageException($"'{name}' has no version {to}");
            var byEntry = ScreenCommand.ByEntry(parse, by);
            var diff = SnapshotDiff.Between(store, name, from, to);
            if (!byEntry)
            {
                var targets = TargetUpdate.Of(store, diff);
                if (parse.GetValue(json)) TargetDiffOutput.WriteJson(diff, targets);
                else TargetDiffOutput.WriteText(diff, targets);
            }
            else if (parse.GetValue(json)) WriteJson(diff);
            else WriteText(diff);
            return 0;
        }));
        return command;
    }

    private static void WriteText(SnapshotDiff d)
    {
        var o = Console.Out;
        o.WriteLine($"{d.To.Dataset}: version {d.From.Version} ({d.From.EntityCount:N0} entities) -> version {d.To.Version} ({d.To.EntityCount:N0} entities)");
        o.WriteLine($"added {d.Added.Count:N0}, removed {d.Removed.Count:N0}, changed {d.Changed.Count:N0}");
        foreach (var e in d.Added) o.WriteLine($"+ {e.Id}  {e.Schema.FtmName()}  {e.Caption}");
        foreach (var e in d.Removed) o.WriteLine($"- {e.Id}  {e.Schema.FtmName()}  {e.Caption}");
        foreach (var c in d.Changed)
        {
            o.WriteLine($"~ {c.Id}  {c.After.Caption}");
            foreach (var f in c.Fields) o.WriteLine($"    {f.Field}: {Show(f.Before)} -> {Show(f.After)}");
        }
    }

    private static string Show(string raw) => raw.Length == 0 ? "(none)" : raw;

    private static void WriteJson(SnapshotDiff d) => JsonStdout.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("dataset", d.To.Dataset);
        w.WriteNumber("from", d.From.Version);
        w.WriteNumber("to", d.To.Version);
        w.WriteNumber("fromEntities", d.From.EntityCount);
        w.WriteNumber("toEntities", d.To.EntityCount);
        JsonStdout.WriteCounts(w, d.Added.Count, d.Changed.Count, d.Removed.Count);
        WriteEntities(w, "added", d.Added);
        WriteEntities(w, "removed", d.Removed);
        w.WriteStartArray("changed");
        foreach (var c in d.Changed) WriteChanged(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteChanged(Utf8JsonWriter w, EntityDiff c)
    {
        w.WriteStartObject();
        WriteHeader(w, c.After);
        w.WriteStartArray("fields");
        foreach (var f in c.Fields)
        {
            w.WriteStartObject();
            w.WriteString("field", f.Field);
            WriteRaw(w, "before", f.Before);
            WriteRaw(w, "after", f.After);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, string name, IReadOnlyList<WatchlistEntity> entities)
    {
        w.WriteStartArray(name);
        foreach (var e in entities)
        {
            w.WriteStartObject();
            WriteHeader(w, e);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteHeader(Utf8JsonWriter w, WatchlistEntity e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("reference", e.Reference);
        w.WriteString("schema", e.Schema.FtmName());
        w.WriteString("caption", e.Caption);
    }

    private static void WriteRaw(Utf8JsonWriter w, string name, string raw)
    {
        w.WritePropertyName(name);
        if (raw.Length == 0) w.WriteNullValue();
        else w.WriteRawValue(raw);
    }
}
