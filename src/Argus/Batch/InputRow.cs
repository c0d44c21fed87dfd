namespace Argus.Batch;

/// <summary>
/// One record of a customer file, as read: its values by column (a multi-valued JSON field keeps its
/// values apart with <see cref="InputRow.ValueSeparator"/>), or the reason it could not be read.
/// </summary>
/// <param name="Row">1-based number of the data record (the header row is not counted).</param>
/// <param name="Location">Where it sits in the file ("line 12", "sheet row 13"), for error reports.</param>
/// <param name="Values">Values by column index; shorter than the header when trailing cells are missing.</param>
/// <param name="Error">Why the record could not be read (broken quoting, bad JSON…), or null.</param>
public sealed record InputRow(long Row, string Location, IReadOnlyList<string?> Values, string? Error = null)
{
    /// <summary>Separates the values of one multi-valued cell (JSON arrays).</summary>
    public const char ValueSeparator = '\u001F';

    public string? this[int column] => column >= 0 && column < Values.Count ? Values[column] : null;

    public static InputRow Bad(long row, string location, string error) => new(row, location, [], error);
}

/// <summary>A customer file opened for streaming: its columns, then its records one by one.</summary>
public interface ICustomerFileReader : IDisposable
{
    /// <summary>"csv", "xlsx" or "jsonl", with details such as the delimiter and encoding.</summary>
    string Description { get; }

    /// <summary>Column names as the header (or the first JSON object) gives them.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>How far reading has got, for progress: bytes for text files, rows for spreadsheets.</summary>
    long ProgressDone { get; }

    /// <summary>The end of <see cref="ProgressDone"/>'s scale (file size, sheet rows).</summary>
    long ProgressTotal { get; }

    /// <summary>The records in file order, read lazily: the file is never held in memory.</summary>
    IEnumerable<InputRow> Rows();
}
