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
            var name = r.GetString();
            Next(ref r);
            switch (name)
            {
                case "id": id = Str(ref r); break;
                case "dataset": dataset = Str(ref r); break;
                case "reference": reference = Str(ref r); break;
                case "schema": schema = Enum.Parse<EntitySchema>(Str(ref r)!); break;
                case "caption": caption = Str(ref r); break;
                case "gender": gender = Str(ref r); break;
                case "names": names = Objects(ref r, ReadName); break;
                case "birthDates": birthDates = Strings(ref r).Select(Fuzzy).ToList(); break;
                case "birthPlaces": birthPlaces = Objects(ref r, ReadPlace); break;
                case "nationalities": nationalities = Strings(ref r); break;
                case "countries": countries = Strings(ref r); break;
                case "identifiers": identifiers = Objects(ref r, ReadIdentifier); break;
                case "addresses": addresses = Objects(ref r, ReadAddress); break;
                case "programs": programs = Strings(ref r); break;
                case "positions": positions = Strings(ref r); break;
                case "listingDate": listingDate = Partial(Str(ref r)); break;
                case "modifiedAt": modifiedAt = Partial(Str(ref r)); break;
                case "notes": notes = Strings(ref r); break;
                case "extra": extra = ReadExtra(ref r); break;
                default: r.Skip(); break;
            }
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
            var name = r.GetString();
            Next(ref r);
            switch (name)
            {
                case "full": full = Str(ref r); break;
                case "kind": kind = Enum.Parse<NameKind>(Str(ref r)!); break;
                case "given": given = Str(ref r); break;
                case "middle": middle = Str(ref r); break;
                case "father": father = Str(ref r); break;
                case "family": family = Str(ref r); break;
                case "language": language = Str(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new EntityName(full ?? throw Missing("names.full"), kind) { Given = given, Middle = middle, Father = father, Family = family, Language = language };
    }

    private static Place ReadPlace(ref Utf8JsonReader r)
    {
        string? text = null, country = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var name = r.GetString();
            Next(ref r);
            switch (name)
            {
                case "text": text = Str(ref r); break;
                case "country": country = Str(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new Place(text ?? throw Missing("birthPlaces.text"), country);
    }

    private static Identifier ReadIdentifier(ref Utf8JsonReader r)
    {
        string? type = null, number = null, country = null, note = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var name = r.GetString();
            Next(ref r);
            switch (name)
            {
                case "type": type = Str(ref r); break;
                case "number": number = Str(ref r); break;
                case "country": country = Str(ref r); break;
                case "note": note = Str(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new Identifier(type ?? throw Missing("identifiers.type"), number ?? throw Missing("identifiers.number"), country, note);
    }

    private static Address ReadAddress(ref Utf8JsonReader r)
    {
        string? full = null, city = null, country = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var name = r.GetString();
            Next(ref r);
            switch (name)
            {
                case "full": full = Str(ref r); break;
                case "city": city = Str(ref r); break;
                case "country": country = Str(ref r); break;
                default: r.Skip(); break;
            }
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
