namespace Argus.Batch;

/// <summary>Opens a customer file with the reader its content calls for.</summary>
public static class CustomerFiles
{
    /// <summary>
    /// XLSX/XLS by their signature (zip or OLE), JSON lines when the first character is '{',
    /// otherwise delimited text.
    /// </summary>
    public static ICustomerFileReader Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        Span<byte> head = stackalloc byte[8];
        int n;
        using (var s = File.OpenRead(path)) n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n == 0) throw new InvalidDataException($"{path}: the file is empty");
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return new XlsxCustomerReader(path);
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0) return new XlsxCustomerReader(path);
        if (StartsWithBrace(path)) return new JsonLinesCustomerReader(path);
        return new CsvCustomerReader(path);
    }

    private static bool StartsWithBrace(string path)
    {
        var head = new byte[512];
        int n;
        using (var s = File.OpenRead(path)) n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var (encoding, bom) = TextEncodingSniffer.Detect(head.AsSpan(0, n));
        var text = encoding.GetString(head, bom, n - bom).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{');
    }
}
