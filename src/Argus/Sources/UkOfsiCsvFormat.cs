using System.Text;
using Sylvan.Data.Csv;

namespace Argus.Sources;

/// <summary>
/// Format "uk-ofsi-csv": the UK OFSI consolidated list as CSV (2022 format, the same columns as the
/// workbook). UTF-8 with or without BOM; a file that is not valid UTF-8 is read as Windows-1252.
/// </summary>
public sealed class UkOfsiCsvFormat : IListFormat
{
    public string Name => "uk-ofsi-csv";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head, 16384);
        if (text.StartsWith('<') || text.StartsWith('{')) return false;
        var lines = text.Split('\n', 4);
        return lines.Take(3).Any(l => l.Contains("Group ID", StringComparison.OrdinalIgnoreCase)
            && l.Contains("Name 6", StringComparison.OrdinalIgnoreCase) && l.Contains("Alias Type", StringComparison.OrdinalIgnoreCase));
    }

    public ListSnapshot Read(ListSource source) => OfsiConsolidatedList.Read(source.Name, Name, Rows(source));

    private static IEnumerable<SpreadsheetRow> Rows(ListSource source)
    {
        var text = CsvText.ReadAll(source);
        using var reader = Open(source.Name, text);
        var number = 0;
        while (true)
        {
            bool more;
            try { more = reader.Read(); }
            catch (CsvFormatException e) { throw new ListFormatException(source.Name, $"row {number + 1}", "malformed CSV: " + e.Message, e); }
            if (!more) yield break;
            number++;
            var cells = new string[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i).Trim();
            yield return new SpreadsheetRow(number, cells);
        }
    }

    /// <summary>Opening reads the first record already, so its faults show here.</summary>
    private static CsvDataReader Open(string name, string text)
    {
        try
        {
            return CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = ',',
                // Row 1 ("Last Updated,date") is shorter than the header: rows may vary in width.
                ResultSetMode = ResultSetMode.SingleResult,
            });
        }
        catch (CsvFormatException e)
        {
            throw new ListFormatException(name, "row 1", "malformed CSV (an unclosed quote?): " + e.Message, e);
        }
    }
}
