using System.Text;
using System.Text.Unicode;

namespace Argus.Batch;

/// <summary>One physical line of a text file: its text, or why it could not be read (then Text is null).</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The decoded line without its terminator.</param>
/// <param name="Error">Why the line could not be read, or null.</param>
public readonly record struct TextLine(long Number, string? Text, string? Error);

/// <summary>
/// Splits a text file into lines as bytes (line feed, CR LF or a lone CR) and decodes each line on its own,
/// strictly: a line holding bytes its encoding cannot decode, or longer than <see cref="MaxLineBytes"/>, is
/// returned with the reason (the byte and its offset) instead of text, and the next line is read as usual.
/// So one bad byte costs one row, never the encoding of the whole file, and is never replaced by U+FFFD.
/// </summary>
public sealed class DecodedLines
{
    /// <summary>Longest line read (64 KiB): a customer record is a few hundred bytes; past this it is a bad row, skipped without being held.</summary>
    public const int MaxLineBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly TextEncodingVerdict _verdict;
    private readonly int _unit;
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private long _bufferOffset;
    private bool _eof;
    private long _number;

    public DecodedLines(Stream stream, TextEncodingVerdict verdict)
    {
        _stream = stream;
        _verdict = verdict;
        _unit = verdict.IsUtf16 ? 2 : 1;
        stream.Position = verdict.BomLength;
        _bufferOffset = verdict.BomLength;
    }

    /// <summary>A customer file opened for reading line by line (the caller disposes the stream).</summary>
    public static (FileStream Stream, DecodedLines Lines) OpenFile(string path, TextEncodingVerdict verdict)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return (stream, new DecodedLines(stream, verdict));
    }

    /// <summary>The first line that is not blank; an empty file or an unreadable line is an error naming the file.</summary>
    /// <param name="file">The file's name, for the message.</param>
    /// <param name="what">What the first line is ("header line", "first line"), for the message.</param>
    /// <param name="next">Where lines come from (a reader with pushed-back lines); by default this reader.</param>
    public TextLine FirstLine(string file, string what, Func<TextLine?>? next = null)
    {
        next ??= Next;
        TextLine? first;
        do first = next(); while (first is { Text: { } t } && string.IsNullOrWhiteSpace(t));
        if (first is not { } f) throw new InvalidDataException($"{file}: the file is empty (no {what})");
        if (f.Error is not null) throw new InvalidDataException($"{file}: line {f.Number}: the {what} cannot be read: {f.Error}");
        return f;
    }

    /// <summary>Bytes consumed so far, for progress.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>The next line, or null at the end of the file.</summary>
    public TextLine? Next()
    {
        var offset = Position;
        var tooLong = false;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var (end, terminator) = FindTerminator(pending);
            if (end >= 0)
            {
                // A CR that ends the buffer may be the first half of CR LF.
                if (terminator == '\r' && end + _unit >= pending.Length && !_eof)
                {
                    Fill();
                    continue;
                }
                var consumed = end + _unit;
                if (terminator == '\r' && IsUnit(pending[consumed..], '\n')) consumed += _unit;
                return Take(pending[..end], consumed, offset, tooLong);
            }
            if (_eof) return pending.Length == 0 && !tooLong ? null : Take(pending, pending.Length, offset, tooLong);
            if (pending.Length > MaxLineBytes)
            {
                // Dropped as it comes: an endless line never fills memory.
                tooLong = true;
                _start = _end - pending.Length % _unit;
            }
            Fill();
        }
    }

    private TextLine Take(ReadOnlySpan<byte> line, int consumed, long offset, bool tooLong)
    {
        _number++;
        var result = tooLong || line.Length > MaxLineBytes
            ? new TextLine(_number, null, $"the line is longer than the {MaxLineBytes:N0} bytes a record may hold")
            : Decode(line, offset);
        _start += consumed;
        return result;
    }

    private TextLine Decode(ReadOnlySpan<byte> line, long offset)
    {
        try
        {
            return new TextLine(_number, _verdict.Encoding.GetString(line), null);
        }
        catch (DecoderFallbackException e)
        {
            var at = FirstBadByte(line, e);
            return new TextLine(_number, null,
                $"byte 0x{line[at]:X2} at offset {offset + at:N0} is not {_verdict.Name}: the row cannot be read (declare the file's encoding with --encoding if it is another)");
        }
    }

    private int FirstBadByte(ReadOnlySpan<byte> line, DecoderFallbackException e)
    {
        if (_verdict.Encoding is UTF8Encoding)
        {
            var chars = new char[line.Length + 1];
            Utf8.ToUtf16(line, chars, out var read, out _, replaceInvalidSequences: false);
            return Math.Min(read, line.Length - 1);
        }
        return e.Index >= 0 && e.Index < line.Length ? e.Index : 0;
    }

    private (int Index, char Terminator) FindTerminator(ReadOnlySpan<byte> span)
    {
        if (_unit == 1)
        {
            var i = span.IndexOfAny((byte)'\n', (byte)'\r');
            return i < 0 ? (-1, '\0') : (i, (char)span[i]);
        }
        for (var i = 0; i + 1 < span.Length; i += 2)
        {
            var c = Unit(span, i);
            if (c is '\n' or '\r') return (i, c);
        }
        return (-1, '\0');
    }

    private bool IsUnit(ReadOnlySpan<byte> span, char c) => span.Length >= _unit && (_unit == 1 ? span[0] == c : Unit(span, 0) == c);

    private char Unit(ReadOnlySpan<byte> span, int i) =>
        _verdict.Encoding.CodePage == 1201 ? (char)(span[i] << 8 | span[i + 1]) : (char)(span[i] | span[i + 1] << 8);

    /// <summary>Reads more bytes after those not yet consumed; false at the end of the file.</summary>
    private bool Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
            return false;
        }
        _end += n;
        return true;
    }
}
