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
    private readonly FileStream _stream;
    private readonly DecodedLines _lines;
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly string _name;
    private TextLine? _first;
    private bool _started;

    public JsonLinesCustomerReader(string path, TextEncodingVerdict encoding)
    {
        _name = Path.GetFileName(path);
        (_stream, _lines) = DecodedLines.OpenFile(path, encoding);
        ProgressTotal = _stream.Length;
        var f = _lines.FirstLine(_name, "first line");
        _first = f;
        try
        {
            using var doc = JsonDocument.Parse(f.Text!);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{_name}: line {f.Number}: expected a JSON object per line");
            foreach (var (key, _) in Flatten(doc.RootElement))
                if (_index.TryAdd(key, _columns.Count)) _columns.Add(key);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{_name}: line {f.Number}: the first line is not JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidDataException($"{_name}: line {f.Number}: the first line holds a broken \\u escape: {e.Message}", e);
        }
        Description = $"JSON lines, {encoding.Name} ({encoding.Why})";
    }

    public string Description { get; }
    public IReadOnlyList<string> Columns => _columns;
    public long ProgressTotal { get; }
    public long ProgressDone => Math.Min(ProgressTotal, _lines.Position);

    public IEnumerable<InputRow> Rows()
    {
        if (_started) throw new InvalidOperationException("the rows of a customer file can be read only once");
        _started = true;
        long row = 0;
        while (true)
        {
            var next = _first ?? _lines.Next();
            _first = null;
            if (next is not { } line) yield break;
            if (line.Error is not null)
            {
                yield return InputRow.Bad(++row, $"line {line.Number}", line.Error);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            row++;
            yield return Parse(row, line.Text, line.Number);
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
        _stream.Dispose();
    }
}
