using System.Globalization;
using System.Text.Json;

namespace Argus.Batch;

/// <summary>
/// Streams a JSON-lines file: one object per line. Flat objects (<c>{"name": "…", "dob": "…"}</c>)
/// and FollowTheMoney entities (<c>{"schema": "Person", "properties": {"name": […]}}</c>) are both
/// read; arrays become multi-valued cells. The columns are the keys of the first object; keys that
/// appear only later are ignored. A line that is not a JSON object is a bad row.
/// </summary>
public sealed class JsonLinesCustomerReader : ICustomerFileReader
{
    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly string _name;
    private (string Text, long Line)? _first;
    private long _lineNumber;
    private bool _started;

    public JsonLinesCustomerReader(string path)
    {
        _name = Path.GetFileName(path);
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var head = new byte[4096];
        var n = _stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var (encoding, bom) = TextEncodingSniffer.Detect(head.AsSpan(0, n));
        _stream.Position = bom;
        _reader = new StreamReader(_stream, encoding, false, 1 << 16);
        ProgressTotal = _stream.Length;
        string? line;
        do
        {
            line = _reader.ReadLine();
            _lineNumber++;
        } while (line is not null && string.IsNullOrWhiteSpace(line));
        if (line is null) throw new InvalidDataException($"{_name}: the file is empty");
        _first = (line, _lineNumber);
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{_name}: line {_lineNumber}: expected a JSON object per line");
            foreach (var (key, _) in Flatten(doc.RootElement))
                if (_index.TryAdd(key, _columns.Count)) _columns.Add(key);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{_name}: line {_lineNumber}: the first line is not JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidDataException($"{_name}: line {_lineNumber}: the first line holds a broken \\u escape: {e.Message}", e);
        }
        Description = $"JSON lines, {TextEncodingSniffer.Name(encoding)}";
    }

    public string Description { get; }
    public IReadOnlyList<string> Columns => _columns;
    public long ProgressTotal { get; }
    public long ProgressDone => Math.Min(ProgressTotal, _stream.Position);

    public IEnumerable<InputRow> Rows()
    {
        if (_started) throw new InvalidOperationException("the rows of a customer file can be read only once");
        _started = true;
        long row = 0;
        while (true)
        {
            string? text;
            long line;
            if (_first is { } f)
            {
                (text, line) = f;
                _first = null;
            }
            else
            {
                text = _reader.ReadLine();
                line = ++_lineNumber;
            }
            if (text is null) yield break;
            if (string.IsNullOrWhiteSpace(text)) continue;
            row++;
            yield return Parse(row, text, line);
        }
    }

    private InputRow Parse(long row, string text, long line)
    {
        var location = $"line {line}";
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return InputRow.Bad(row, location, $"expected a JSON object, found {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            var values = new string?[_columns.Count];
            foreach (var (key, value) in Flatten(doc.RootElement))
                if (_index.TryGetValue(key, out var i)) values[i] = value;
            return new InputRow(row, location, values);
        }
        catch (JsonException e)
        {
            return InputRow.Bad(row, location, "not valid JSON: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // A \u escape of half a surrogate pair is valid JSON syntax but no text: it fails only when read.
            return InputRow.Bad(row, location, "a broken \\u escape: " + e.Message);
        }
    }

    /// <summary>Key/value pairs of an object; an FtM <c>properties</c> object is lifted to the top.</summary>
    private static IEnumerable<(string Key, string? Value)> Flatten(JsonElement obj)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.NameEquals("properties") && p.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var q in p.Value.EnumerateObject()) yield return (q.Name, Text(q.Value));
                continue;
            }
            yield return (p.Name, Text(p.Value));
        }
    }

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : v.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(InputRow.ValueSeparator, v.EnumerateArray().Select(Text).Where(t => !string.IsNullOrEmpty(t))),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => v.GetRawText(),
    };

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
