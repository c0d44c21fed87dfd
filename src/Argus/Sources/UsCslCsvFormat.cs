using Argus.Model;
using Argus.Names;

namespace Argus.Sources;

/// <summary>
/// The US Consolidated Screening List (trade.gov CSV with a header): the export-control and sanctions
/// lists of Commerce, State and Treasury in one file. Dataset us_trade_csl, reference = the CSL's
/// <c>_id</c> (the OFAC entity number for Treasury rows, a hash for the others).
/// </summary>
/// <remarks>
/// A target on several US lists appears once per list with the same <c>_id</c> (an SDN that is also on
/// the SSI and CAPTA lists has three rows). Such rows are merged into one entity, so that ids stay
/// unique and a screening hit is not counted three times; the lists it is on are kept in Extra
/// "sourceList". Rows without a type (most BIS and State rows) are organisations when their name says so
/// (a legal form or an organisation word: "… Technology Co., Ltd", "… Research Institute"); the others could
/// be people or companies, so they are LegalEntity, which people and company queries both reach.
/// </remarks>
public sealed class UsCslCsvFormat : IListFormat
{
    private static readonly string[] Required = ["_id", "source", "name", "type"];

    public string Name => "us-csl-csv";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListText.Sniff(head, ListText.Windows1252);
        var newline = text.IndexOf('\n');
        var header = (newline < 0 ? text : text[..newline]).TrimEnd('\r');
        var columns = header.Split(',').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        return columns.IsSupersetOf(["_id", "source", "entity_number", "name", "alt_names"]);
    }

    public ListSnapshot Read(ListSource source)
    {
        var text = ListText.ReadAll(source, ListText.Windows1252);
        var reader = new CsvRecordReader(text, source.Name);
        var header = reader.Next() ?? throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        var index = header.Fields.Select((name, i) => (name: name.Trim(), i)).GroupBy(x => x.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        foreach (var column in Required)
            if (!index.ContainsKey(column))
                throw new ListFormatException(source.Name, $"line {header.Line}", $"the header has no '{column}' column: not a Consolidated Screening List file");

        var drafts = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var order = new List<EntityDraft>();
        var rows = 0;
        foreach (var r in reader.ReadAll())
        {
            if (r.Count != header.Count)
                throw new ListFormatException(source.Name, $"line {r.Line}", $"{r.Count} fields where the header has {header.Count}");
            rows++;
            string Get(string column) => index.TryGetValue(column, out var i) ? EntityDraft.Clean(r[i]) : "";
            var id = Get("_id");
            if (id.Length == 0) throw new ListFormatException(source.Name, $"line {r.Line}", "the row has no _id");
            var name = Get("name");
            if (name.Length == 0) throw new ListFormatException(source.Name, $"line {r.Line}", $"row {id} has no name");
            if (!drafts.TryGetValue(id, out var draft))
            {
                draft = new EntityDraft(Datasets.UsTradeCsl, id, Schema(Get("type"), Get("name")));
                drafts[id] = draft;
                order.Add(draft);
            }
            AddRow(draft, Get);
        }
        if (rows == 0) throw new ListFormatException(source.Name, "line 2", "the file holds a header but no rows");
        return new ListSnapshot(Datasets.UsTradeCsl, Name, null, order.Select(d => d.Build()).ToList(), []);
    }

    private static EntitySchema Schema(string type, string name) => type.ToLowerInvariant() switch
    {
        "individual" => EntitySchema.Person,
        "entity" => EntitySchema.Organization,
        "vessel" => EntitySchema.Vessel,
        "aircraft" => EntitySchema.Airplane,
        _ => NameVocabulary.IsOrganisationName(name) ? EntitySchema.Organization : EntitySchema.LegalEntity,
    };

    private static void AddRow(EntityDraft draft, Func<string, string> get)
    {
        var person = draft.Schema == EntitySchema.Person;
        draft.AddName(OfacNames.Name(get("name"), NameKind.Primary, person));
        foreach (var alias in List(get("alt_names"))) draft.AddName(OfacNames.Name(alias, NameKind.Alias, person));
        draft.AddExtra("sourceList", get("source"));
        foreach (var program in List(get("programs"))) draft.AddProgram(program);
        draft.AddPosition(get("title"));
        foreach (var address in List(get("addresses")))
        {
            var comma = address.LastIndexOf(',');
            var last = (comma >= 0 ? address[(comma + 1)..] : address).Trim();
            draft.AddAddress(address, null, IsCode(last) ? last : null);
        }
        if (PartialDate.TryParse(get("start_date"), out var start)) draft.ListingDate ??= start;
        draft.AddExtra("endDate", get("end_date"));
        draft.AddExtra("federalRegisterNotice", get("federal_register_notice"));
        if (get("license_requirement") is { Length: > 0 } requirement) draft.AddNote("License requirement: " + requirement);
        if (get("license_policy") is { Length: > 0 } policy) draft.AddNote("License policy: " + policy);
        draft.AddExtra("callSign", get("call_sign"));
        draft.AddIdentifier(IdentifierTypes.CallSign, get("call_sign"));
        draft.AddExtra("vesselType", get("vessel_type"));
        draft.AddExtra("tonnage", get("gross_tonnage"));
        draft.AddExtra("grossRegisteredTonnage", get("gross_registered_tonnage"));
        if (get("vessel_flag") is { Length: > 0 } flag)
        {
            draft.AddExtra("flag", CountryCodes.Of(flag) ?? flag);
            draft.AddCountry(flag);
        }
        draft.AddExtra("owner", get("vessel_owner"));
        OfacFacts.ApplyRemarks(draft, get("remarks"));
        foreach (var code in List(get("nationalities")).Concat(List(get("citizenships")))) draft.AddNationality(code);
        foreach (var date in List(get("dates_of_birth")))
        {
            var parsed = FreeFormDate.Parse(date);
            if (parsed is not null) draft.AddBirthDate(parsed);
            else draft.AddNote("Date of birth: " + date);
        }
        foreach (var place in List(get("places_of_birth")))
        {
            draft.AddBirthPlace(place, CountryCodes.OfPlace(place));
        }
        foreach (var id in List(get("ids"))) AddIdentifier(draft, id);
        draft.AddExtra("sourceUrl", get("source_information_url"));
    }

    /// <summary>
    /// One entry of the ids column: "CC, number, type" or "CC, date, date, number, type" or
    /// "value, type" ("Male, Gender", "www.vtb.ao, Website"). The type comes last.
    /// </summary>
    private static void AddIdentifier(EntityDraft draft, string entry)
    {
        var parts = entry.Split(", ").Select(p => p.Trim()).ToList();
        if (parts.Count < 2) { draft.AddNote(entry); return; }
        var type = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        string? country = null;
        if (parts.Count >= 2 && IsCode(parts[0])) { country = parts[0]; parts.RemoveAt(0); }
        var dates = parts.Where(p => PartialDate.TryParse(p, out _) && p.Length == 10).ToList();
        var number = string.Join(", ", parts.Except(dates));
        if (number.Length == 0) { draft.AddNote(entry); return; }
        var note = dates.Count > 0 ? "dates " + string.Join(", ", dates) : null;
        if (!OfacFacts.ApplyLabelled(draft, type, number, country, note))
            draft.AddNote($"{type.TrimEnd(':', '-', ' ')}: {number}");
    }

    private static bool IsCode(string s) => s.Length == 2 && s.All(char.IsAsciiLetterUpper);

    private static IEnumerable<string> List(string column) =>
        column.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
