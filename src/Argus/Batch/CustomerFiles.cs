namespace Argus.Batch;

/// <summary>Opens a customer file with the reader its content calls for.</summary>
public static class CustomerFiles
{
    /// <summary>
    /// XLSX/XLS by their signature (zip or OLE; already Unicode), otherwise a text file whose encoding is
    /// told from all its bytes (<see cref="TextEncodingSniffer"/>, or <paramref name="encoding"/> when the user
    /// names it): JSON lines when the first character is '{', else delimited text.
    /// </summary>
    public static ICustomerFileReader Open(string path, string? encoding = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        Span<byte> head = stackalloc byte[8];
        int n;
        using (var s = File.OpenRead(path)) n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n == 0) throw new InvalidDataException($"{path}: the file is empty");
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return new XlsxCustomerReader(path);
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0) return new XlsxCustomerReader(path);
        var verdict = TextEncodingSniffer.Detect(path, encoding);
        if (StartsWithBrace(path, verdict)) return new JsonLinesCustomerReader(path, verdict);
        return new CsvCustomerReader(path, verdict);
    }

    private static bool StartsWithBrace(string path, TextEncodingVerdict verdict)
    {
        using var s = File.OpenRead(path);
        var lines = new DecodedLines(s, verdict);
        while (lines.Next() is { } line)
        {
            if (line.Error is not null) return false;
            var text = line.Text!.TrimStart('\uFEFF', ' ', '\t');
            if (text.Length > 0) return text[0] == '{';
        }
        return false;
    }
}
