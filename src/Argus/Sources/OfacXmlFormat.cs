using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// OFAC's XML publication (root <c>sdnList</c>), used both for the SDN list (SDN.XML, dataset
/// us_ofac_sdn) and for the consolidated non-SDN list (CONSOLIDATED.XML, dataset us_ofac_cons).
/// One entity per <c>sdnEntry</c>, referenced by its <c>uid</c>.
/// </summary>
public sealed class OfacXmlFormat : IListFormat
{
    /// <summary>
    /// The SDN list has held more than 5,000 entries since the 2000s; the non-SDN consolidated list
    /// has never come near 2,000. A count above this is the SDN list.
    /// </summary>
    public const int SdnMinimumCount = 2000;

    public string Name => "ofac-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head);
        return text.StartsWith('<') && text.Contains("<sdnList", StringComparison.Ordinal);
    }

    /// <summary>
    /// Which list a file is. Both come in the same format with the same programmes possible, so:
    /// a file name that says so decides ("sdn…" is the SDN list, "cons…"/"consolidated" the non-SDN
    /// list, as OFAC names its downloads SDN.XML and CONSOLIDATED.XML); otherwise the size decides —
    /// more than <see cref="SdnMinimumCount"/> entries (Record_Count, else the entries read) is the
    /// SDN list, fewer the consolidated non-SDN list.
    /// </summary>
    public static string DatasetFor(string fileName, int recordCount)
    {
        var name = Path.GetFileNameWithoutExtension(fileName.Split('?')[0].TrimEnd('/')).ToLowerInvariant();
        if (name.StartsWith("cons", StringComparison.Ordinal) || name.Contains("non_sdn") || name.Contains("non-sdn")) return Datasets.OfacCons;
        if (name.StartsWith("sdn", StringComparison.Ordinal)) return Datasets.OfacSdn;
        return recordCount > SdnMinimumCount ? Datasets.OfacSdn : Datasets.OfacCons;
    }

    public ListSnapshot Read(ListSource source)
    {
        var entries = new List<(XElement Element, string Place)>();
        DateTimeOffset? published = null;
        int? recordCount = null;
        var place = "start of file";
        try
        {
            using var reader = XmlListReading.Open(source);
            XmlListReading.ExpectRoot(reader, source, "sdnList");
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "publshInformation")
                {
                    place = $"element publshInformation (line {XmlListReading.Line(reader)})";
                    var info = (XElement)XNode.ReadFrom(reader);
                    if (info.Text("Publish_Date") is { } date
                        && DateTime.TryParseExact(date, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        published = new DateTimeOffset(d, TimeSpan.Zero);
                    if (info.Text("Record_Count") is { } count && int.TryParse(count, CultureInfo.InvariantCulture, out var c)) recordCount = c;
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sdnEntry")
                {
                    place = $"element sdnEntry #{entries.Count + 1} (line {XmlListReading.Line(reader)})";
                    entries.Add(((XElement)XNode.ReadFrom(reader), place));
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
        if (entries.Count == 0)
            throw new ListFormatException(source.Name, "root element", "the list holds no sdnEntry");
        var doubt = recordCount is { } expected && expected != entries.Count
            ? $"{source.Name}: publshInformation/Record_Count: the file announces {expected} entries but holds {entries.Count}"
            : null;

        var dataset = DatasetFor(source.Name, recordCount ?? entries.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<WatchlistEntity>(entries.Count);
        foreach (var (element, where) in entries)
        {
            var entity = ReadEntry(element, dataset, source, where);
            if (!seen.Add(entity.Reference))
                throw new ListFormatException(source.Name, where, $"uid {entity.Reference} appears twice");
            entities.Add(entity);
        }
        return new ListSnapshot(dataset, Name, published, entities, [], doubt);
    }

    private static WatchlistEntity ReadEntry(XElement e, string dataset, ListSource source, string place)
    {
        var uid = e.Text("uid") ?? throw new ListFormatException(source.Name, place, "uid is missing");
        var schema = e.Text("sdnType")?.ToLowerInvariant() switch
        {
            "individual" => EntitySchema.Person,
            "vessel" => EntitySchema.Vessel,
            "aircraft" => EntitySchema.Airplane,
            _ => EntitySchema.Organization,
        };
        var draft = new EntityDraft(dataset, uid, schema);
        var primary = PartsName(e.Text("lastName"), e.Text("firstName"), NameKind.Primary, schema == EntitySchema.Person);
        if (primary is null) throw new ListFormatException(source.Name, place, $"uid {uid} has no lastName");
        draft.AddName(primary);

        foreach (var aka in e.Children("akaList").SelectMany(l => l.Children("aka")))
        {
            var kind = (aka.Text("type")?.ToLowerInvariant(), aka.Text("category")?.ToLowerInvariant()) switch
            {
                ("f.k.a.", _) => NameKind.PreviousName,
                (_, "weak") => NameKind.WeakAlias,
                _ => NameKind.Alias,
            };
            if (PartsName(aka.Text("lastName"), aka.Text("firstName"), kind, schema == EntitySchema.Person) is { } n) draft.AddName(n);
        }

        foreach (var p in e.Children("programList").SelectMany(l => l.Children("program"))) draft.AddProgram(p.Value);
        draft.AddPosition(e.Text("title"));

        foreach (var id in e.Children("idList").SelectMany(l => l.Children("id")))
        {
            var type = id.Text("idType");
            var number = id.Text("idNumber");
            if (type is null || number is null) continue;
            var note = TextParts.With("; ", id.Text("issueDate") is { } issued ? "issued " + issued : null,
                id.Text("expirationDate") is { } expires ? "expires " + expires : null);
            if (!OfacFacts.ApplyLabelled(draft, type, number, id.Text("idCountry"), note.Length == 0 ? null : note))
                draft.AddNote($"{type.TrimEnd(':', '-', ' ')}: {number}");
        }

        foreach (var a in e.Children("addressList").SelectMany(l => l.Children("address")))
        {
            var country = a.Text("country");
            var city = a.Text("city");
            var full = TextParts.Comma(a.Text("address1"), a.Text("address2"), a.Text("address3"), city,
                a.Text("stateOrProvince"), a.Text("postalCode"), country);
            draft.AddAddress(full, city, country);
        }

        foreach (var n in e.Children("nationalityList").SelectMany(l => l.Children("nationality"))) draft.AddNationality(n.Text("country"));
        foreach (var n in e.Children("citizenshipList").SelectMany(l => l.Children("citizenship"))) draft.AddNationality(n.Text("country"));
        foreach (var d in e.Children("dateOfBirthList").SelectMany(l => l.Children("dateOfBirthItem")))
        {
            var text = d.Text("dateOfBirth");
            var date = FreeFormDate.Parse(text);
            if (date is not null) draft.AddBirthDate(date);
            else if (text is not null) draft.AddNote("Date of birth: " + text);
        }
        foreach (var p in e.Children("placeOfBirthList").SelectMany(l => l.Children("placeOfBirthItem")))
        {
            var text = p.Text("placeOfBirth");
            if (text is null) continue;
            draft.AddBirthPlace(text, CountryCodes.OfPlace(text));
        }

        if (e.Children("vesselInfo").FirstOrDefault() is { } v)
        {
            draft.AddExtra("callSign", v.Text("callSign"));
            draft.AddIdentifier(IdentifierTypes.CallSign, v.Text("callSign"));
            draft.AddExtra("vesselType", v.Text("vesselType"));
            draft.AddExtra("tonnage", v.Text("tonnage"));
            draft.AddExtra("grossRegisteredTonnage", v.Text("grossRegisteredTonnage"));
            draft.AddExtra("owner", v.Text("vesselOwner"));
            if (v.Text("vesselFlag") is { } flag)
            {
                draft.AddExtra("flag", CountryCodes.Of(flag) ?? flag);
                draft.AddCountry(flag);
            }
        }

        OfacFacts.ApplyRemarks(draft, e.Text("remarks"));
        return draft.Build();
    }

    /// <summary>People are captioned as OFAC's CSV writes them, "LAST, First"; others by their last name alone.</summary>
    private static EntityName? PartsName(string? last, string? first, NameKind kind, bool person)
    {
        if (last is null && first is null) return null;
        if (first is null) return OfacNames.Name(last!, kind, person);
        if (last is null) return new EntityName(first, kind) { Given = person ? first : null };
        var full = $"{last}, {first}";
        return person ? new EntityName(full, kind) { Family = last, Given = first } : new EntityName($"{first} {last}", kind);
    }
}
