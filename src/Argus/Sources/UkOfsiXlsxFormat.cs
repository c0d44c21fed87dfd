using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Format "uk-ofsi-xlsx": the UK OFSI consolidated list as a workbook (2022 format: row 1 "Last Updated",
/// row 2 the header, one row per name variation, rows sharing a Group ID being one target).
/// </summary>
public sealed class UkOfsiXlsxFormat : ISpreadsheetListFormat
{
    public string Name => "uk-ofsi-xlsx";

    /// <summary>From the head alone a workbook's layout cannot be seen: an XLSX whose name says OFSI.</summary>
    public bool Recognises(ReadOnlySpan<byte> head, string fileName) =>
        SpreadsheetRows.LooksLikeXlsx(head) && Path.GetFileName(fileName).Contains("conlist", StringComparison.OrdinalIgnoreCase);

    public bool RecognisesRows(IReadOnlyList<IReadOnlyList<string>> firstRows) => OfsiConsolidatedList.IsOfsiLayout(firstRows);

    public ListSnapshot Read(ListSource source) =>
        OfsiConsolidatedList.Read(source.Name, Name, SpreadsheetRows.Read(source));
}
