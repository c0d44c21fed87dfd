namespace Argus.Sources;

/// <summary>One CSV record: its fields and the line it starts on (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => Fields[index];
    public int Count => Fields.Count;
}

/// <summary>
/// A strict RFC 4180 reader over text already in memory. It reports a quote that is never closed or
/// text after a closing quote as a <see cref="ListFormatException"/> naming the file and line, so that a
/// damaged file is refused instead of being read into shifted fields.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly string _text;
    private readonly string _name;
    private readonly char _delimiter;
    private int _pos;
    private int _line = 1;

    public CsvRecordReader(string text, string name, char delimiter = ',')
    {
        _text = text;
        _name = name;
        _delimiter = delimiter;
    }

    /// <summary>All records; blank lines and a trailing DOS end-of-file mark (Ctrl-Z) are skipped.</summary>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (Next() is { } record) yield return record;
    }

    /// <summary>The next record, or null at the end of the text.</summary>
    public CsvRecord? Next()
    {
        while (true)
        {
            if (_pos >= _text.Length) return null;
            var c = _text[_pos];
            if (c == '\r' || c == '\n') { ConsumeNewline(); continue; }
            if (c == '\u001A' && IsOnlyWhitespaceAfter(_pos + 1)) { _pos = _text.Length; return null; }
            break;
        }
        var startLine = _line;
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            string field;
            if (_pos < _text.Length && _text[_pos] == '"')
            {
                var quoteLine = _line;
                _pos++;
                sb.Clear();
                while (true)
                {
                    var close = _text.IndexOf('"', _pos);
                    if (close < 0)
                        throw new ListFormatException(_name, $"line {quoteLine}, field {fields.Count + 1}",
                            "a quoted field is never closed (broken quote or truncated file)");
                    _line += CountLines(_pos, close);
                    sb.Append(_text, _pos, close - _pos);
                    _pos = close + 1;
                    if (_pos < _text.Length && _text[_pos] == '"') { sb.Append('"'); _pos++; continue; }
                    break;
                }
                field = sb.ToString();
                if (_pos < _text.Length && _text[_pos] != _delimiter && _text[_pos] != '\r' && _text[_pos] != '\n')
                {
                    // Tolerate spaces after a closing quote, but nothing else.
                    var p = _pos;
                    while (p < _text.Length && _text[p] == ' ') p++;
                    if (p < _text.Length && _text[p] != _delimiter && _text[p] != '\r' && _text[p] != '\n')
                        throw new ListFormatException(_name, $"line {_line}, field {fields.Count + 1}",
                            $"text after a closing quote ('{Excerpt(p)}'): a quote inside the field is not doubled");
                    _pos = p;
                }
            }
            else
            {
                var start = _pos;
                while (_pos < _text.Length && _text[_pos] != _delimiter && _text[_pos] != '\r' && _text[_pos] != '\n') _pos++;
                field = _text.Substring(start, _pos - start);
            }
            fields.Add(field);
            if (_pos < _text.Length && _text[_pos] == _delimiter) { _pos++; continue; }
            if (_pos < _text.Length) ConsumeNewline();
            return new CsvRecord(startLine, fields);
        }
    }

    private void ConsumeNewline()
    {
        if (_text[_pos] == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n') _pos++;
        _pos++;
        _line++;
    }

    /// <summary>Line breaks in [from, to): CRLF, LF and a lone CR each count once.</summary>
    private int CountLines(int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            var c = _text[i];
            if (c == '\n') n++;
            else if (c == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')) n++;
        }
        return n;
    }

    private bool IsOnlyWhitespaceAfter(int pos)
    {
        for (var i = pos; i < _text.Length; i++) if (!char.IsWhiteSpace(_text[i])) return false;
        return true;
    }

    private string Excerpt(int p)
    {
        var end = Math.Min(_text.Length, p + 20);
        var s = _text[p..end];
        var nl = s.IndexOfAny(['\r', '\n']);
        return nl >= 0 ? s[..nl] : s;
    }
}
