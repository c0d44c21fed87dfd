using Argus.Model;
using Argus.Storage;

namespace Argus.Linking;

/// <summary>
/// A built <see cref="LinkSet"/> in binary form: each target with its members (as their places among the
/// entities it was built from) and the links that joined them, and the refused links. Reading it over the
/// same entities in the same order gives the link set <see cref="EntityLinker"/> made.
/// </summary>
internal static class LinkSetBinary
{
    public static void Write(BinaryWriter w, LinkSet links, IReadOnlyList<WatchlistEntity> entities)
    {
        var places = new Dictionary<WatchlistEntity, int>(entities.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entities.Count; i++) places.TryAdd(entities[i], i);
        w.Write(links.Targets.Count);
        foreach (var t in links.Targets)
        {
            w.Write(t.Id);
            w.Write(t.Caption);
            w.Write((byte)t.Schema);
            w.Write(t.Entities.Count);
            foreach (var e in t.Entities) w.Write(places[e]);
            w.Write(t.Links.Count);
            foreach (var l in t.Links) WriteLink(w, l);
        }
        w.Write(links.Refused.Count);
        foreach (var r in links.Refused)
        {
            WriteLink(w, r.Link);
            w.Write(r.Conflict);
        }
    }

    /// <summary>The link set written by <see cref="Write"/> for <paramref name="entities"/> (the same entities, in the same order).</summary>
    public static LinkSet Read(BodyReader r, IReadOnlyList<WatchlistEntity> entities)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var targets = new Target[DerivedFile.ReadCount(r)];
        for (var i = 0; i < targets.Length; i++)
        {
            var (id, caption, schema) = (r.ReadString(), r.ReadString(), Schema(r.ReadByte()));
            var members = new WatchlistEntity[DerivedFile.ReadCount(r)];
            for (var m = 0; m < members.Length; m++) members[m] = entities[r.ReadInt32()];
            var joined = new EntityLink[DerivedFile.ReadCount(r)];
            for (var l = 0; l < joined.Length; l++) joined[l] = ReadLink(r);
            targets[i] = new Target(id, caption, schema, members, joined);
        }
        var refused = new RefusedLink[DerivedFile.ReadCount(r)];
        for (var i = 0; i < refused.Length; i++) refused[i] = new RefusedLink(ReadLink(r), r.ReadString());
        return new LinkSet(targets, refused, sw.Elapsed);
    }

    private static void WriteLink(BinaryWriter w, EntityLink l)
    {
        w.Write(l.From);
        w.Write(l.To);
        w.Write((byte)l.Kind);
        w.Write(l.Detail);
    }

    private static EntityLink ReadLink(BodyReader r)
    {
        var (from, to, kind) = (r.ReadString(), r.ReadString(), (LinkKind)r.ReadByte());
        if (!Enum.IsDefined(kind)) throw new InvalidDataException($"link kind {(int)kind} unknown");
        return new EntityLink(from, to, kind, r.ReadString());
    }

    private static EntitySchema Schema(byte value)
    {
        var schema = (EntitySchema)value;
        return Enum.IsDefined(schema) ? schema : throw new InvalidDataException($"schema {value} unknown");
    }
}
