using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Argus.Batch;

/// <summary>
/// Streams the first worksheet of an XLSX (or legacy XLS) workbook row by row: the first row with any
/// value is the header. Date cells become ISO dates; whole numbers lose their ".0".
/// </summary>
public sealed class XlsxCustomerReader : ICustomerFileReader
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;
    private readonly string _name;
    private long _sheetRow;
    private bool _started;

    static XlsxCustomerReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public XlsxCustomerReader(string path)
    {
        _name = Path.GetFileName(path);
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            _reader = ExcelReaderFactory.CreateReader(_stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _stream.Dispose();
            throw new InvalidDataException($"{_name}: not a readable spreadsheet: {e.Message}", e);
        }
        ProgressTotal = Math.Max(1, _reader.RowCount);
        string?[]? header = null;
        while (header is null && _reader.Read())
        {
            _sheetRow++;
            var cells = CurrentCells();
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c))) header = cells;
        }
        if (header is null) throw new InvalidDataException($"{_name}: the first worksheet is empty (no header row)");
        var width = Array.FindLastIndex(header, c => !string.IsNullOrWhiteSpace(c)) + 1;
        Columns = header.Take(width).Select(c => (c ?? "").Trim()).ToArray();
        Description = $"XLSX, worksheet '{_reader.Name}'";
    }

    public string Description { get; }
    public IReadOnlyList<string> Columns { get; }
    public long ProgressDone => _sheetRow;
    public long ProgressTotal { get; }

    public IEnumerable<InputRow> Rows()
    {
        if (_started) throw new InvalidOperationException("the rows of a customer file can be read only once");
        _started = true;
        long row = 0;
        while (_reader.Read())
        {
            _sheetRow++;
            var cells = CurrentCells();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            row++;
            yield return new InputRow(row, $"sheet row {_sheetRow}", cells);
        }
    }

    private string?[] CurrentCells()
    {
        var cells = new string?[_reader.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = CellText(_reader.GetValue(i));
        return cells;
    }

    internal static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        double x when x == Math.Floor(x) && Math.Abs(x) < 1e15 => ((long)x).ToString(CultureInfo.InvariantCulture),
        double x => x.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
