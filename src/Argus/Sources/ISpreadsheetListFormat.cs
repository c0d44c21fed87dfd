namespace Argus.Sources;

/// <summary>
/// A list format published as a spreadsheet. The first 64 KiB of a zip hold no readable text (the
/// strings sit compressed at the end), so detection opens the workbook and shows the format its first rows.
/// </summary>
public interface ISpreadsheetListFormat : IListFormat
{
    /// <summary>True when the first rows of the first worksheet (up to 5, cells as text) are this format's layout.</summary>
    bool RecognisesRows(IReadOnlyList<IReadOnlyList<string>> firstRows);
}
