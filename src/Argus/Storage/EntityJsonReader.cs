using System.Text.Json;
using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// Reads the stored JSON of an entity straight off a <see cref="Utf8JsonReader"/>: loading every active
/// entity is on the start-up path of screening, and this is several times faster than the generic
/// deserializer. The writer stays <see cref="EntityJson.Serialize"/>; tests hold the two together.
/// Unknown properties are skipped, so a newer writer's extra fields do not break an older reader.
/// </summary>
internal static class EntityJsonReader
{
    public static WatchlistEntity Read(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8);
        Next(ref r);
        Expect(ref r, JsonTokenType.StartObject);
        string? id = null, dataset = null, reference = null, caption = null, gender = null;
        EntitySchema? schema = null;
        IReadOnlyList<EntityName> names = [];
        IReadOnlyList<FuzzyDate> birthDates = [];
        IReadOnlyList<Place> birthPlaces = [];
        IReadOnlyList<string> nationalities = [], countries = [], programs = [], positions = [], notes = [];
        IReadOnlyList<Identifier> identifiers = [];
        IReadOnlyList<Address> addresses = [];
        PartialDate? listingDate = null, modifiedAt = null;
        IReadOnlyDictionary<string, IReadOnlyList<string>>? extra = null;

        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { Next(ref r); id = Str(ref r); }
            else if (r.ValueTextEquals("dataset"u8)) { Next(ref r); dataset = Str(ref r); }
            else if (r.ValueTextEquals("reference"u8)) { Next(ref r); reference = Str(ref r); }
            else if (r.ValueTextEquals("schema"u8)) { Next(ref r); schema = Schema(ref r); }
            else if (r.ValueTextEquals("caption"u8)) { Next(ref r); caption = Str(ref r); }
            else if (r.ValueTextEquals("gender"u8)) { Next(ref r); gender = Str(ref r); }
            else if (r.ValueTextEquals("names"u8)) { Next(ref r); names = Objects(ref r, ReadName); }
            else if (r.ValueTextEquals("birthDates"u8)) { Next(ref r); birthDates = Strings(ref r).Select(Fuzzy).ToList(); }
            else if (r.ValueTextEquals("birthPlaces"u8)) { Next(ref r); birthPlaces = Objects(ref r, ReadPlace); }
            else if (r.ValueTextEquals("nationalities"u8)) { Next(ref r); nationalities = Strings(ref r); }
            else if (r.ValueTextEquals("countries"u8)) { Next(ref r); countries = Strings(ref r); }
            else if (r.ValueTextEquals("identifiers"u8)) { Next(ref r); identifiers = Objects(ref r, ReadIdentifier); }
            else if (r.ValueTextEquals("addresses"u8)) { Next(ref r); addresses = Objects(ref r, ReadAddress); }
            else if (r.ValueTextEquals("programs"u8)) { Next(ref r); programs = Strings(ref r); }
            else if (r.ValueTextEquals("positions"u8)) { Next(ref r); positions = Strings(ref r); }
            else if (r.ValueTextEquals("listingDate"u8)) { Next(ref r); listingDate = Partial(Str(ref r)); }
            else if (r.ValueTextEquals("modifiedAt"u8)) { Next(ref r); modifiedAt = Partial(Str(ref r)); }
            else if (r.ValueTextEquals("notes"u8)) { Next(ref r); notes = Strings(ref r); }
            else if (r.ValueTextEquals("extra"u8)) { Next(ref r); extra = ReadExtra(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        Expect(ref r, JsonTokenType.EndObject);
        return new WatchlistEntity
        {
            Id = id ?? throw Missing("id"),
            Dataset = dataset ?? throw Missing("dataset"),
            Reference = reference ?? throw Missing("reference"),
            Schema = schema ?? throw Missing("schema"),
            Caption = caption ?? throw Missing("caption"),
            Names = names,
            BirthDates = birthDates,
            BirthPlaces = birthPlaces,
            Nationalities = nationalities,
            Countries = countries,
            Gender = gender,
            Identifiers = identifiers,
            Addresses = addresses,
            Programs = programs,
            Positions = positions,
            ListingDate = listingDate,
            ModifiedAt = modifiedAt,
            Notes = notes,
            Extra = extra ?? new Dictionary<string, IReadOnlyList<string>>(),
        };
    }

    private delegate T ObjectReader<T>(ref Utf8JsonReader r);

    private static EntityName ReadName(ref Utf8JsonReader r)
    {
        string? full = null, given = null, middle = null, father = null, family = null, language = null;
        var kind = NameKind.Primary;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("full"u8)) { Next(ref r); full = Str(ref r); }
            else if (r.ValueTextEquals("kind"u8)) { Next(ref r); kind = Kind(ref r); }
            else if (r.ValueTextEquals("given"u8)) { Next(ref r); given = Str(ref r); }
            else if (r.ValueTextEquals("middle"u8)) { Next(ref r); middle = Str(ref r); }
            else if (r.ValueTextEquals("father"u8)) { Next(ref r); father = Str(ref r); }
            else if (r.ValueTextEquals("family"u8)) { Next(ref r); family = Str(ref r); }
            else if (r.ValueTextEquals("language"u8)) { Next(ref r); language = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new EntityName(full ?? throw Missing("names.full"), kind) { Given = given, Middle = middle, Father = father, Family = family, Language = language };
    }

    private static Place ReadPlace(ref Utf8JsonReader r)
    {
        string? text = null, country = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("text"u8)) { Next(ref r); text = Str(ref r); }
            else if (r.ValueTextEquals("country"u8)) { Next(ref r); country = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new Place(text ?? throw Missing("birthPlaces.text"), country);
    }

    private static Identifier ReadIdentifier(ref Utf8JsonReader r)
    {
        string? type = null, number = null, country = null, note = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("type"u8)) { Next(ref r); type = Str(ref r); }
            else if (r.ValueTextEquals("number"u8)) { Next(ref r); number = Str(ref r); }
            else if (r.ValueTextEquals("country"u8)) { Next(ref r); country = Str(ref r); }
            else if (r.ValueTextEquals("note"u8)) { Next(ref r); note = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new Identifier(type ?? throw Missing("identifiers.type"), number ?? throw Missing("identifiers.number"), country, note);
    }

    private static Address ReadAddress(ref Utf8JsonReader r)
    {
        string? full = null, city = null, country = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("full"u8)) { Next(ref r); full = Str(ref r); }
            else if (r.ValueTextEquals("city"u8)) { Next(ref r); city = Str(ref r); }
            else if (r.ValueTextEquals("country"u8)) { Next(ref r); country = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new Address(full ?? throw Missing("addresses.full"), city, country);
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadExtra(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var key = r.GetString()!;
            Next(ref r);
            map[key] = Strings(ref r);
        }
        return map;
    }

    private static List<T> Objects<T>(ref Utf8JsonReader r, ObjectReader<T> read)
    {
        var list = new List<T>();
        if (r.TokenType == JsonTokenType.Null) return list;
        Expect(ref r, JsonTokenType.StartArray);
        while (Next(ref r) == JsonTokenType.StartObject) list.Add(read(ref r));
        Expect(ref r, JsonTokenType.EndArray);
        return list;
    }

    private static List<string> Strings(ref Utf8JsonReader r)
    {
        var list = new List<string>();
        if (r.TokenType == JsonTokenType.Null) return list;
        Expect(ref r, JsonTokenType.StartArray);
        while (Next(ref r) == JsonTokenType.String) list.Add(r.GetString()!);
        Expect(ref r, JsonTokenType.EndArray);
        return list;
    }

    // Enum values are matched on their bytes: no string is made for the few values every entity repeats.
    private static EntitySchema Schema(ref Utf8JsonReader r)
    {
        if (r.ValueTextEquals("Person"u8)) return EntitySchema.Person;
        if (r.ValueTextEquals("Organization"u8)) return EntitySchema.Organization;
        return Enum.Parse<EntitySchema>(Str(ref r) ?? throw Missing("schema"));
    }

    private static NameKind Kind(ref Utf8JsonReader r)
    {
        if (r.ValueTextEquals("Primary"u8)) return NameKind.Primary;
        if (r.ValueTextEquals("Alias"u8)) return NameKind.Alias;
        return Enum.Parse<NameKind>(Str(ref r) ?? throw Missing("names.kind"));
    }

    private static string? Str(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => r.GetString(),
        _ => throw new JsonException($"expected a string, found {r.TokenType} at byte {r.TokenStartIndex}"),
    };

    private static FuzzyDate Fuzzy(string text) =>
        FuzzyDate.TryParse(text, out var d) && d is not null ? d : throw new JsonException($"not a date: '{text}'");

    private static PartialDate? Partial(string? text) =>
        text is null ? null : PartialDate.TryParse(text, out var d) ? d : throw new JsonException($"not a partial date: '{text}'");

    private static JsonTokenType Next(ref Utf8JsonReader r) =>
        r.Read() ? r.TokenType : throw new JsonException("the stored entity ends early");

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (r.TokenType != type) throw new JsonException($"expected {type}, found {r.TokenType} at byte {r.TokenStartIndex}");
    }

    private static JsonException Missing(string field) => new($"the stored entity has no '{field}'");
}
