using System.Globalization;
using System.Text.RegularExpressions;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Turns the rows of the UK OFSI consolidated list (2022 format, the same columns in XLSX and CSV) into
/// entities: one per Group ID, the group's rows being its name variations.
/// </summary>
/// <remarks>
/// A row without a Group ID or with an unknown Group Type is skipped with a warning naming the row; the
/// file is refused when it has no header, holds no target, or more than 5 % of its rows are bad.
/// </remarks>
public static partial class OfsiConsolidatedList
{
    /// <summary>Largest share of bad rows a file may have and still be read (with warnings).</summary>
    public const double MaxBadRowShare = 0.05;

    private static readonly string[] RequiredColumns = ["Name 6", "Group ID", "Group Type", "Alias Type"];

    /// <summary>True when the first rows are the OFSI layout: a "Last Updated" line and/or the header with Group ID.</summary>
    public static bool IsOfsiLayout(IEnumerable<IReadOnlyList<string>> firstRows) =>
        firstRows.Take(5).Any(r => RequiredColumns.All(c => r.Any(x => Same(x, c))));

    /// <summary>Reads the rows (numbered as the file numbers them) into a snapshot of dataset gb_hmt_sanctions.</summary>
    public static ListSnapshot Read(string sourceName, string format, IEnumerable<SpreadsheetRow> rows)
    {
        DateTimeOffset? published = null;
        Dictionary<string, int>? columns = null;
        var headerRow = 0;
        var groups = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var order = new List<EntityDraft>();
        var warnings = new List<string>();
        var dataRows = 0;
        var badRows = 0;

        foreach (var row in rows)
        {
            if (columns is null)
            {
                if (Same(row[0], "Last Updated") && TryDate(row[1], out var pub))
                    published = new DateTimeOffset(pub.Year, pub.Month ?? 1, pub.Day ?? 1, 0, 0, 0, TimeSpan.Zero);
                else if (RequiredColumns.All(c => row.Cells.Any(x => Same(x, c))))
                {
                    columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < row.Cells.Count; i++)
                        if (!string.IsNullOrWhiteSpace(row.Cells[i])) columns.TryAdd(row.Cells[i].Trim(), i);
                    headerRow = row.Number;
                }
                else if (row.Number > 5)
                    throw new ListFormatException(sourceName, $"row {row.Number}", "no OFSI header row (with Name 6, Group ID, Group Type, Alias Type) in the first 5 rows");
                continue;
            }
            if (row.IsBlank) continue;
            dataRows++;
            var cells = new RowCells(row, columns);
            var groupId = cells["Group ID"];
            var schema = SchemaOf(cells["Group Type"]);
            if (groupId.Length == 0 || schema is null)
            {
                badRows++;
                warnings.Add($"{sourceName}: row {row.Number}: skipped: " +
                    (groupId.Length == 0 ? "no Group ID" : $"unknown Group Type '{cells["Group Type"]}' (Group ID {groupId})"));
                continue;
            }
            if (!groups.TryGetValue(groupId, out var draft))
            {
                draft = new EntityDraft(Datasets.UkHmt, groupId, schema.Value) { Place = $"row {row.Number}" };
                groups[groupId] = draft;
                order.Add(draft);
            }
            else if (draft.Schema != schema.Value)
                warnings.Add($"{sourceName}: row {row.Number}: Group ID {groupId} is typed '{cells["Group Type"]}' here but {draft.Schema} in {draft.Place}; kept {draft.Schema}");
            AddRow(draft, cells);
        }

        if (columns is null)
            throw new ListFormatException(sourceName, "start of file", "no OFSI header row (with Name 6, Group ID, Group Type, Alias Type) was found");
        if (order.Count == 0)
            throw new ListFormatException(sourceName, $"row {headerRow + 1}", "the list holds no target below its header (truncated or emptied file?)");
        if (badRows > MaxBadRowShare * dataRows)
            throw new ListFormatException(sourceName, $"rows after {headerRow}", $"{badRows} of {dataRows} rows are unreadable (first: {warnings[0]})");
        var nameless = order.Where(d => d.Names.Count == 0).ToList();
        foreach (var d in nameless) warnings.Add($"{sourceName}: {d.Place}: skipped: Group ID {d.Reference} has no name in any row");
        return new ListSnapshot(Datasets.UkHmt, format, published, order.Except(nameless).Select(d => d.Build()).ToArray(), warnings);
    }

    private static void AddRow(EntityDraft draft, RowCells c)
    {
        var parts = Enumerable.Range(1, 6).Select(i => EntityDraft.CleanOrNull(c[$"Name {i}"])).ToArray();
        var full = string.Join(' ', parts[..5].Append(parts[5]).Where(p => p is not null));
        var kind = KindOf(c["Alias Type"], c["Alias Quality"]);
        if (full.Length > 0)
        {
            var name = draft.Schema == EntitySchema.Person
                ? new EntityName(full, kind)
                {
                    Given = parts[0],
                    Middle = EntityDraft.CleanOrNull(string.Join(' ', parts[1..5].Where(p => p is not null))),
                    Family = parts[5],
                }
                : new EntityName(full, kind);
            draft.AddName(name);
            if (kind == NameKind.Primary && draft.Caption is null) draft.Caption = full;
        }
        if (EntityDraft.CleanOrNull(c["Name Non-Latin Script"]) is { } script)
            draft.AddName(new EntityName(script, NameKind.OriginalScript) { Language = EntityDraft.CleanOrNull(c["Non-Latin Script Language"]) ?? EntityDraft.CleanOrNull(c["Non-Latin Script Type"]) });

        draft.AddExtra("title", c["Title"]);
        foreach (var p in NumberedItems.Split(c["Position"])) draft.AddPosition(p);
        draft.AddBirthDates(ListDateText.Parse(c["DOB"]));

        var towns = NumberedItems.SplitAligned(c["Town of Birth"]);
        var birthCountries = NumberedItems.SplitAligned(c["Country of Birth"]);
        for (var i = 0; i < Math.Max(towns.Count, birthCountries.Count); i++)
        {
            var town = i < towns.Count ? towns[i] : "";
            var country = i < birthCountries.Count ? birthCountries[i] : "";
            var text = string.Join(", ", new[] { town, country }.Where(s => s.Length > 0));
            if (text.Length > 0) draft.AddBirthPlace(text, Countries.FindAll(country.Length > 0 ? country : town).FirstOrDefault());
        }

        draft.AddNationalities(Countries.FindAll(c["Nationality"]));
        AddIdentifiers(draft, IdentifierTypes.Passport, c["Passport Number"], c["Passport Details"]);
        AddIdentifiers(draft, IdentifierTypes.NationalId, c["National Identification Number"], c["National Identification Details"]);

        var addressCountry = Countries.FindAll(c["Country"]).FirstOrDefault();
        var addressParts = Enumerable.Range(1, 6).Select(i => c[$"Address {i}"]).Append(c["Post/Zip Code"]).Append(c["Country"])
            .Where(s => s.Length > 0).ToArray();
        if (addressParts.Length > 0)
            draft.AddAddress(string.Join(", ", addressParts), c["Address 6"], addressCountry);

        ReadOtherInformation(draft, c["Other Information"]);
        draft.AddProgram(c["Regime"]);
        if (draft.ListingDate is null && TryDate(c["Listed On"], out var listed)) draft.ListingDate = listed;
        if (TryDate(c["Last Updated"], out var updated)) draft.TouchModified(updated);
    }

    private static void AddIdentifiers(EntityDraft draft, string type, string numbers, string details)
    {
        var n = NumberedItems.SplitAligned(numbers);
        var d = NumberedItems.SplitAligned(details);
        for (var i = 0; i < n.Count; i++)
        {
            if (n[i].Length == 0) continue;
            var note = i < d.Count && d[i].Length > 0 ? d[i] : (n.Count == 1 && d.Count == 1 ? d[0] : null);
            var country = note is null ? null : Countries.FindAll(note).FirstOrDefault();
            draft.AddIdentifier(type, n[i], country, note);
        }
    }

    [GeneratedRegex(@"\((?<key>[^()]{2,40})\)\s*:\s*(?<value>.*?)(?=\s*\([^()]{2,40}\)\s*:|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledFact();

    /// <summary>"Other Information" holds labelled facts: "(UK Sanctions List Ref):DPR0266. (UN Ref):KPi.076. (Gender):Male".</summary>
    private static void ReadOtherInformation(EntityDraft draft, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        draft.AddNote(text);
        foreach (Match m in LabelledFact().Matches(text))
        {
            var key = m.Groups["key"].Value.Trim();
            var value = m.Groups["value"].Value.Trim().TrimEnd('.', ';', ',').Trim();
            if (value.Length == 0) continue;
            switch (key.ToLowerInvariant())
            {
                case "uk sanctions list ref": draft.AddExtra("ukSanctionsRef", FirstWord(value)); break;
                case "un ref":
                    // Only the reference right after the label: the text that follows may cite associates.
                    draft.AddExtra("unReference", UnReferences.FindAll(value).FirstOrDefault());
                    break;
                case "gender": draft.Gender ??= EntityDraft.NormaliseGender(FirstWord(value)); break;
                case "imo number": draft.AddIdentifier(IdentifierTypes.Imo, FirstWord(value)); break;
                case "business reg no": draft.AddIdentifier(IdentifierTypes.Registration, value); break;
                case "flag of ship":
                    draft.AddExtra("flag", value);
                    draft.AddCountries(Countries.FindAll(value));
                    break;
                case "phone number": draft.AddExtra("phone", value); break;
                case "email address": draft.AddExtra("email", value); break;
                case "website": draft.AddExtra("website", value); break;
                case "type of entity": draft.AddExtra("legalForm", value); break;
                case "parent company": draft.AddExtra("parent", value); break;
                case "type of ship": draft.AddExtra("type", value); break;
                case "year built": draft.AddExtra("buildDate", value); break;
                case "tonnage of ship": draft.AddExtra("tonnage", value); break;
                case "previous flags": draft.AddExtra("pastFlags", value); break;
                case "current owners": draft.AddExtra("owner", value); break;
            }
        }
    }

    private static string FirstWord(string value)
    {
        var space = value.IndexOfAny([' ', ';', ',']);
        return (space < 0 ? value : value[..space]).TrimEnd('.');
    }

    private static EntitySchema? SchemaOf(string groupType) => groupType.Trim().ToLowerInvariant() switch
    {
        "individual" => EntitySchema.Person,
        "entity" => EntitySchema.Organization,
        "ship" => EntitySchema.Vessel,
        _ => null,
    };

    private static NameKind KindOf(string aliasType, string aliasQuality)
    {
        var type = aliasType.Trim().ToLowerInvariant();
        if (type == "primary name") return NameKind.Primary;
        if (type is "fka" or "formerly known as") return NameKind.PreviousName;
        return aliasQuality.Trim().StartsWith("low", StringComparison.OrdinalIgnoreCase) ? NameKind.WeakAlias : NameKind.Alias;
    }

    /// <summary>OFSI writes dates dd/mm/yyyy; spreadsheets may also hold them as real dates (ISO here).</summary>
    private static bool TryDate(string text, out PartialDate date)
    {
        date = default;
        var d = ListDateText.Parse(text);
        if (d.Count == 0) return false;
        date = d[0].Start;
        return true;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);

    /// <summary>A row's cells by header name; a column the file lacks reads as "".</summary>
    private readonly struct RowCells(SpreadsheetRow row, Dictionary<string, int> columns)
    {
        public string this[string column] => columns.TryGetValue(column, out var i) ? row[i] : "";
    }
}
