using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Format "names-csv": a user's own list as a simple CSV of names, one entity a row, UTF-8, comma
/// separated, with a header naming its columns (any order, case-insensitive; see docs/own-lists.md):
/// <c>name</c> (required), <c>id</c>, <c>schema</c>, <c>aliases</c>, <c>birth_date</c>, <c>country</c>,
/// <c>nationality</c>, <c>gender</c>, <c>program</c>, <c>notes</c>. Cells of the list columns hold
/// several values separated by <c>;</c>.
/// </summary>
/// <remarks>
/// <para>Recognised only by a header whose every column is one of these and that has <c>name</c>, so a
/// customer file with its own columns is never taken for a list.</para>
/// <para>Reference: the <c>id</c> cell; without an id column, the name in lower case with its words
/// joined by '-', and the first birth date (stable across versions while the row is unchanged). Dataset:
/// the file name up to its first dot, unless the import names one.</para>
/// <para>A user's list is the user's own data, so nothing is guessed: a row without a name, an unknown
/// schema, gender or country, a date that is not one, a repeated reference or bytes that are not UTF-8
/// refuse the whole file, naming the line and column.</para>
/// </remarks>
public sealed class NamesCsvFormat : IListFormat
{
    private const char Separator = ';';

    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "name",
        ["id"] = "id", ["reference"] = "id",
        ["schema"] = "schema", ["type"] = "schema",
        ["aliases"] = "aliases", ["alias"] = "aliases",
        ["birth_date"] = "birth_date", ["birthdate"] = "birth_date", ["dob"] = "birth_date", ["date_of_birth"] = "birth_date",
        ["country"] = "country", ["countries"] = "country",
        ["nationality"] = "nationality", ["nationalities"] = "nationality",
        ["gender"] = "gender",
        ["program"] = "program", ["programme"] = "program",
        ["notes"] = "notes", ["note"] = "notes",
    };

    public string Name => "names-csv";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head);
        var newline = text.IndexOf('\n');
        var header = (newline < 0 ? text : text[..newline]).TrimEnd('\r');
        var columns = header.Split(',').Select(Normalise).ToList();
        return columns.Contains("name") && columns.All(Columns.ContainsKey);
    }

    public ListSnapshot Read(ListSource source)
    {
        var text = DecodeStrict(source);
        var reader = new CsvRecordReader(text, source.Name);
        var header = reader.Next() ?? throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var key = Normalise(header[i]);
            if (!Columns.TryGetValue(key, out var column))
                throw new ListFormatException(source.Name, $"line {header.Line}, column {i + 1}",
                    $"unknown column '{header[i].Trim()}'; the columns are {string.Join(", ", Columns.Values.Distinct())}");
            if (!index.TryAdd(column, i))
                throw new ListFormatException(source.Name, $"line {header.Line}, column {i + 1}", $"the column {column} appears twice");
        }
        if (!index.ContainsKey("name"))
            throw new ListFormatException(source.Name, $"line {header.Line}", "no 'name' column");

        var dataset = DatasetNames.FromFileName(source.Name);
        var entities = new List<WatchlistEntity>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in reader.ReadAll())
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace)) continue;
            var row = new Row(source.Name, record, index);
            var entity = Build(row, dataset);
            if (!lineOf.TryAdd(entity.Reference, record.Line))
                throw new ListFormatException(source.Name, $"line {record.Line}",
                    $"the reference '{entity.Reference}' repeats line {lineOf[entity.Reference]}" + (index.ContainsKey("id") ? "" : "; add an id column to tell the rows apart"));
            entities.Add(entity);
        }
        if (entities.Count == 0) throw new ListFormatException(source.Name, "line 2", "the file holds a header but no row");
        return new ListSnapshot(dataset, Name, null, entities, []);
    }

    private static WatchlistEntity Build(Row row, string dataset)
    {
        var name = row.Cell("name") ?? throw row.Fault("name", "no name: every row needs one");
        var schema = EntitySchema.LegalEntity;
        if (row.Cell("schema") is { } s && (!EntitySchemas.TryParse(s, out schema) || schema == EntitySchema.Thing))
            throw row.Fault("schema", $"unknown schema '{s}'; use Person, Organization, Company, LegalEntity, Vessel or Airplane");
        var dates = new List<FuzzyDate>();
        foreach (var d in row.Values("birth_date"))
            dates.Add(FuzzyDate.TryParse(d, out var fd) && fd is not null ? fd : throw row.Fault("birth_date", $"'{d}' is not a date; write 1948, 1960-04 or 1960-04-04"));

        var reference = row.Cell("id") ?? Slug(name) + (row.Values("birth_date").FirstOrDefault() is { } first ? "-" + first : "");
        var draft = new EntityDraft(dataset, reference, schema);
        draft.AddName(new EntityName(name, NameKind.Primary));
        foreach (var alias in row.Values("aliases")) draft.AddName(new EntityName(alias, NameKind.Alias));
        draft.AddBirthDates(dates);
        foreach (var c in row.Values("country"))
            if (!draft.AddCountry(c)) throw row.Fault("country", $"'{c}' is not a country Argus knows; use an ISO code such as kp or a name");
        foreach (var c in row.Values("nationality"))
            if (!draft.AddNationality(c)) throw row.Fault("nationality", $"'{c}' is not a country Argus knows; use an ISO code such as kp or a name");
        if (row.Cell("gender") is { } g)
        {
            draft.SetGender(g);
            if (draft.Gender is null) throw row.Fault("gender", $"'{g}' is not a gender; write male or female");
        }
        foreach (var p in row.Values("program")) draft.AddProgram(p);
        if (row.Cell("notes") is { } notes) draft.AddNote(notes);
        return draft.Build();
    }

    /// <summary>The cells of one row by column, with faults naming the line and column.</summary>
    private sealed class Row(string source, CsvRecord record, IReadOnlyDictionary<string, int> index)
    {
        public string? Cell(string column) =>
            index.TryGetValue(column, out var i) && i < record.Count ? EntityDraft.CleanOrNull(record[i]) : null;

        public IEnumerable<string> Values(string column) =>
            (Cell(column) ?? "").Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        public ListFormatException Fault(string column, string problem) =>
            new(source, $"line {record.Line}, column {column}", problem);
    }

    private static string Slug(string name)
    {
        var spaced = new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        return string.Join('-', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Normalise(string column) =>
        column.Trim().Trim('"').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>UTF-8 (a byte-order mark is allowed) or nothing: a user's file is refused at its first bad byte.</summary>
    private static string DecodeStrict(ListSource source)
    {
        byte[] bytes;
        using (var s = source.Open())
        using (var copy = new MemoryStream())
        {
            s.CopyTo(copy);
            bytes = copy.ToArray();
        }
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
            throw new ListFormatException(source.Name, $"byte {read + (bytes.Length - span.Length)}", "not UTF-8 text; save the list as UTF-8");
        return new string(chars, 0, written);
    }
}
