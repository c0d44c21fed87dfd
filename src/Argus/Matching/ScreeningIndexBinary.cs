using System.Runtime.InteropServices;
using Argus.Model;
using Argus.Names;
using Argus.Storage;

namespace Argus.Matching;

/// <summary>
/// A built <see cref="ScreeningIndex"/> in binary form: its parsed names (each distinct token and form
/// once), its keys in id order and their postings. Reading it gives the index <see cref="ScreeningIndex.Build"/>
/// made, over the same entities in the same order, without parsing a name or deriving a key.
/// </summary>
internal static class ScreeningIndexBinary
{
    public static void Write(BinaryWriter w, ScreeningIndex index)
    {
        var parts = index.ToParts();
        var tokens = new Dictionary<NameToken, int>(ReferenceEqualityComparer.Instance);
        var forms = new Dictionary<NameForm, int>(ReferenceEqualityComparer.Instance);
        var tokenList = new List<NameToken>();
        var formList = new List<NameForm>();
        foreach (var name in parts.Names)
        {
            if (!forms.TryAdd(name.Form, formList.Count)) continue;
            formList.Add(name.Form);
            foreach (var t in name.Form.TokenArray)
                if (tokens.TryAdd(t, tokenList.Count)) tokenList.Add(t);
        }
        w.Write(tokenList.Count);
        foreach (var t in tokenList) WriteToken(w, t);
        w.Write(formList.Count);
        foreach (var f in formList) WriteForm(w, f, tokens);
        w.Write(parts.Names.Length);
        foreach (var n in parts.Names) WriteName(w, n, index.Entities[n.Entity], forms[n.Form]);
        w.Write(parts.Terms.Length);
        foreach (var t in parts.Terms) w.Write(t);
        foreach (var p in parts.Postings) WriteInts(w, p);
    }

    /// <summary>The index written by <see cref="Write"/> for <paramref name="entities"/> (the same entities, in the same order).</summary>
    public static ScreeningIndex Read(BinaryReader r, WatchlistEntity[] entities, NameComparer comparer)
    {
        var tokens = new NameToken[DerivedFile.ReadCount(r)];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = ReadToken(r);
        var forms = new NameForm[DerivedFile.ReadCount(r)];
        for (var i = 0; i < forms.Length; i++) forms[i] = ReadForm(r, tokens);
        var names = new IndexedName[DerivedFile.ReadCount(r)];
        for (var i = 0; i < names.Length; i++) names[i] = ReadName(r, entities, forms);
        var terms = new string[DerivedFile.ReadCount(r)];
        for (var i = 0; i < terms.Length; i++) terms[i] = r.ReadString();
        var postings = new int[terms.Length][];
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = ReadInts(r);
            foreach (var n in postings[i])
                if ((uint)n >= (uint)names.Length) throw new InvalidDataException($"posting {n} past the {names.Length} names");
        }
        return ScreeningIndex.FromParts(entities, new ScreeningIndex.Parts(names, terms, postings), comparer);
    }

    private static void WriteToken(BinaryWriter w, NameToken t)
    {
        w.Write(t.Text);
        w.Write(t.Source);
        w.Write(t.Key);
        w.Write((byte)t.Role);
        w.Write((byte)t.Script);
        WriteInts(w, t.Syllables);
        WriteInts(w, t.Groups);
        WriteInts(w, t.Rules);
        w.Write(t.Skeleton);
        w.Write(t.JoinedToNext);
        WriteOptional(w, t.PinyinFinal);
        w.Write(t.ChineseOnly);
    }

    private static NameToken ReadToken(BinaryReader r)
    {
        var (text, source, key) = (r.ReadString(), r.ReadString(), r.ReadString());
        var role = Defined<TokenRole>(r.ReadByte());
        var script = Defined<NameScript>(r.ReadByte());
        var (syllables, groups, rules) = (ReadInts(r), ReadInts(r), ReadInts(r));
        return new NameToken(text, source, key, role, script, syllables, groups, rules)
        {
            Skeleton = r.ReadString(),
            JoinedToNext = r.ReadBoolean(),
            PinyinFinal = ReadOptional(r),
            ChineseOnly = r.ReadBoolean(),
        };
    }

    private static void WriteForm(BinaryWriter w, NameForm f, Dictionary<NameToken, int> tokens)
    {
        w.Write(f.Original);
        w.Write(f.TokenArray.Length);
        foreach (var t in f.TokenArray) w.Write(tokens[t]);
        w.Write(f.Titles.Count);
        foreach (var t in f.Titles) w.Write(t);
        WriteOptional(w, f.LegalForm);
        w.Write((byte)f.Reading);
    }

    private static NameForm ReadForm(BinaryReader r, NameToken[] tokens)
    {
        var original = r.ReadString();
        var formTokens = new NameToken[DerivedFile.ReadCount(r)];
        for (var i = 0; i < formTokens.Length; i++) formTokens[i] = tokens[r.ReadInt32()];
        var titles = new string[DerivedFile.ReadCount(r)];
        for (var i = 0; i < titles.Length; i++) titles[i] = r.ReadString();
        return new NameForm(original, formTokens, titles, ReadOptional(r)) { Reading = Defined<NameReading>(r.ReadByte()) };
    }

    // A list name is written as its place among the entity's names (the same object comes back); a name the
    // index made (the caption of an entity without names, a combined name) as its text and kind.
    private static void WriteName(BinaryWriter w, IndexedName n, WatchlistEntity entity, int form)
    {
        w.Write(n.Entity);
        w.Write(form);
        var own = -1;
        for (var i = 0; i < entity.Names.Count && own < 0; i++)
            if (ReferenceEquals(entity.Names[i], n.Name)) own = i;
        w.Write(own);
        if (own < 0)
        {
            w.Write(n.Name.Full);
            w.Write((byte)n.Name.Kind);
        }
        w.Write(n.Combined is not null);
        if (n.Combined is { } c)
        {
            w.Write(c.Name);
            w.Write(c.FullName);
            w.Write(c.OneWord);
        }
    }

    private static IndexedName ReadName(BinaryReader r, WatchlistEntity[] entities, NameForm[] forms)
    {
        var e = r.ReadInt32();
        var entity = entities[e];
        var form = forms[r.ReadInt32()];
        var own = r.ReadInt32();
        var name = own >= 0 ? entity.Names[own] : new EntityName(r.ReadString(), Defined<NameKind>(r.ReadByte()));
        var combined = r.ReadBoolean() ? new CombinedName(r.ReadString(), r.ReadString(), r.ReadString()) : null;
        return new IndexedName(e, name, form) { Combined = combined };
    }

    private static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static int[] ReadInts(BinaryReader r)
    {
        var count = DerivedFile.ReadCount(r);
        if (count == 0) return [];
        var values = new int[count];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static T Defined<T>(byte value) where T : struct, Enum
    {
        int raw = value;
        var e = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref raw);
        return Enum.IsDefined(e) ? e : throw new InvalidDataException($"{typeof(T).Name} {value} unknown");
    }
}
