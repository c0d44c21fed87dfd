using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// The UN Security Council Consolidated List (XML, root <c>CONSOLIDATED_LIST</c>): one entity per
/// <c>INDIVIDUAL</c> (Person) or <c>ENTITY</c> (Organization), referenced by <c>REFERENCE_NUMBER</c>.
/// </summary>
public sealed partial class UnXmlFormat : IListFormat
{
    public string Name => "un-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head);
        return text.StartsWith('<') && text.Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal);
    }

    public ListSnapshot Read(ListSource source)
    {
        var entities = new List<WatchlistEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? published = null;
        var place = "start of file";
        try
        {
            using var reader = XmlListReading.Open(source);
            XmlListReading.ExpectRoot(reader, source, "CONSOLIDATED_LIST");
            if (reader.GetAttribute("dateGenerated") is { } generated
                && DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var g))
                published = g;
            var counts = new Dictionary<string, int> { ["INDIVIDUAL"] = 0, ["ENTITY"] = 0 };
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    var kind = reader.LocalName;
                    var n = ++counts[kind];
                    place = $"element {kind} #{n} (line {XmlListReading.Line(reader)})";
                    var element = (XElement)XNode.ReadFrom(reader);
                    var entity = ReadEntity(element, kind == "INDIVIDUAL", source, place);
                    if (!seen.Add(entity.Reference))
                        throw new ListFormatException(source.Name, place, $"reference {entity.Reference} appears twice");
                    entities.Add(entity);
                    continue;
                }
                reader.Read();
            }
        }
        catch (XmlException e)
        {
            throw new ListFormatException(source.Name, XmlListReading.Place(e) + (place == "start of file" ? "" : $", in {place}"),
                "the XML is malformed or truncated: " + e.Message, e);
        }
        if (entities.Count == 0)
            throw new ListFormatException(source.Name, "root element", "the list holds no INDIVIDUAL or ENTITY");
        return new ListSnapshot(Datasets.UnSc, Name, published, entities, []);
    }

    [GeneratedRegex(@"Gender:\s*(?<g>male|female)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderInComments();

    private static WatchlistEntity ReadEntity(XElement e, bool person, ListSource source, string place)
    {
        var reference = e.Text("REFERENCE_NUMBER")
            ?? throw new ListFormatException(source.Name, place, "REFERENCE_NUMBER is missing");
        var draft = new EntityDraft(Datasets.UnSc, reference, person ? EntitySchema.Person : EntitySchema.Organization);

        // FIRST..FOURTH_NAME are parts in list order (for Korean names FIRST_NAME is the family name),
        // so they are joined as written and not labelled given or family.
        var full = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(n => e.Text(n)).Where(t => t is not null));
        draft.AddName(new EntityName(full, NameKind.Primary));
        if (draft.Names.Count == 0)
            throw new ListFormatException(source.Name, place, $"{reference} has no name (FIRST_NAME is empty)");
        // "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)": one name field
        // holding several names; the caption stays as listed and each name is searchable on its own.
        var parts = SplitNames(full);
        if (parts.Count > 1) foreach (var part in parts) draft.AddName(new EntityName(part, NameKind.Alias));
        if (e.Text("NAME_ORIGINAL_SCRIPT") is { } original)
            draft.AddName(new EntityName(original, NameKind.OriginalScript));

        foreach (var alias in e.Children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            var names = SplitNames(alias.Text("ALIAS_NAME"));
            if (names.Count == 0) continue;
            var kind = alias.Text("QUALITY")?.ToLowerInvariant() switch
            {
                "low" => NameKind.WeakAlias,
                "f.k.a." => NameKind.PreviousName,
                _ => NameKind.Alias,
            };
            foreach (var name in names) draft.AddName(new EntityName(name, kind));
            // Some aliases carry the birth facts of the identity they were used with.
            draft.AddBirthDate(FreeFormDate.Parse(alias.Text("DATE_OF_BIRTH")));
            var aliasPob = TextParts.Comma(alias.Text("CITY_OF_BIRTH"), alias.Text("COUNTRY_OF_BIRTH"));
            if (aliasPob.Length > 0) draft.AddBirthPlace(aliasPob, CountryCodes.Of(alias.Text("COUNTRY_OF_BIRTH")));
        }

        if (e.Text("UN_LIST_TYPE") is { } program) draft.AddProgram(program);
        draft.ListingDate = IsoDay(e.Text("LISTED_ON"));
        foreach (var v in e.Values("LAST_DAY_UPDATED")) draft.TouchModified(IsoDay(v));
        foreach (var v in e.Values("TITLE")) draft.AddPosition(v);
        foreach (var v in e.Values("DESIGNATION")) draft.AddPosition(v);
        foreach (var v in e.Values("NATIONALITY"))
            if (!draft.AddNationality(v)) draft.AddNote("Nationality: " + v);

        var comments = e.Text("COMMENTS1");
        draft.AddNote(comments);
        draft.SetGender(e.Text("GENDER"));
        if (draft.Gender is null && comments is not null && GenderInComments().Match(comments) is { Success: true } gm)
            draft.SetGender(gm.Groups["g"].Value);

        foreach (var a in e.Children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            var country = a.Text("COUNTRY");
            var text = TextParts.Comma(a.Text("STREET"), a.Text("CITY"), a.Text("STATE_PROVINCE"), a.Text("ZIP_CODE"), country);
            if (text.Length == 0) continue;
            draft.AddAddress(text, a.Text("CITY"), country);
            if (country is not null) draft.AddCountry(country);
            if (a.Text("NOTE") is { } note) draft.AddNote($"Address {text}: {note}");
        }

        foreach (var d in e.Children("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var date = BirthDate(d);
            if (date is null)
            {
                if (d.Text("NOTE") is { } note) draft.AddNote("Date of birth: " + note);
                continue;
            }
            draft.AddBirthDate(date);
        }

        foreach (var p in e.Children("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            var country = p.Text("COUNTRY");
            var text = TextParts.Comma(p.Text("CITY"), p.Text("STATE_PROVINCE"), country);
            if (text.Length == 0) text = p.Text("NOTE") ?? "";
            draft.AddBirthPlace(text, CountryCodes.Of(country));
        }

        foreach (var d in e.Children("INDIVIDUAL_DOCUMENT"))
        {
            var type = d.Text("TYPE_OF_DOCUMENT");
            var number = d.Text("NUMBER");
            var country = d.Text("ISSUING_COUNTRY") ?? d.Text("COUNTRY_OF_ISSUE");
            var note = TextParts.With("; ", type, d.Text("TYPE_OF_DOCUMENT2"),
                d.Text("DATE_OF_ISSUE") is { } issued ? "issued " + issued : null,
                d.Text("CITY_OF_ISSUE") is { } city ? "in " + city : null, d.Text("NOTE"));
            if (number is null)
            {
                if (note.Length > 0) draft.AddNote("Document: " + note);
                continue;
            }
            draft.AddIdentifier(DocumentType(type), number, CountryCodes.Of(country), note);
        }

        return draft.Build();
    }

    /// <summary>Several names in one field are separated by semicolons ("Azim Adhajani; Azim Agha-Jani").</summary>
    private static List<string> SplitNames(string? text) =>
        text is null ? [] : [.. text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static FuzzyDate? BirthDate(XElement d)
    {
        var type = d.Text("TYPE_OF_DATE")?.ToUpperInvariant();
        var circa = type == "APPROXIMATELY";
        FuzzyDate? date = null;
        if (d.Text("FROM_YEAR") is { } from && d.Text("TO_YEAR") is { } to
            && PartialDate.TryParse(from, out var f) && PartialDate.TryParse(to, out var t) && f.CompareTo(t) <= 0)
            date = new FuzzyDate(f, f == t ? null : t, circa);
        else if (FreeFormDate.Parse(d.Text("DATE")) is { } exact)
            date = exact with { Circa = exact.Circa || circa };
        else if (FreeFormDate.Parse(d.Text("YEAR")) is { } year)
            date = year with { Circa = year.Circa || circa };
        return date;
    }

    private static string DocumentType(string? type)
    {
        var t = (type ?? "").ToLowerInvariant();
        if (t.Contains("passport") || t.Contains("passeport") || t.Contains("pasaporte")) return IdentifierTypes.Passport;
        if (t.Contains("national") || t.Contains("identi")) return IdentifierTypes.NationalId;
        return IdentifierTypes.Other;
    }

    /// <summary>"2017-12-22" or "2006-04-10-04:00" (a time-zone suffix is dropped).</summary>
    private static PartialDate? IsoDay(string? text)
    {
        if (text is null) return null;
        var t = text.Length > 10 ? text[..10] : text;
        return PartialDate.TryParse(t, out var d) ? d : null;
    }
}
