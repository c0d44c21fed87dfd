using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// OFAC's legacy SDN CSV set: <c>sdn.csv</c> (no header, 12 columns, Windows-1252, <c>-0-</c> = empty)
/// with the companions <c>alt.csv</c> (aliases), <c>add.csv</c> (addresses) and <c>sdn_comments.csv</c>
/// (Remarks that did not fit) read beside it when present. Dataset us_ofac_sdn, reference = ent_num.
/// </summary>
/// <remarks>
/// Weak and strong aliases: OFAC puts its strong aliases in alt.csv and writes its weak ones only in
/// Remarks, as <c>a.k.a. 'X'</c> in single quotes (no Remarks alias of the 2021 set appears in its
/// alt.csv). So alt.csv names are aliases (fka: previous names) and quoted Remarks names are weak
/// aliases (<c>f.k.a. 'X'</c>: previous names), whether alt.csv is present or not.
/// </remarks>
public sealed class OfacCsvFormat : IListFormat
{
    public const string AltFile = "alt.csv";
    public const string AddFile = "add.csv";
    public const string CommentsFile = "sdn_comments.csv";
    private const int Columns = 12;

    public string Name => "ofac-csv";

    /// <summary>
    /// Recognised by its first record: 12 fields, an entity number, a quoted name and an SDN type
    /// (individual, vessel, aircraft or -0-). The companions have other shapes (alt.csv and add.csv
    /// start with two numbers, sdn_comments.csv has two fields), so they are never taken for a list.
    /// </summary>
    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListText.Sniff(head, ListText.Windows1252);
        var newline = text.IndexOf('\n');
        if (newline < 0) return false;
        try
        {
            var first = new CsvRecordReader(text[..(newline + 1)], fileName).Next();
            return first is { Count: Columns } r && IsEntityNumber(r[0]) && Value(r[1]) is not null
                && Value(r[2]) is null or "individual" or "vessel" or "aircraft";
        }
        catch (ListFormatException)
        {
            return false;
        }
    }

    public ListSnapshot Read(ListSource source)
    {
        var text = ListText.ReadAll(source, ListText.Windows1252);
        if (text.Trim('\uFEFF', '\u001A', ' ', '\r', '\n', '\t').Length == 0)
            throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        var rows = new List<(CsvRecord Record, string Remarks)>();
        var byNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in new CsvRecordReader(text, source.Name).ReadAll())
        {
            if (r.Count != Columns)
                throw new ListFormatException(source.Name, $"line {r.Line}", $"{r.Count} fields where the SDN file has {Columns}");
            if (!IsEntityNumber(r[0]))
                throw new ListFormatException(source.Name, $"line {r.Line}", $"'{Excerpt(r[0])}' is not an entity number");
            if (Value(r[1]) is null)
                throw new ListFormatException(source.Name, $"line {r.Line}", $"entity {r[0].Trim()} has no name");
            var number = r[0].Trim();
            if (!byNumber.TryAdd(number, rows.Count))
                throw new ListFormatException(source.Name, $"line {r.Line}", $"entity number {number} appears twice");
            rows.Add((r, Value(r[11]) ?? ""));
        }
        if (rows.Count == 0) throw new ListFormatException(source.Name, "byte 0", "the file holds no record");

        var warnings = new List<string>();
        var doubts = new List<string>();
        if (MissingEndMarker(text, source.Name) is { } sdnDoubt) doubts.Add(sdnDoubt);
        var comments = ReadCompanion(source, CommentsFile, 2, doubts);
        foreach (var c in comments)
        {
            if (!byNumber.TryGetValue(c[0].Trim(), out var i)) { warnings.Add($"{CommentsFile}: line {c.Line}: entity {c[0].Trim()} is not in {source.Name}; skipped"); continue; }
            // The overflow continues the Remarks text exactly where the column was cut, mid-word.
            rows[i] = (rows[i].Record, rows[i].Remarks + (Value(c[1]) ?? ""));
        }

        var drafts = rows.Select(r => Draft(r.Record, r.Remarks)).ToList();

        foreach (var a in ReadCompanion(source, AltFile, 5, doubts))
        {
            if (!byNumber.TryGetValue(a[0].Trim(), out var i)) { warnings.Add($"{AltFile}: line {a.Line}: entity {a[0].Trim()} is not in {source.Name}; skipped"); continue; }
            var name = Value(a[3]);
            if (name is null) continue;
            var kind = Value(a[2])?.ToLowerInvariant() switch { "fka" => NameKind.PreviousName, _ => NameKind.Alias };
            var draft = drafts[i];
            draft.AddName(OfacNames.Name(name, kind, draft.Schema == EntitySchema.Person));
            if (Value(a[4]) is { } remark) draft.AddNote($"{name}: {remark}");
        }

        foreach (var a in ReadCompanion(source, AddFile, 6, doubts))
        {
            if (!byNumber.TryGetValue(a[0].Trim(), out var i)) { warnings.Add($"{AddFile}: line {a.Line}: entity {a[0].Trim()} is not in {source.Name}; skipped"); continue; }
            var country = Value(a[4]);
            var full = TextParts.Comma(Value(a[2]), Value(a[3]), country);
            drafts[i].AddAddress(full, Value(a[3]), country);
            if (Value(a[5]) is { } remark) drafts[i].AddNote($"Address {full}: {remark}");
        }

        return new ListSnapshot(Datasets.OfacSdn, Name, null, drafts.Select(d => d.Build()).ToList(), warnings,
            doubts.Count == 0 ? null : string.Join("; ", doubts));
    }

    private static EntityDraft Draft(CsvRecord r, string remarks)
    {
        var schema = Value(r[2])?.ToLowerInvariant() switch
        {
            "individual" => EntitySchema.Person,
            "vessel" => EntitySchema.Vessel,
            "aircraft" => EntitySchema.Airplane,
            _ => EntitySchema.Organization,
        };
        var draft = new EntityDraft(Datasets.OfacSdn, r[0].Trim(), schema);
        draft.AddName(OfacNames.Name(Value(r[1])!, NameKind.Primary, schema == EntitySchema.Person));
        foreach (var program in Programs(Value(r[3]))) draft.AddProgram(program);
        draft.AddPosition(Value(r[4]));
        draft.AddExtra("callSign", Value(r[5]));
        draft.AddIdentifier(IdentifierTypes.CallSign, Value(r[5]));
        draft.AddExtra("vesselType", Value(r[6]));
        draft.AddExtra("tonnage", Value(r[7]));
        draft.AddExtra("grossRegisteredTonnage", Value(r[8]));
        if (Value(r[9]) is { } flag)
        {
            draft.AddExtra("flag", CountryCodes.Of(flag) ?? flag);
            draft.AddCountry(flag);
        }
        draft.AddExtra("owner", Value(r[10]));
        OfacFacts.ApplyRemarks(draft, remarks);
        return draft;
    }

    /// <summary>"DPRK2] [DPRK3" → DPRK2, DPRK3.</summary>
    public static IEnumerable<string> Programs(string? column) =>
        (column ?? "").Split(']', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim('[', ' ')).Where(p => p.Length > 0);

    /// <summary>
    /// OFAC ends sdn.csv, alt.csv and add.csv with a control-Z (0x1A) line, the old DOS end-of-file mark;
    /// a file cut at a line end lacks it. sdn_comments.csv is published without one.
    /// </summary>
    private static string? MissingEndMarker(string text, string name) =>
        text.TrimEnd(' ', '\r', '\n', '\t').EndsWith('\u001A')
            ? null
            : $"{name}: end of file: no end-of-file marker (the control-Z line OFAC ends the file with)";

    private static IReadOnlyList<CsvRecord> ReadCompanion(ListSource source, string file, int columns, List<string> doubts)
    {
        using var stream = source.OpenCompanion(file);
        if (stream is null) return [];
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var name = $"{file} (beside {Path.GetFileName(source.Name)})";
        var text = ListText.Decode(ms.ToArray(), ListText.Windows1252, name);
        if (file != CommentsFile && MissingEndMarker(text, name) is { } doubt) doubts.Add(doubt);
        var records = new List<CsvRecord>();
        foreach (var r in new CsvRecordReader(text, name).ReadAll())
        {
            if (r.Count != columns)
                throw new ListFormatException(name, $"line {r.Line}", $"{r.Count} fields where {file} has {columns}");
            if (!IsEntityNumber(r[0]))
                throw new ListFormatException(name, $"line {r.Line}", $"'{Excerpt(r[0])}' is not an entity number");
            records.Add(r);
        }
        return records;
    }

    /// <summary>The field's text, or null for OFAC's empty marker "-0-" and blanks.</summary>
    public static string? Value(string field)
    {
        var t = field.Trim();
        return t.Length == 0 || t == "-0-" ? null : t;
    }

    private static bool IsEntityNumber(string field)
    {
        var t = field.Trim();
        return t.Length is > 0 and < 12 && t.All(char.IsAsciiDigit);
    }

    private static string Excerpt(string s) => s.Length > 30 ? s[..30] + "…" : s;
}
