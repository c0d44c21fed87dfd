using System.Globalization;
using System.Xml.Linq;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Format "eu-fsf-xml": the EU Financial Sanctions Files XML (root <c>export</c> in namespace
/// <c>http://eu.europa.ec/fpi/fsd/export</c>, one <c>sanctionEntity</c> per target).
/// </summary>
/// <remarks>
/// <para>Reference: the euReferenceNumber ("EU.36.64"), which the EU cites in its regulations and keeps
/// across publications; the logicalId is kept as Extra "logicalId" and stands in only when an entry has no
/// reference number.</para>
/// <para>Names: the EU marks no primary name; the first nameAlias is taken as primary, every other one in
/// any language is a strong alias (strong="false": a weak alias), with its nameLanguage.</para>
/// <para>Schema: subjectType person → Person; enterprise → Organization, or Vessel when the entry carries
/// an IMO number. Country codes "00" / "UNKNOWN" mean unknown. unitedNationId → Extra "unReference".</para>
/// </remarks>
public sealed class EuFsfXmlFormat : IListFormat
{
    private const string Namespace = "http://eu.europa.ec/fpi/fsd/export";
    private const double MaxBadShare = 0.05;

    public string Name => "eu-fsf-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head, 8192);
        return text.StartsWith('<') && text.Contains("<export", StringComparison.Ordinal)
            && (text.Contains(Namespace, StringComparison.Ordinal) || text.Contains("<sanctionEntity", StringComparison.Ordinal));
    }

    public ListSnapshot Read(ListSource source)
    {
        DateTimeOffset? published = null;
        var entities = new List<WatchlistEntity>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<string>();
        var count = 0;
        var bad = 0;
        foreach (var entry in XmlListReader.Records(source, "export", "sanctionEntity", root =>
                 {
                     if (DateTimeOffset.TryParse((string?)root.Attribute("generationDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var g))
                         published = g;
                 }))
        {
            count++;
            var place = XmlListReader.PlaceOf(entry, $"sanctionEntity #{count}");
            var entity = ReadEntry(entry, out var problem);
            if (entity is null || ids.ContainsKey(entity.Id))
            {
                bad++;
                warnings.Add($"{source.Name}: {place}: skipped: " + (entity is null ? problem : $"reference {entity.Reference} repeats {ids[entity.Id]}"));
                continue;
            }
            ids[entity.Id] = place;
            entities.Add(entity);
        }
        if (count == 0)
            throw new ListFormatException(source.Name, "element export", "the list holds no sanctionEntity (truncated or emptied file?)");
        if (bad > MaxBadShare * count)
            throw new ListFormatException(source.Name, "element export", $"{bad} of {count} entries are unreadable (first: {warnings[0]})");
        return new ListSnapshot(Datasets.EuFsf, Name, published, entities, warnings);
    }

    private static IEnumerable<XElement> Children(XElement e, string localName) => e.Elements().Where(c => c.Name.LocalName == localName);

    private static string? Attr(XElement e, string name) => EntityDraft.CleanOrNull((string?)e.Attribute(name));

    /// <summary>A country code, or null for the EU's "00" / "UNKNOWN" placeholders.</summary>
    private static string? Country(XElement e)
    {
        var code = Attr(e, "countryIso2Code");
        if (code is not null && code != "00" && Countries.ToCode(code) is { } c) return c;
        var description = Attr(e, "countryDescription");
        return description is null || description.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase) ? null : Countries.ToCode(description);
    }

    private static WatchlistEntity? ReadEntry(XElement entry, out string problem)
    {
        problem = "";
        var logicalId = Attr(entry, "logicalId");
        var reference = Attr(entry, "euReferenceNumber") ?? logicalId;
        if (reference is null)
        {
            problem = "neither euReferenceNumber nor logicalId";
            return null;
        }
        var subject = Children(entry, "subjectType").Select(s => Attr(s, "code")).FirstOrDefault();
        var identifications = Children(entry, "identification").ToList();
        var hasImo = identifications.Any(IsImo);
        var schema = subject?.ToLowerInvariant() switch
        {
            "person" => EntitySchema.Person,
            _ when hasImo => EntitySchema.Vessel,
            "enterprise" => EntitySchema.Organization,
            _ => EntitySchema.LegalEntity,
        };
        var draft = new EntityDraft(Datasets.EuFsf, reference, schema);
        draft.AddExtra("logicalId", logicalId);
        if (Attr(entry, "unitedNationId") is { } un)
        {
            var refs = UnReferences.FindAll(un);
            if (refs.Count == 0) draft.AddExtra("unReference", un);
            foreach (var r in refs) draft.AddExtra("unReference", r);
        }
        draft.AddNote(Attr(entry, "designationDetails"));
        if (PartialDate.TryParse(Attr(entry, "designationDate"), out var designated)) draft.ListingDate = designated;

        PartialDate? earliestRegulation = null;
        foreach (var regulation in Children(entry, "regulation"))
        {
            draft.AddProgram(Attr(regulation, "programme"));
            draft.AddExtra("regulation", Attr(regulation, "numberTitle"));
            if (PartialDate.TryParse(Attr(regulation, "publicationDate"), out var published))
            {
                if (earliestRegulation is not { } e || published.CompareTo(e) < 0) earliestRegulation = published;
                draft.TouchModified(published);
            }
        }
        // Without a designation date, the first regulation naming the target dates its listing.
        draft.ListingDate ??= earliestRegulation;

        var first = true;
        foreach (var alias in Children(entry, "nameAlias"))
        {
            var whole = Attr(alias, "wholeName")
                ?? EntityDraft.CleanOrNull(string.Join(' ', new[] { Attr(alias, "firstName"), Attr(alias, "middleName"), Attr(alias, "lastName") }.Where(p => p is not null)));
            if (whole is null) continue;
            var strong = !string.Equals(Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase);
            var kind = first ? NameKind.Primary : strong ? NameKind.Alias : NameKind.WeakAlias;
            first = false;
            draft.AddName(new EntityName(whole, kind)
            {
                Given = Attr(alias, "firstName"),
                Middle = Attr(alias, "middleName"),
                Family = Attr(alias, "lastName"),
                Language = Attr(alias, "nameLanguage")?.ToLowerInvariant(),
            });
            if (draft.Gender is null) draft.SetGender(Attr(alias, "gender"));
            draft.AddPosition(Attr(alias, "function"));
            draft.AddExtra("title", Attr(alias, "title"));
        }
        if (draft.Names.Count == 0)
        {
            problem = $"{reference} has no nameAlias with a name";
            return null;
        }

        foreach (var c in Children(entry, "citizenship"))
            draft.AddNationality(Country(c));

        foreach (var b in Children(entry, "birthdate"))
        {
            if (BirthDate(b) is { } date) draft.AddBirthDate(date);
            var placeText = string.Join(", ", new[] { Attr(b, "place"), Attr(b, "city"), Attr(b, "region"), CountryName(b) }.Where(p => p is not null));
            if (placeText.Length > 0) draft.AddBirthPlace(placeText, Country(b));
        }

        foreach (var id in identifications)
        {
            var number = Attr(id, "number") ?? Attr(id, "latinNumber");
            var note = EntityDraft.CleanOrNull(string.Join("; ", new[] { Attr(id, "identificationTypeDescription"), Children(id, "remark").Select(r => r.Value).FirstOrDefault() }.Where(p => !string.IsNullOrWhiteSpace(p))));
            draft.AddIdentifier(IdentifierType(id), number is null ? null : StripImo(number, IsImo(id)), Country(id), note);
        }

        foreach (var a in Children(entry, "address"))
        {
            var full = string.Join(", ", new[] { Attr(a, "street"), Attr(a, "poBox"), Attr(a, "city"), Attr(a, "zipCode"), Attr(a, "region"), Attr(a, "place"), CountryName(a) }.Where(p => p is not null));
            if (full.Length > 0) draft.AddAddress(full, Attr(a, "city"), Country(a));
            else draft.AddCountry(Country(a));
        }

        foreach (var r in Children(entry, "remark")) draft.AddNote(r.Value);
        return draft.Build();
    }

    private static string? CountryName(XElement e)
    {
        var d = Attr(e, "countryDescription");
        return d is null || d.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase) ? null : d;
    }

    /// <summary>A birthdate element: the full date, else year (with month and day when given), else a year range; circa kept.</summary>
    private static FuzzyDate? BirthDate(XElement b)
    {
        var circa = string.Equals(Attr(b, "circa"), "true", StringComparison.OrdinalIgnoreCase);
        if (PartialDate.TryParse(Attr(b, "birthdate"), out var full)) return new FuzzyDate(full, null, circa);
        if (Int(Attr(b, "year")) is { } y and >= 1000)
        {
            var m = Int(Attr(b, "monthOfYear"));
            var d = Int(Attr(b, "dayOfMonth"));
            var date = m is >= 1 and <= 12
                ? d is { } day && day >= 1 && day <= DateTime.DaysInMonth(y, m.Value) ? new PartialDate(y, m, day) : new PartialDate(y, m)
                : new PartialDate(y);
            return new FuzzyDate(date, null, circa);
        }
        if (Int(Attr(b, "yearRangeFrom")) is { } from and >= 1000)
        {
            var to = Int(Attr(b, "yearRangeTo")) is { } t and >= 1000 ? t : from;
            return new FuzzyDate(new PartialDate(from), to == from ? null : new PartialDate(to), circa);
        }
        return null;
    }

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static bool IsImo(XElement id) =>
        string.Equals(Attr(id, "identificationTypeCode"), "imo", StringComparison.OrdinalIgnoreCase)
        || (Attr(id, "identificationTypeDescription")?.Contains("IMO", StringComparison.Ordinal) ?? false)
        || (Attr(id, "number")?.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ?? false);

    private static string StripImo(string number, bool imo) =>
        imo && number.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? number[3..].Trim(' ', ':', '.') : number;

    private static string IdentifierType(XElement id)
    {
        if (IsImo(id)) return IdentifierTypes.Imo;
        return Attr(id, "identificationTypeCode")?.ToLowerInvariant() switch
        {
            "passport" => IdentifierTypes.Passport,
            "id" or "nationalid" or "ssn" => IdentifierTypes.NationalId,
            "regnumber" or "tradelicence" => IdentifierTypes.Registration,
            "fiscalcode" or "tax" => IdentifierTypes.TaxId,
            "swiftbic" => IdentifierTypes.SwiftBic,
            _ => IdentifierTypes.Other,
        };
    }
}
