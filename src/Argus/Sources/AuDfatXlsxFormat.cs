using System.Text.RegularExpressions;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Format "au-dfat-xlsx": Australia's DFAT consolidated list (regulation8_consolidated.xlsx). One row per
/// name; alias rows repeat the reference with a suffix ("3443a", "34c1") and join the target of the base
/// number ("3443"), which is the entity's reference.
/// </summary>
/// <remarks>
/// Dates of birth are free text or Excel serial numbers. UN references in the text ("(QDe.004)") are
/// usually those of associates, so they are kept as Extra "citedUnReference", not as the target's own.
/// A row with a name but no reference number, or an unknown Type, is skipped with a warning; the file is
/// refused when it has no header, no target, or more than 5 % bad rows.
/// </remarks>
public sealed partial class AuDfatXlsxFormat : ISpreadsheetListFormat
{
    private const double MaxBadRowShare = 0.05;
    private static readonly string[] RequiredColumns = ["Reference", "Name of Individual or Entity", "Type", "Name Type"];

    public string Name => "au-dfat-xlsx";

    /// <summary>From the head alone a workbook's layout cannot be seen: an XLSX whose name says DFAT.</summary>
    public bool Recognises(ReadOnlySpan<byte> head, string fileName) =>
        SpreadsheetRows.LooksLikeXlsx(head) && (Path.GetFileName(fileName).Contains("regulation8", StringComparison.OrdinalIgnoreCase)
            || Path.GetFileName(fileName).Contains("dfat", StringComparison.OrdinalIgnoreCase));

    public bool RecognisesRows(IReadOnlyList<IReadOnlyList<string>> firstRows) =>
        firstRows.Take(5).Any(r => RequiredColumns.All(c => r.Any(x => Same(x, c))));

    [GeneratedRegex(@"^(?<base>\d+)(?<suffix>[a-z]+\d*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^\W*[A-Z]{2}[ie]\s?\.\s?\d{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningReference();

    [GeneratedRegex(@"\bgender\s*:\s*(?<g>male|female)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderPattern();

    public ListSnapshot Read(ListSource source)
    {
        Dictionary<string, int>? columns = null;
        var headerRow = 0;
        var drafts = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var order = new List<EntityDraft>();
        var warnings = new List<string>();
        PartialDate? newest = null;
        int dataRows = 0, badRows = 0;

        foreach (var row in SpreadsheetRows.Read(source))
        {
            if (columns is null)
            {
                if (RequiredColumns.All(c => row.Cells.Any(x => Same(x, c))))
                {
                    columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < row.Cells.Count; i++)
                        if (row.Cells[i].Length > 0) columns.TryAdd(row.Cells[i], i);
                    headerRow = row.Number;
                }
                else if (row.Number >= 5)
                    throw new ListFormatException(source.Name, $"row {row.Number}", "no DFAT header row (Reference, Name of Individual or Entity, Type, Name Type) in the first 5 rows");
                continue;
            }
            if (row.IsBlank) continue;
            string Cell(string name) => columns.TryGetValue(name, out var i) ? row[i] : "";
            dataRows++;
            var reference = Cell("Reference").Replace(" ", "");
            var name = EntityDraft.CleanOrNull(Cell("Name of Individual or Entity"));
            var match = ReferencePattern().Match(reference);
            var schema = SchemaOf(Cell("Type"));
            if (!match.Success || name is null || (schema is null && Cell("Type").Length > 0))
            {
                badRows++;
                var why = !match.Success ? $"reference '{reference}' is not a number with an optional suffix"
                    : name is null ? $"reference {reference} has no name"
                    : $"unknown Type '{Cell("Type")}' (reference {reference})";
                warnings.Add($"{source.Name}: row {row.Number}: skipped: {why}");
                continue;
            }
            var baseRef = match.Groups["base"].Value;
            if (!drafts.TryGetValue(baseRef, out var draft))
            {
                draft = new EntityDraft(Datasets.AuDfat, baseRef, schema ?? EntitySchema.LegalEntity) { Place = $"row {row.Number}" };
                drafts[baseRef] = draft;
                order.Add(draft);
            }
            else if (draft.Schema == EntitySchema.LegalEntity && schema is { } s)
                draft.Schema = s;
            AddRow(draft, name, Cell);
            if (ControlDate(Cell("Control Date")) is { } control)
            {
                draft.TouchModified(control);
                if (newest is null || control.CompareTo(newest.Value) > 0) newest = control;
            }
        }

        if (columns is null)
            throw new ListFormatException(source.Name, "start of file", "no DFAT header row (Reference, Name of Individual or Entity, Type, Name Type) was found");
        if (order.Count == 0)
            throw new ListFormatException(source.Name, $"row {headerRow + 1}", "the list holds no target below its header (truncated or emptied file?)");
        if (badRows > MaxBadRowShare * dataRows)
            throw new ListFormatException(source.Name, $"rows after {headerRow}", $"{badRows} of {dataRows} rows are unreadable (first: {warnings[0]})");
        // The workbook states no publication date; its newest Control Date is the list's date.
        DateTimeOffset? published = newest is { } n ? new DateTimeOffset(n.Year, n.Month ?? 1, n.Day ?? 1, 0, 0, 0, TimeSpan.Zero) : null;
        return new ListSnapshot(Datasets.AuDfat, Name, published, order.Select(d => d.Build()).ToArray(), warnings);
    }

    private static void AddRow(EntityDraft draft, string name, Func<string, string> cell)
    {
        var kind = KindOf(cell("Name Type"));
        draft.AddName(new EntityName(name, kind));
        if (kind == NameKind.Primary && draft.Caption is null) draft.Caption = name;

        var dob = cell("Date of Birth");
        if (ListDateText.LooksLikeExcelSerial(dob, out var serial))
            draft.AddBirthDate(ListDateText.FromExcelSerial(serial) is { } d ? new FuzzyDate(d) : null);
        else
            draft.AddBirthDates(ListDateText.Parse(dob));

        foreach (var place in NumberedItems.Split(cell("Place of Birth")))
            if (!IsPlaceholder(place)) draft.AddBirthPlace(place, LastCountry(place));
        if (!IsPlaceholder(cell("Citizenship"))) draft.AddNationalities(Countries.FindAll(cell("Citizenship")));
        foreach (var address in NumberedItems.Split(cell("Address")))
        {
            if (IsPlaceholder(address)) continue;
            draft.AddAddress(address, null, LastCountry(address));
        }

        var info = cell("Additional Information");
        draft.AddNote(info);
        if (GenderPattern().Match(info) is { Success: true } g) draft.Gender ??= EntityDraft.NormaliseGender(g.Groups["g"].Value);
        foreach (var r in UnReferences.FindAll(info)) draft.AddExtra("citedUnReference", r);
        // Remarks copied from the UN's notice open with the entry's own reference ("QDi.349 Passport no.: …").
        if (OpeningReference().Match(info) is { Success: true } own && UnReferences.FindAll(own.Value) is [var ownRef]) draft.AddExtra("unReference", ownRef);

        var listing = cell("Listing Information");
        draft.AddExtra("listingInformation", listing);
        if (draft.ListingDate is null && ListingDate(listing) is { } listed) draft.ListingDate = listed;
        draft.AddProgram(cell("Committees"));
    }

    /// <summary>
    /// The date the entry was listed: the first date after "Listed" ("Resolution 1735 (2006) Listed on: 4 June. 2008"),
    /// else the first date of the text; none in a text that states only the cut-off date of Iraq's assets.
    /// </summary>
    private static PartialDate? ListingDate(string text)
    {
        var at = text.IndexOf("listed", StringComparison.OrdinalIgnoreCase);
        if (at >= 0) text = text[(at + "listed".Length)..];
        else if (text.TrimStart().StartsWith("Assets received on or after", StringComparison.OrdinalIgnoreCase)) return null;
        return ControlDate(text.Trim());
    }

    private static PartialDate? ControlDate(string text) =>
        ListDateText.LooksLikeExcelSerial(text, out var serial) ? ListDateText.FromExcelSerial(serial)
        : ListDateText.Parse(text).FirstOrDefault()?.Start;

    /// <summary>The country an address or place names last ("Saint Petersburg, Russia" → ru).</summary>
    private static string? LastCountry(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
            if (Countries.ToCode(parts[i].TrimEnd('.')) is { } code) return code;
        return Countries.FindAll(parts.LastOrDefault()).FirstOrDefault();
    }

    private static bool IsPlaceholder(string text) =>
        text.Trim().ToLowerInvariant() is "" or "na" or "n/a" or "-" or "unknown";

    private static EntitySchema? SchemaOf(string type) => type.Trim().ToLowerInvariant() switch
    {
        "individual" => EntitySchema.Person,
        "entity" => EntitySchema.Organization,
        "vessel" or "ship" => EntitySchema.Vessel,
        _ => null,
    };

    private static NameKind KindOf(string nameType) => nameType.Trim().ToLowerInvariant() switch
    {
        "primary name" => NameKind.Primary,
        "original script" => NameKind.OriginalScript,
        "formerly known as" or "previously listed as" or "fka" => NameKind.PreviousName,
        _ => NameKind.Alias,
    };

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
