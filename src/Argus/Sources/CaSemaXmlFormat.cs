using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Format "ca-sema-xml": Canada's Consolidated Autonomous Sanctions List (root <c>data-set</c>, one
/// <c>record</c> per target).
/// </summary>
/// <remarks>
/// <para>Reference: Schedule and Item repeat across the country regimes, so the key is the English part of
/// Country, the Schedule and the Item, written as a slug: "russia-1-part-1-503" (a record without Schedule:
/// "haiti-12"). It is unique in the file and stable across publications.</para>
/// <para>Schema: a record with LastName/GivenName is a Person; one with EntityOrShip is a Vessel when it
/// has a ShipIMONumber or a ship type in TitleOrShip, otherwise an Organization.</para>
/// <para>Country names the sanctions regime (sometimes not a country at all: "Justice for Victims of
/// Corrupt Foreign Officials Regulations"); it becomes the programme, and its country code is kept as
/// Extra "sanctionsCountry" — and as the country of organisations — never as anyone's nationality.</para>
/// <para>Aliases are one free-text cell: split at ";" and ",", and at " or " between names; "Russian:" and
/// similar labels give the name's language; names without Latin letters are original-script names.</para>
/// </remarks>
public sealed partial class CaSemaXmlFormat : IListFormat
{
    private const double MaxBadRowShare = 0.05;

    public string Name => "ca-sema-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head, 8192);
        return text.StartsWith('<') && text.Contains("<data-set", StringComparison.Ordinal)
            && text.Contains("<record", StringComparison.Ordinal)
            && (text.Contains("<Schedule>", StringComparison.Ordinal) || text.Contains("<EntityOrShip>", StringComparison.Ordinal) || text.Contains("<GivenName>", StringComparison.Ordinal));
    }

    public ListSnapshot Read(ListSource source)
    {
        var entities = new List<WatchlistEntity>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<string>();
        PartialDate? newest = null;
        var records = 0;
        var bad = 0;
        foreach (var record in XmlListReader.Records(source, "data-set", "record"))
        {
            records++;
            var place = XmlListReader.PlaceOf(record, $"record #{records}");
            var entity = ReadRecord(record, out var problem);
            if (entity is null)
            {
                bad++;
                warnings.Add($"{source.Name}: {place}: skipped: {problem}");
                continue;
            }
            if (seen.TryGetValue(entity.Id, out var first))
            {
                bad++;
                warnings.Add($"{source.Name}: {place}: skipped: key {entity.Reference} repeats {first}");
                continue;
            }
            seen[entity.Id] = place;
            entities.Add(entity);
            if (entity.ListingDate is { } l && (newest is null || l.CompareTo(newest.Value) > 0)) newest = l;
        }
        if (records == 0)
            throw new ListFormatException(source.Name, "element data-set", "the list holds no record (truncated or emptied file?)");
        if (bad > MaxBadRowShare * records)
            throw new ListFormatException(source.Name, "element data-set", $"{bad} of {records} records are unreadable (first: {warnings[0]})");
        // The file states no publication date: its newest DateOfListing stands for it.
        DateTimeOffset? published = newest is { } n ? new DateTimeOffset(n.Year, n.Month ?? 1, n.Day ?? 1, 0, 0, 0, TimeSpan.Zero) : null;
        return new ListSnapshot(Datasets.CaSema, Name, published, entities, warnings);
    }

    private static WatchlistEntity? ReadRecord(XElement r, out string problem)
    {
        string? Field(string name) => EntityDraft.CleanOrNull(r.Element(name)?.Value);
        problem = "";
        var country = Field("Country");
        var item = Field("Item");
        if (country is null || item is null)
        {
            problem = "no Country or no Item, so no key";
            return null;
        }
        var last = Field("LastName");
        var given = Field("GivenName");
        var entityName = Field("EntityOrShip");
        var title = Field("TitleOrShip");
        var imo = Field("ShipIMONumber");
        EntitySchema schema;
        string full;
        if (last is not null || given is not null)
        {
            schema = EntitySchema.Person;
            full = string.Join(' ', new[] { given, last }.Where(p => p is not null));
        }
        else if (entityName is not null)
        {
            schema = imo is not null || LooksLikeShipType(title) ? EntitySchema.Vessel : EntitySchema.Organization;
            full = entityName;
        }
        else
        {
            problem = $"record {item} names nobody (no LastName, GivenName or EntityOrShip)";
            return null;
        }

        var regime = EnglishPart(country);
        var schedule = Field("Schedule");
        var reference = RegimeKey(regime) + (schedule is null ? "" : "-" + Slug(schedule)) + "-" + Slug(item);
        var draft = new EntityDraft(Datasets.CaSema, reference, schema);
        draft.AddName(schema == EntitySchema.Person
            ? new EntityName(full) { Given = given, Family = last }
            : new EntityName(full));
        draft.Caption = full;
        foreach (var alias in SplitAliases(Field("Aliases"))) draft.AddName(alias);

        draft.AddProgram(regime);
        var code = Countries.ToCode(regime);
        draft.AddExtra("sanctionsCountry", code);
        if (schema == EntitySchema.Organization) draft.AddCountry(code);
        draft.AddExtra("schedule", schedule);
        draft.AddExtra("item", item);

        var dates = ListDateText.Parse(Field("DateOfBirthOrShipBuildDate"));
        if (schema == EntitySchema.Person)
        {
            draft.AddBirthDates(dates);
            draft.AddExtra("title", title);
        }
        else
        {
            foreach (var d in dates) draft.AddExtra("buildDate", d.ToString());
            if (schema == EntitySchema.Vessel) draft.AddExtra("type", title);
            else draft.AddExtra("title", title);
        }
        if (imo is not null) draft.AddIdentifier(IdentifierTypes.Imo, imo.Replace("IMO", "", StringComparison.OrdinalIgnoreCase).Trim());
        if (PartialDate.TryParse(Field("DateOfListing"), out var listed)) draft.ListingDate = listed;
        return draft.Build();
    }

    /// <summary>"Belarus / Bélarus" → "Belarus"; a value without a French part is kept whole.</summary>
    internal static string EnglishPart(string bilingual)
    {
        var i = bilingual.IndexOf(" / ", StringComparison.Ordinal);
        return (i < 0 ? bilingual : bilingual[..i]).Trim();
    }

    [GeneratedRegex(@"\((?<acronym>[A-Z]{2,10})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAcronym();

    /// <summary>The regime's part of the key: its acronym when it has one ("JVCFOR"), else its name.</summary>
    private static string RegimeKey(string regime) =>
        TrailingAcronym().Match(regime) is { Success: true } m ? Slug(m.Groups["acronym"].Value) : Slug(regime);

    [GeneratedRegex(@"tanker|cargo|carrier|vessel|ship|bulk|container|tug|yacht|ferry|trawler", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShipType();

    private static bool LooksLikeShipType(string? title) => title is not null && ShipType().IsMatch(title);

    [GeneratedRegex(@"^\s*(?<lang>Russian|Belarusian|Ukrainian|Arabic|Persian|Farsi|Chinese|Korean|Armenian|Georgian|Hebrew|French|English)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLabel();

    [GeneratedRegex(@"\s*;\s*|\s*,\s+|\s+or\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AliasSeparator();

    // Legal forms written after a comma belong to the name before them ("Завод Сокол, ООО").
    private static readonly HashSet<string> TrailingLegalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "ООО", "ОАО", "ЗАО", "АО", "ПАО", "LLC", "Ltd", "Ltd.", "Inc", "Inc.", "JSC", "OJSC", "CJSC", "PJSC", "LLP", "Co.", "S.A.", "GmbH", "Limited",
    };

    internal static IEnumerable<EntityName> SplitAliases(string? text)
    {
        if (text is null) yield break;
        var pending = new List<(string Name, string? Language)>();
        string? language = null;
        foreach (var raw in AliasSeparator().Split(text))
        {
            var part = raw.Trim().Trim(')', '(', ' ').Trim();
            var label = LanguageLabel().Match(part);
            if (label.Success)
            {
                language = label.Groups["lang"].Value;
                part = part[label.Length..].Trim();
            }
            if (part.Length == 0) continue;
            if (TrailingLegalForms.Contains(part) && pending.Count > 0)
            {
                var (n, l) = pending[^1];
                pending[^1] = (n + ", " + part, l);
                continue;
            }
            pending.Add((part, label.Success || !MostlyLatin(part) ? language : null));
        }
        foreach (var (name, lang) in pending)
            yield return new EntityName(name, MostlyLatin(name) ? NameKind.Alias : NameKind.OriginalScript) { Language = lang };
    }

    // Belarusian Cyrillic borrows the Latin "i": count letters rather than look for any Latin one.
    private static bool MostlyLatin(string s)
    {
        int latin = 0, other = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F') latin++;
            else other++;
        }
        return latin >= other;
    }

    /// <summary>Lower-case ASCII words joined by "-": "1, Part 1.1" → "1-part-1-1", "Bélarus" → "belarus".</summary>
    internal static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
