using System.Runtime.InteropServices;
using Argus.Model;
using Argus.Names;
using Argus.Storage;

namespace Argus.Matching;

/// <summary>
/// A built <see cref="ScreeningIndex"/> in binary form: its parsed names (each distinct token and form
/// once), its keys in id order and their postings (written first, so that a reader builds the key table
/// while it reads the names). Reading it gives the index <see cref="ScreeningIndex.Build"/>
/// made, over the same entities in the same order, without parsing a name or deriving a key.
/// </summary>
internal static class ScreeningIndexBinary
{
    public static void Write(BinaryWriter w, ScreeningIndex index)
    {
        var parts = index.ToParts();
        // The keys first: a reader puts them in their table while it reads the names.
        w.Write(parts.Terms.Length);
        foreach (var t in parts.Terms) w.Write(t);
        foreach (var p in parts.Postings) WriteInts(w, p);
        // Tokens are immutable and never told apart by reference: one of equal content stands for all
        // (the same name part recurs in many names). Forms keep their sharing, which the index numbers.
        var tokens = new Dictionary<NameToken, int>(ReferenceEqualityComparer.Instance);
        var byContent = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<NameForm, int>(ReferenceEqualityComparer.Instance);
        var tokenList = new List<NameToken>();
        var formList = new List<NameForm>();
        foreach (var name in parts.Names)
        {
            if (!forms.TryAdd(name.Form, formList.Count)) continue;
            formList.Add(name.Form);
            foreach (var t in name.Form.TokenArray)
            {
                if (tokens.ContainsKey(t)) continue;
                if (!byContent.TryGetValue(ContentOf(t), out var number)) byContent[ContentOf(t)] = number = tokenList.Count;
                if (number == tokenList.Count) tokenList.Add(t);
                tokens[t] = number;
            }
        }
        var strings = new StringTable();
        foreach (var t in tokenList) strings.AddAll(t.Text, t.Source, t.Key, t.Skeleton, t.PinyinFinal);
        foreach (var f in formList) strings.AddAll([f.Original, f.LegalForm, .. f.Titles]);
        strings.WriteTo(w);
        w.Write(tokenList.Count);
        foreach (var t in tokenList) WriteToken(w, t, strings);
        w.Write(formList.Count);
        foreach (var f in formList) WriteForm(w, f, tokens, strings);
        w.Write(parts.Names.Length);
        foreach (var n in parts.Names) WriteName(w, n, index.Entities[n.Entity], forms[n.Form]);
    }

    /// <summary>
    /// An index read from its file, not yet joined to its entities: everything but the list names, which
    /// are the entities' own objects, so that the file is read while the entities are.
    /// </summary>
    internal sealed class Unbound(Task<Dictionary<string, int>> termIds, int[][] postings, StoredName[] names)
    {
        /// <summary>The index over <paramref name="entities"/> (those it was built from, in the same order).</summary>
        public ScreeningIndex Bind(WatchlistEntity[] entities, NameComparer comparer)
        {
            var bound = new IndexedName[names.Length];
            for (var i = 0; i < names.Length; i++) bound[i] = names[i].Bind(entities);
            Argus.Screening.StartStages.Mark("index names bound");
            try
            {
                return ScreeningIndex.FromParts(entities, bound, termIds.Result, postings, comparer);
            }
            catch (AggregateException e) when (e.InnerException is ArgumentException inner)
            {
                throw new InvalidDataException("a key stands twice in the index file", inner);
            }
        }
    }

    /// <summary>A name as the file holds it: its entity by place, and its list name by place among the entity's names (-1: <see cref="Full"/> and <see cref="Kind"/>).</summary>
    internal readonly record struct StoredName(int Entity, NameForm Form, int Own, string? Full, NameKind Kind, CombinedName? Combined)
    {
        public IndexedName Bind(WatchlistEntity[] entities)
        {
            var entity = entities[Entity];
            var name = Own >= 0 ? entity.Names[Own] : new EntityName(Full!, Kind);
            return new IndexedName(Entity, name, Form) { Combined = Combined };
        }
    }

    /// <summary>The index written by <see cref="Write"/>, to be joined to its entities (<see cref="Unbound.Bind"/>).</summary>
    public static Unbound Read(BodyReader r)
    {
        var terms = new string[DerivedFile.ReadCount(r)];
        for (var i = 0; i < terms.Length; i++) terms[i] = r.ReadString();
        var postings = new int[terms.Length][];
        for (var i = 0; i < postings.Length; i++) postings[i] = ReadInts(r);
        Argus.Screening.StartStages.Mark("index terms+postings read");
        var termIds = Task.Run(() => { var t = ScreeningIndex.TermIds(terms); Argus.Screening.StartStages.Mark("index term table"); return t; });
        r.ReadStringTable();
        Argus.Screening.StartStages.Mark("index strings read");
        var tokens = new NameToken[DerivedFile.ReadCount(r)];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = ReadToken(r);
        Argus.Screening.StartStages.Mark("index tokens read");
        var forms = new NameForm[DerivedFile.ReadCount(r)];
        for (var i = 0; i < forms.Length; i++) forms[i] = ReadForm(r, tokens);
        Argus.Screening.StartStages.Mark("index forms read");
        var names = new StoredName[DerivedFile.ReadCount(r)];
        for (var i = 0; i < names.Length; i++) names[i] = ReadName(r, forms);
        foreach (var list in postings)
            foreach (var n in list)
                if ((uint)n >= (uint)names.Length) throw new InvalidDataException($"posting {n} past the {names.Length} names");
        Argus.Screening.StartStages.Mark("index names read");
        return new Unbound(termIds, postings, names);
    }

    // Every field of a token, so that tokens of equal content (and only those) are written once.
    private static string ContentOf(NameToken t) =>
        string.Join('\u0001', t.Text, t.Source, t.Key, (int)t.Role, (int)t.Script, string.Join(',', t.Syllables), string.Join(',', t.Groups),
            string.Join(',', t.Rules), t.Skeleton, t.JoinedToNext, t.PinyinFinal ?? "\u0002", t.ChineseOnly);

    private static void WriteToken(BinaryWriter w, NameToken t, StringTable strings)
    {
        w.Write(strings[t.Text]);
        w.Write(strings[t.Source]);
        w.Write(strings[t.Key]);
        w.Write((byte)t.Role);
        w.Write((byte)t.Script);
        WriteInts(w, t.Syllables);
        WriteInts(w, t.Groups);
        WriteInts(w, t.Rules);
        w.Write(strings[t.Skeleton]);
        w.Write(t.JoinedToNext);
        w.Write(strings[t.PinyinFinal]);
        w.Write(t.ChineseOnly);
    }

    private static NameToken ReadToken(BodyReader r)
    {
        var (text, source, key) = (Text(r), Text(r), Text(r));
        var role = Defined<TokenRole>(r.ReadByte());
        var script = Defined<NameScript>(r.ReadByte());
        var (syllables, groups, rules) = (ReadInts(r), ReadInts(r), ReadInts(r));
        return new NameToken(text, source, key, role, script, syllables, groups, rules)
        {
            Skeleton = Text(r),
            JoinedToNext = r.ReadBoolean(),
            PinyinFinal = r.ReadSharedOrNull(),
            ChineseOnly = r.ReadBoolean(),
        };
    }

    private static void WriteForm(BinaryWriter w, NameForm f, Dictionary<NameToken, int> tokens, StringTable strings)
    {
        w.Write(strings[f.Original]);
        w.Write(f.TokenArray.Length);
        foreach (var t in f.TokenArray) w.Write(tokens[t]);
        w.Write(f.Titles.Count);
        foreach (var t in f.Titles) w.Write(strings[t]);
        w.Write(strings[f.LegalForm]);
        w.Write((byte)f.Reading);
    }

    private static NameForm ReadForm(BodyReader r, NameToken[] tokens)
    {
        var original = Text(r);
        var formTokens = new NameToken[DerivedFile.ReadCount(r)];
        for (var i = 0; i < formTokens.Length; i++) formTokens[i] = tokens[r.ReadInt32()];
        var titles = new string[DerivedFile.ReadCount(r)];
        for (var i = 0; i < titles.Length; i++) titles[i] = Text(r);
        return new NameForm(original, formTokens, titles, r.ReadSharedOrNull()) { Reading = Defined<NameReading>(r.ReadByte()) };
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

    private static StoredName ReadName(BodyReader r, NameForm[] forms)
    {
        var (entity, form, own) = (r.ReadInt32(), forms[r.ReadInt32()], r.ReadInt32());
        var (full, kind) = own >= 0 ? (null, NameKind.Primary) : (r.ReadString(), Defined<NameKind>(r.ReadByte()));
        var combined = r.ReadBoolean() ? new CombinedName(r.ReadString(), r.ReadString(), r.ReadString()) : null;
        return new StoredName(entity, form, own, full, kind, combined);
    }

    private static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static int[] ReadInts(BodyReader r) => r.ReadInts();

    // A string of the table that is never null: a null number is damage.
    private static string Text(BodyReader r) => r.ReadSharedOrNull() ?? throw new InvalidDataException("a string that cannot be null is null");

    private static T Defined<T>(byte value) where T : struct, Enum
    {
        int raw = value;
        var e = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref raw);
        return Enum.IsDefined(e) ? e : throw new InvalidDataException($"{typeof(T).Name} {value} unknown");
    }
}
