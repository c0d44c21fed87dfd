using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// Listed entities in a compact binary form for <see cref="ActiveSnapshotCache"/>: every field of
/// <see cref="WatchlistEntity"/>, in declaration order, so that reading back gives an equal entity. Every
/// string is the number of its entry in the file's <see cref="StringTable"/> (-1 for null), read before the
/// entities (<see cref="BodyReader.ReadStringTable"/>). Reading it costs a fraction of parsing the stored JSON.
/// </summary>
internal static class EntityBinary
{
    public static void Write(BinaryWriter w, WatchlistEntity e, StringTable strings)
    {
        void S(string? s) => w.Write(strings.Number(s));
        void Strings(IReadOnlyList<string> items)
        {
            w.Write(items.Count);
            foreach (var s in items) S(s);
        }
        S(e.Id);
        S(e.Dataset);
        S(e.Reference);
        w.Write((int)e.Schema);
        S(e.Caption);
        w.Write(e.Names.Count);
        foreach (var n in e.Names)
        {
            S(n.Full);
            w.Write((int)n.Kind);
            S(n.Given);
            S(n.Middle);
            S(n.Father);
            S(n.Family);
            S(n.Language);
        }
        WriteList(w, e.BirthDates, WriteFuzzyDate);
        w.Write(e.BirthPlaces.Count);
        foreach (var p in e.BirthPlaces) { S(p.Text); S(p.Country); }
        Strings(e.Nationalities);
        Strings(e.Countries);
        S(e.Gender);
        w.Write(e.Identifiers.Count);
        foreach (var i in e.Identifiers) { S(i.Type); S(i.Number); S(i.Country); S(i.Note); }
        w.Write(e.Addresses.Count);
        foreach (var a in e.Addresses) { S(a.Full); S(a.City); S(a.Country); }
        Strings(e.Programs);
        Strings(e.Positions);
        WriteOptionalDate(w, e.ListingDate);
        WriteOptionalDate(w, e.ModifiedAt);
        Strings(e.Notes);
        w.Write(e.Extra.Count);
        foreach (var (key, values) in e.Extra)
        {
            S(key);
            Strings(values);
        }
    }

    public static WatchlistEntity Read(BodyReader r)
    {
        var id = Text(r);
        var dataset = Text(r);
        var reference = Text(r);
        var schema = (EntitySchema)r.ReadInt32();
        var caption = Text(r);
        var entity = new WatchlistEntity
        {
            Id = id,
            Dataset = dataset,
            Reference = reference,
            Schema = schema,
            Caption = caption,
            Names = ReadList(r, ReadName),
            BirthDates = ReadList(r, ReadFuzzyDate),
            BirthPlaces = ReadList(r, r => new Place(Text(r), r.ReadSharedOrNull())),
            Nationalities = ReadList(r, Text),
            Countries = ReadList(r, Text),
            Gender = r.ReadSharedOrNull(),
            Identifiers = ReadList(r, r => new Identifier(Text(r), Text(r), r.ReadSharedOrNull(), r.ReadSharedOrNull())),
            Addresses = ReadList(r, r => new Address(Text(r), r.ReadSharedOrNull(), r.ReadSharedOrNull())),
            Programs = ReadList(r, Text),
            Positions = ReadList(r, Text),
            ListingDate = ReadOptionalDate(r),
            ModifiedAt = ReadOptionalDate(r),
            Notes = ReadList(r, Text),
        };
        var extraCount = r.ReadCount();
        if (extraCount == 0) return entity;
        var extra = new Dictionary<string, IReadOnlyList<string>>(extraCount);
        for (var i = 0; i < extraCount; i++) extra[Text(r)] = ReadList(r, Text);
        return entity with { Extra = extra };
    }

    // A field that is never null: a null number is damage.
    private static string Text(BodyReader r) => r.ReadSharedOrNull() ?? throw new InvalidDataException("a string that cannot be null is null");

    private static EntityName ReadName(BodyReader r) => new(Text(r), (NameKind)r.ReadInt32())
    {
        Given = r.ReadSharedOrNull(),
        Middle = r.ReadSharedOrNull(),
        Father = r.ReadSharedOrNull(),
        Family = r.ReadSharedOrNull(),
        Language = r.ReadSharedOrNull(),
    };

    private static void WriteFuzzyDate(BinaryWriter w, FuzzyDate d)
    {
        WriteDate(w, d.Start);
        WriteOptionalDate(w, d.End);
        w.Write(d.Circa);
    }

    private static FuzzyDate ReadFuzzyDate(BodyReader r) => new(ReadDate(r), ReadOptionalDate(r), r.ReadBoolean());

    private static void WriteDate(BinaryWriter w, PartialDate d)
    {
        w.Write(d.Year);
        w.Write(d.Month ?? 0);
        w.Write(d.Day ?? 0);
    }

    private static PartialDate ReadDate(BodyReader r)
    {
        var (year, month, day) = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
    }

    private static void WriteOptionalDate(BinaryWriter w, PartialDate? d)
    {
        w.Write(d.HasValue);
        if (d is { } date) WriteDate(w, date);
    }

    private static PartialDate? ReadOptionalDate(BodyReader r) => r.ReadBoolean() ? ReadDate(r) : null;

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    private static T[] ReadList<T>(BodyReader r, Func<BodyReader, T> read)
    {
        var count = r.ReadCount();
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(r);
        return items;
    }
}
