using System.Text.Json;
using Argus.Linking;
using Argus.Matching;
using Argus.Model;
using Argus.Storage;

namespace Argus.Cli.Commands;

/// <summary>`argus lists diff` by target: targets added, changed and removed by a dataset's update, as text or JSON.</summary>
public static class TargetDiffOutput
{
    public static void WriteText(SnapshotDiff d, TargetDiff t)
    {
        var o = Console.Out;
        o.WriteLine($"{d.To.Dataset}: version {d.From.Version} ({d.From.EntityCount:N0} entities) -> version {d.To.Version} ({d.To.EntityCount:N0} entities); targets across all active lists");
        o.WriteLine($"targets added {t.Added.Count:N0}, changed {t.Changed.Count:N0}, removed {t.Removed.Count:N0}");
        foreach (var a in t.Added) o.WriteLine($"+ {a.Id}  {a.Schema.FtmName()}  {a.Caption}  [{a.ListsLine}]");
        foreach (var r in t.Removed) o.WriteLine($"- {r.Id}  {r.Schema.FtmName()}  {r.Caption}  [{r.ListsLine}]");
        foreach (var c in t.Changed)
        {
            o.WriteLine($"~ {c.After.Id}  {c.After.Caption}  [{c.After.ListsLine}]");
            if (c.PreviousId is { } was) o.WriteLine($"    id was {was}");
            Members(o, "member added", c.Members.Added);
            Members(o, "member removed", c.Members.Removed);
            Members(o, "member changed", c.Members.Changed);
        }
    }

    private static void Members(TextWriter o, string what, IReadOnlyList<TargetMember> members)
    {
        foreach (var m in members) o.WriteLine($"    {what}: {m.Label}  {m.Caption}");
    }

    public static void WriteJson(SnapshotDiff d, TargetDiff t) => JsonStdout.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("dataset", d.To.Dataset);
        w.WriteNumber("from", d.From.Version);
        w.WriteNumber("to", d.To.Version);
        w.WriteString("by", "target");
        JsonStdout.WriteCounts(w, t.Added.Count, t.Changed.Count, t.Removed.Count);
        Targets(w, "added", t.Added);
        Targets(w, "removed", t.Removed);
        w.WriteStartArray("changed");
        foreach (var c in t.Changed) Changed(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Changed(Utf8JsonWriter w, TargetChange c)
    {
        w.WriteStartObject();
        Header(w, c.After);
        if (c.PreviousId is { } was) w.WriteString("previous_id", was);
        else w.WriteNull("previous_id");
        ScreeningJson.WriteEntries(w, c.After.Entities);
        Members(w, "members_added", c.After.Entities, c.Members.Added);
        Members(w, "members_removed", c.Before.Entities, c.Members.Removed);
        Members(w, "members_changed", c.After.Entities, c.Members.Changed);
        w.WriteEndObject();
    }

    private static void Targets(Utf8JsonWriter w, string name, IReadOnlyList<Target> targets)
    {
        w.WriteStartArray(name);
        foreach (var t in targets)
        {
            w.WriteStartObject();
            Header(w, t);
            ScreeningJson.WriteEntries(w, t.Entities);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Header(Utf8JsonWriter w, Target t)
    {
        w.WriteString("id", t.Id);
        w.WriteString("schema", t.Schema.FtmName());
        w.WriteString("caption", t.Caption);
        w.WriteString("lists", t.ListsLine);
    }

    /// <summary>The members named in <paramref name="members"/>, written as entries (id, dataset, reference, caption).</summary>
    private static void Members(Utf8JsonWriter w, string name, IReadOnlyList<WatchlistEntity> of, IReadOnlyList<TargetMember> members)
    {
        var ids = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        ScreeningJson.WriteEntries(w, of.Where(e => ids.Contains(e.Id)), name);
    }
}
