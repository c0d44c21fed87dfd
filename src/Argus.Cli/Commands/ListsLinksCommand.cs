using System.CommandLine;
using System.Text.Json;
using Argus.Linking;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>`argus lists links [--target ID] [--json]`: every target of two or more entries with the evidence of each link, and the refused links.</summary>
public static class ListsLinksCommand
{
    public static Command Create()
    {
        var target = new Option<string?>("--target") { Description = "Only this target (its id, or the id of one of its entries)." };
        var json = new Option<bool>("--json") { Description = "Write the targets and refused links as JSON on standard output." };
        var command = new Command("links", "Show how the entries of the active lists are linked into targets, and the links refused for a conflict.");
        command.Options.Add(target);
        command.Options.Add(json);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var lists = ActiveLists.Load(CliGlobals.Location(parse));
            var links = LinkSet.Build(lists.Entities);
            var wanted = parse.GetValue(target);
            IReadOnlyList<Target> targets;
            if (wanted is null) targets = links.Targets.Where(t => t.Entities.Count > 1).ToArray();
            else targets = [links.Find(wanted) ?? throw new UsageException($"--target '{wanted}': no target or entry with this id in {lists.Description}")];
            var ids = targets.SelectMany(t => t.Referents).ToHashSet(StringComparer.Ordinal);
            var refused = links.Refused.Where(r => wanted is null || ids.Contains(r.Link.From) || ids.Contains(r.Link.To)).ToArray();
            if (parse.GetValue(json)) WriteJson(targets, refused);
            else WriteText(targets, refused);
            Console.Error.WriteLine($"argus: {lists.Entities.Count:N0} entries, {links.Targets.Count:N0} targets, {links.Refused.Count:N0} links refused; linked in {links.BuildTime.TotalMilliseconds:N0} ms");
            return 0;
        }));
        return command;
    }

    private static void WriteJson(IReadOnlyList<Target> targets, IReadOnlyList<RefusedLink> refused) => JsonStdout.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("targets");
        foreach (var t in targets) TargetJson.WriteTarget(w, t);
        w.WriteEndArray();
        w.WriteStartArray("refused");
        foreach (var r in refused) TargetJson.WriteRefused(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteText(IReadOnlyList<Target> targets, IReadOnlyList<RefusedLink> refused)
    {
        foreach (var t in targets)
        {
            Console.WriteLine($"{t.Id}  {t.Caption}  ({t.ListsLine})");
            foreach (var l in t.Links) Console.WriteLine($"  {l.From} — {l.To}: {l.Kind}, {l.Detail}");
        }
        foreach (var r in refused) Console.WriteLine($"refused {r.Link.From} — {r.Link.To}: {r.Link.Kind}, {r.Link.Detail}: {r.Conflict}");
    }
}
