using System.Text;

namespace Argus.Batch;

/// <summary>
/// Streams a delimited text file (comma, semicolon, tab or pipe, sniffed from the header) in any of the
/// encoding <see cref="TextEncodingSniffer"/> tells from the whole file, line by line through
/// <see cref="DecodedLines"/> (a line that cannot be decoded is a bad row). Quoted fields may hold delimiters, doubled
/// quotes and line breaks. A record whose quoting is broken is reported as a bad row and reading
/// goes on with the next line, so one broken quote never swallows the rest of the file.
/// </summary>
public sealed class CsvCustomerReader : ICustomerFileReader
{
    /// <summary>Most physical lines one quoted field may span before its quote is judged unclosed.</summary>
    public const int MaxLinesPerRecord = 10;

    private static readonly char[] CandidateDelimiters = [',', ';', '\t', '|'];

    private readonly FileStream _stream;
    private readonly DecodedLines _lines;
    private readonly LinkedList<TextLine> _pushedBack = new();
    private readonly string _name;
    private bool _started;

    public CsvCustomerReader(string path, TextEncodingVerdict encoding)
    {
        _name = Path.GetFileName(path);
        (_stream, _lines) = DecodedLines.OpenFile(path, encoding);
        ProgressTotal = _stream.Length;

        var h = _lines.FirstLine(_name, "header line", NextLine);
        var header = h.Text!;
        Delimiter = SniffDelimiter(header);
        var (fields, state, _) = ParseRecord(header, Delimiter);
        if (state != RecordState.Complete)
            throw new InvalidDataException($"{_name}: line {h.Number}: the header line has broken quoting");
        Columns = fields.Select(f => (f ?? "").Trim()).ToArray();
        Description = $"CSV, {encoding.Name}{(encoding.BomLength > 0 ? " with byte-order mark" : "")} ({encoding.Why}), delimiter {DelimiterName(Delimiter)}";
    }

    public char Delimiter { get; }
    public string Description { get; }
    public IReadOnlyList<string> Columns { get; }
    public long ProgressTotal { get; }
    public long ProgressDone => Math.Min(ProgressTotal, _lines.Position);

    public IEnumerable<InputRow> Rows()
    {
        if (_started) throw new InvalidOperationException("the rows of a customer file can be read only once");
        _started = true;
        long row = 0;
        while (true)
        {
            if (NextLine() is not { } next) yield break;
            if (next.Error is not null)
            {
                yield return InputRow.Bad(++row, $"line {next.Number}", next.Error);
                continue;
            }
            var text = next.Text!;
            if (text.Length == 0 || string.IsNullOrWhiteSpace(text)) continue;
            row++;
            yield return ReadRecord(row, text, next.Number);
        }
    }

    private InputRow ReadRecord(long row, string first, long line)
    {
        var location = $"line {line}";
        var (fields, state, column) = ParseRecord(first, Delimiter);
        if (state == RecordState.Complete)
        {
            return fields.Count > Columns.Count
                ? InputRow.Bad(row, location, $"{fields.Count} fields where the header has {Columns.Count} (an unquoted '{DelimiterName(Delimiter)}' inside a value?)")
                : new InputRow(row, location, fields);
        }
        if (state == RecordState.TextAfterQuote)
            return InputRow.Bad(row, location, $"broken quoting: text after a closing quote in field {column}");

        // A quote is open at the end of the line: the field may legitimately span lines.
        var consumed = new List<TextLine>();
        var text = new StringBuilder(first);
        while (state == RecordState.OpenQuote && consumed.Count < MaxLinesPerRecord - 1)
        {
            if (NextLine() is not { } next) break;
            consumed.Add(next);
            // A line that cannot be decoded ends the record: it is reported as a row of its own.
            if (next.Error is not null) break;
            text.Append('\n').Append(next.Text);
            (fields, state, column) = ParseRecord(text.ToString(), Delimiter);
        }
        if (state == RecordState.Complete && fields.Count <= Columns.Count)
            return new InputRow(row, $"lines {line}-{consumed[^1].Number}", fields);

        // Give the lines after the broken one back: they are records of their own.
        for (var i = consumed.Count - 1; i >= 0; i--) _pushedBack.AddFirst(consumed[i]);
        return InputRow.Bad(row, location, state == RecordState.Complete
            ? $"broken quoting: a quote in field {FirstOpenQuoteField(first)} runs over {consumed.Count + 1} lines and gives {fields.Count} fields where the header has {Columns.Count}"
            : $"broken quoting: the quote opened in field {FirstOpenQuoteField(first)} is never closed");
    }

    private int FirstOpenQuoteField(string line) => ParseRecord(line, Delimiter).Column;

    private TextLine? NextLine()
    {
        if (_pushedBack.First is { } node)
        {
            _pushedBack.RemoveFirst();
            return node.Value;
        }
        return _lines.Next();
    }

    internal enum RecordState { Complete, OpenQuote, TextAfterQuote }

    /// <summary>Splits one record; <c>Column</c> is the 1-based field where quoting failed.</summary>
    internal static (List<string?> Fields, RecordState State, int Column) ParseRecord(string s, char delimiter)
    {
        var fields = new List<string?>(16);
        var i = 0;
        StringBuilder? sb = null;
        while (true)
        {
            var start = i;
            while (i < s.Length && s[i] == ' ') i++;
            if (i < s.Length && s[i] == '"')
            {
                sb = sb?.Clear() ?? new StringBuilder();
                i++;
                while (true)
                {
                    var q = s.IndexOf('"', i);
                    if (q < 0) return (fields, RecordState.OpenQuote, fields.Count + 1);
                    sb.Append(s, i, q - i);
                    if (q + 1 < s.Length && s[q + 1] == '"')
                    {
                        sb.Append('"');
                        i = q + 2;
                        continue;
                    }
                    i = q + 1;
                    break;
                }
                while (i < s.Length && s[i] == ' ') i++;
                fields.Add(sb.ToString());
                if (i == s.Length) return (fields, RecordState.Complete, 0);
                if (s[i] != delimiter) return (fields, RecordState.TextAfterQuote, fields.Count);
                i++;
                continue;
            }
            var d = s.IndexOf(delimiter, start);
            if (d < 0)
            {
                fields.Add(s[start..]);
                return (fields, RecordState.Complete, 0);
            }
            fields.Add(s[start..d]);
            i = d + 1;
        }
    }

    internal static char SniffDelimiter(string header)
    {
        var counts = new int[CandidateDelimiters.Length];
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted)
                for (var k = 0; k < CandidateDelimiters.Length; k++)
                    if (c == CandidateDelimiters[k]) counts[k]++;
        }
        var best = 0;
        for (var k = 1; k < counts.Length; k++)
            if (counts[k] > counts[best]) best = k;
        return CandidateDelimiters[best];
    }

    private static string DelimiterName(char d) => d switch { '\t' => "tab", _ => d.ToString() };

    public void Dispose()
    {
        _stream.Dispose();
    }
}
