using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// Listed entities in a compact binary form for <see cref="ActiveSnapshotCache"/>: every field of
/// <see cref="WatchlistEntity"/>, in declaration order, so that reading back gives an equal entity.
/// Reading it costs a fraction of parsing the stored JSON.
/// </summary>
internal static class EntityBinary
{
    public static void Write(BinaryWriter w, WatchlistEntity e)
    {
        w.Write(e.Id);
        w.Write(e.Dataset);
        w.Write(e.Reference);
        w.Write((int)e.Schema);
        w.Write(e.Caption);
        WriteList(w, e.Names, WriteName);
        WriteList(w, e.BirthDates, WriteFuzzyDate);
        WriteList(w, e.BirthPlaces, (w, p) => { w.Write(p.Text); WriteOptional(w, p.Country); });
        WriteList(w, e.Nationalities, (w, s) => w.Write(s));
        WriteList(w, e.Countries, (w, s) => w.Write(s));
        WriteOptional(w, e.Gender);
        WriteList(w, e.Identifiers, (w, i) => { w.Write(i.Type); w.Write(i.Number); WriteOptional(w, i.Country); WriteOptional(w, i.Note); });
        WriteList(w, e.Addresses, (w, a) => { w.Write(a.Full); WriteOptional(w, a.City); WriteOptional(w, a.Country); });
        WriteList(w, e.Programs, (w, s) => w.Write(s));
        WriteList(w, e.Positions, (w, s) => w.Write(s));
        WriteOptionalDate(w, e.ListingDate);
        WriteOptionalDate(w, e.ModifiedAt);
        WriteList(w, e.Notes, (w, s) => w.Write(s));
        w.Write(e.Extra.Count);
        foreach (var (key, values) in e.Extra)
        {
            w.Write(key);
            WriteList(w, values, (w, s) => w.Write(s));
        }
    }

    public static WatchlistEntity Read(BinaryReader r)
    {
        var id = r.ReadString();
        var dataset = r.ReadString();
        var reference = r.ReadString();
        var schema = (EntitySchema)r.ReadInt32();
        var caption = r.ReadString();
        var entity = new WatchlistEntity
        {
            Id = id,
            Dataset = dataset,
            Reference = reference,
            Schema = schema,
            Caption = caption,
            Names = ReadList(r, ReadName),
            BirthDates = ReadList(r, ReadFuzzyDate),
            BirthPlaces = ReadList(r, r => new Place(r.ReadString(), ReadOptional(r))),
            Nationalities = ReadList(r, r => r.ReadString()),
            Countries = ReadList(r, r => r.ReadString()),
            Gender = ReadOptional(r),
            Identifiers = ReadList(r, r => new Identifier(r.ReadString(), r.ReadString(), ReadOptional(r), ReadOptional(r))),
            Addresses = ReadList(r, r => new Address(r.ReadString(), ReadOptional(r), ReadOptional(r))),
            Programs = ReadList(r, r => r.ReadString()),
            Positions = ReadList(r, r => r.ReadString()),
            ListingDate = ReadOptionalDate(r),
            ModifiedAt = ReadOptionalDate(r),
            Notes = ReadList(r, r => r.ReadString()),
        };
        var extraCount = ReadCount(r);
        if (extraCount == 0) return entity;
        var extra = new Dictionary<string, IReadOnlyList<string>>(extraCount);
        for (var i = 0; i < extraCount; i++) extra[r.ReadString()] = ReadList(r, r => r.ReadString());
        return entity with { Extra = extra };
    }

    private static void WriteName(BinaryWriter w, EntityName n)
    {
        w.Write(n.Full);
        w.Write((int)n.Kind);
        WriteOptional(w, n.Given);
        WriteOptional(w, n.Middle);
        WriteOptional(w, n.Father);
        WriteOptional(w, n.Family);
        WriteOptional(w, n.Language);
    }

    private static EntityName ReadName(BinaryReader r) => new(r.ReadString(), (NameKind)r.ReadInt32())
    {
        Given = ReadOptional(r),
        Middle = ReadOptional(r),
        Father = ReadOptional(r),
        Family = ReadOptional(r),
        Language = ReadOptional(r),
    };

    private static void WriteFuzzyDate(BinaryWriter w, FuzzyDate d)
    {
        WriteDate(w, d.Start);
        WriteOptionalDate(w, d.End);
        w.Write(d.Circa);
    }

    private static FuzzyDate ReadFuzzyDate(BinaryReader r) => new(ReadDate(r), ReadOptionalDate(r), r.ReadBoolean());

    private static void WriteDate(BinaryWriter w, PartialDate d)
    {
        w.Write(d.Year);
        w.Write(d.Month ?? 0);
        w.Write(d.Day ?? 0);
    }

    private static PartialDate ReadDate(BinaryReader r)
    {
        var (year, month, day) = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
    }

    private static void WriteOptionalDate(BinaryWriter w, PartialDate? d)
    {
        w.Write(d.HasValue);
        if (d is { } date) WriteDate(w, date);
    }

    private static PartialDate? ReadOptionalDate(BinaryReader r) => r.ReadBoolean() ? ReadDate(r) : null;

    private static void WriteOptional(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    private static T[] ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = ReadCount(r);
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(r);
        return items;
    }

    // A count past what the rest of the file could hold is damage, not data: refuse it before allocating.
    private static int ReadCount(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
            throw new InvalidDataException($"a list of {count} items where {r.BaseStream.Length - r.BaseStream.Position} bytes remain");
        return count;
    }
}
