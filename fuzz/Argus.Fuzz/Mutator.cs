using System.Text;

namespace Argus.Fuzz;

/// <summary>
/// Makes hostile variants of real files from one seeded random source, so that every input is rebuilt
/// from (seed, iteration). The operations are those that damaged downloads and careless edits produce:
/// flipped bytes, cuts, insertions, splices of two files, broken encodings, repeated lines and deep nesting.
/// </summary>
public sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly byte[][] Garbage =
    [
        [0xFF], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xED, 0xA0, 0x80], [0xC0, 0x80], [0x00], [0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m'], [0x80, 0x81, 0x9F],
        "\r"u8.ToArray(), "\"\""u8.ToArray(), "\""u8.ToArray(), ",,,,"u8.ToArray(), "\t"u8.ToArray(), "-0-"u8.ToArray(),
        "&#0;"u8.ToArray(), "&amp;"u8.ToArray(), "]]>"u8.ToArray(), "<!--"u8.ToArray(), "<![CDATA["u8.ToArray(),
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>"u8.ToArray(), "&a;"u8.ToArray(), "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(),
        "99999999999999999999"u8.ToArray(), "-1"u8.ToArray(), "NaN"u8.ToArray(), "1e308"u8.ToArray(), "null"u8.ToArray(),
        "{}"u8.ToArray(), "[]"u8.ToArray(), "\"x\":"u8.ToArray(), "0000-00-00"u8.ToArray(), "31/02/1970"u8.ToArray(),
    ];

    public byte[] Mutate(IReadOnlyList<FuzzSeed> seeds, int maxBytes)
    {
        var data = seeds[_random.Next(seeds.Count)].Bytes.ToList();
        var steps = 1 + _random.Next(_random.Next(4) == 0 ? 16 : 3);
        for (var i = 0; i < steps; i++) Apply(data, seeds);
        if (data.Count > maxBytes) data.RemoveRange(maxBytes, data.Count - maxBytes);
        return data.ToArray();
    }

    private void Apply(List<byte> data, IReadOnlyList<FuzzSeed> seeds)
    {
        switch (_random.Next(12))
        {
            case 0: FlipBits(data); break;
            case 1: SetBytes(data); break;
            case 2: Truncate(data); break;
            case 3: InsertRandom(data); break;
            case 4: DeleteRange(data); break;
            case 5: DuplicateRange(data); break;
            case 6: Splice(data, seeds[_random.Next(seeds.Count)].Bytes); break;
            case 7: InsertGarbage(data); break;
            case 8: Nest(data); break;
            case 9: RepeatLine(data); break;
            case 10: CutAtLineEnd(data); break;
            default: SwapDigits(data); break;
        }
    }

    private int Position(List<byte> data) => data.Count == 0 ? 0 : _random.Next(data.Count + 1);

    private void FlipBits(List<byte> data)
    {
        for (var n = 1 + _random.Next(8); n > 0 && data.Count > 0; n--)
        {
            var i = _random.Next(data.Count);
            data[i] ^= (byte)(1 << _random.Next(8));
        }
    }

    private void SetBytes(List<byte> data)
    {
        for (var n = 1 + _random.Next(4); n > 0 && data.Count > 0; n--)
            data[_random.Next(data.Count)] = (byte)_random.Next(256);
    }

    private void Truncate(List<byte> data)
    {
        if (data.Count == 0) return;
        var keep = _random.Next(data.Count);
        data.RemoveRange(keep, data.Count - keep);
    }

    /// <summary>A cut at a line end is the truncation that leaves every remaining record well formed.</summary>
    private void CutAtLineEnd(List<byte> data)
    {
        if (data.Count == 0) return;
        var from = _random.Next(data.Count);
        var end = data.IndexOf((byte)'\n', from);
        if (end >= 0) data.RemoveRange(end + 1, data.Count - end - 1);
    }

    private void InsertRandom(List<byte> data)
    {
        var bytes = new byte[1 + _random.Next(_random.Next(8) == 0 ? 4096 : 16)];
        _random.NextBytes(bytes);
        data.InsertRange(Position(data), bytes);
    }

    private void DeleteRange(List<byte> data)
    {
        if (data.Count == 0) return;
        var start = _random.Next(data.Count);
        data.RemoveRange(start, Math.Min(data.Count - start, 1 + _random.Next(256)));
    }

    private void DuplicateRange(List<byte> data)
    {
        if (data.Count == 0) return;
        var start = _random.Next(data.Count);
        var length = Math.Min(data.Count - start, 1 + _random.Next(2048));
        var copy = data.GetRange(start, length);
        var times = 1 + _random.Next(_random.Next(4) == 0 ? 64 : 3);
        var at = Position(data);
        for (var t = 0; t < times; t++) data.InsertRange(at, copy);
    }

    private void Splice(List<byte> data, byte[] other)
    {
        if (other.Length == 0) return;
        var cut = Position(data);
        var from = _random.Next(other.Length);
        data.RemoveRange(cut, data.Count - cut);
        data.AddRange(other.AsSpan(from).ToArray());
    }

    private void InsertGarbage(List<byte> data) => data.InsertRange(Position(data), Garbage[_random.Next(Garbage.Length)]);

    /// <summary>Deep nesting of the structure each format has: elements, arrays, objects, quotes.</summary>
    private void Nest(List<byte> data)
    {
        var depth = 1 + _random.Next(_random.Next(3) == 0 ? 20_000 : 200);
        var (open, close) = _random.Next(4) switch
        {
            0 => ("<a>", "</a>"),
            1 => ("[", "]"),
            2 => ("{\"a\":", "}"),
            _ => ("\"", "\""),
        };
        var at = Position(data);
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++) sb.Append(open);
        if (_random.Next(2) == 0) for (var i = 0; i < depth; i++) sb.Append(close);
        data.InsertRange(at, Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private void RepeatLine(List<byte> data)
    {
        if (data.Count == 0) return;
        var start = data.LastIndexOf((byte)'\n', _random.Next(data.Count)) + 1;
        var end = data.IndexOf((byte)'\n', start);
        if (end < 0) return;
        var line = data.GetRange(start, end - start + 1);
        var times = 1 + _random.Next(50);
        for (var t = 0; t < times; t++) data.InsertRange(end + 1, line);
    }

    private void SwapDigits(List<byte> data)
    {
        for (var n = 1 + _random.Next(6); n > 0 && data.Count > 0; n--)
        {
            var i = _random.Next(data.Count);
            var digit = data.FindIndex(i, b => b is >= (byte)'0' and <= (byte)'9');
            if (digit >= 0) data[digit] = (byte)('0' + _random.Next(10));
        }
    }
}
