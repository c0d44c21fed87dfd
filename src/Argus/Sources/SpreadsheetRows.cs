using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Argus.Sources;

/// <summary>One row of a spreadsheet: its 1-based number as a spreadsheet program shows it, and its cells as text.</summary>
public sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at a 0-based column, trimmed, or "" when the row is shorter.</summary>
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Streams the rows of the first worksheet of an XLSX (or XLS) workbook as text. Numbers are written in
/// invariant culture ("19274", "1.5"), dates as ISO "yyyy-MM-dd". Any fault of the archive becomes a
/// <see cref="ListFormatException"/> naming the file and the row reached.
/// </summary>
public static class SpreadsheetRows
{
    static SpreadsheetRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when <paramref name="head"/> starts like an Office Open XML workbook (a zip holding xl/ parts or [Content_Types].xml).</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> head)
    {
        if (head.Length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) return false;
        var text = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 8192)]);
        return text.Contains("[Content_Types].xml", StringComparison.Ordinal) || text.Contains("xl/", StringComparison.Ordinal);
    }

    /// <summary>Reads every row of the first worksheet.</summary>
    public static IEnumerable<SpreadsheetRow> Read(ListSource source, int maxRows = int.MaxValue)
    {
        using var stream = Seekable(source);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is not ListFormatException)
        {
            throw new ListFormatException(source.Name, "start of file", "not a readable spreadsheet (damaged or truncated archive?): " + e.Message, e);
        }
        using (reader)
        {
            var number = 0;
            while (number < maxRows)
            {
                bool more;
                try
                {
                    more = reader.Read();
                }
                catch (Exception e) when (e is not ListFormatException)
                {
                    throw new ListFormatException(source.Name, $"row {number + 1}", "the spreadsheet is damaged or truncated: " + e.Message, e);
                }
                if (!more) yield break;
                number++;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = CellText(reader.GetValue(i));
                yield return new SpreadsheetRow(number, cells);
            }
        }
    }

    private static string CellText(object? value) => value switch
    {
        null or DBNull => "",
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };

    // The zip directory sits at the end of the file: the reader needs to seek.
    private static Stream Seekable(ListSource source)
    {
        var s = source.Open();
        if (s.CanSeek) return s;
        var copy = new MemoryStream();
        using (s) s.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
