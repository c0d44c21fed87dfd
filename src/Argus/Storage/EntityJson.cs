using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// The store's JSON form of a <see cref="WatchlistEntity"/>: every field round-trips exactly.
/// Dates are written in their text forms ("1948", "~1955/1958") so that the stored rows stay readable.
/// </summary>
public static class EntityJson
{
    // Empty lists are left out (most entities have few facts), which keeps rows small and loads fast;
    // a missing list reads back as the record's empty default.
    private static readonly JsonTypeInfo<WatchlistEntity> Info = CreateInfo();

    public static byte[] Serialize(WatchlistEntity entity) => JsonSerializer.SerializeToUtf8Bytes(entity, Info);

    public static string SerializeToString(WatchlistEntity entity) => JsonSerializer.Serialize(entity, Info);

    /// <summary>Reads an entity written by <see cref="Serialize"/>; throws <see cref="JsonException"/> on damaged input.</summary>
    public static WatchlistEntity Deserialize(ReadOnlySpan<byte> utf8) => EntityJsonReader.Read(utf8);

    public static WatchlistEntity Deserialize(string json) => EntityJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The generic deserializer, kept to check the fast reader against it.</summary>
    internal static WatchlistEntity DeserializeGeneric(ReadOnlySpan<byte> utf8) =>
        WithEmptyCollections(JsonSerializer.Deserialize(utf8, Info) ?? throw new JsonException("the stored entity is null"));

    // Generated deserializers set every init-only property, so a list left out comes back null: restore
    // the record's promise that collections are never null.
    private static WatchlistEntity WithEmptyCollections(WatchlistEntity e) =>
        e.Names is null || e.BirthDates is null || e.BirthPlaces is null || e.Nationalities is null || e.Countries is null ||
        e.Identifiers is null || e.Addresses is null || e.Programs is null || e.Positions is null || e.Notes is null || e.Extra is null
            ? e with
            {
                Names = e.Names ?? [],
                BirthDates = e.BirthDates ?? [],
                BirthPlaces = e.BirthPlaces ?? [],
                Nationalities = e.Nationalities ?? [],
                Countries = e.Countries ?? [],
                Identifiers = e.Identifiers ?? [],
                Addresses = e.Addresses ?? [],
                Programs = e.Programs ?? [],
                Positions = e.Positions ?? [],
                Notes = e.Notes ?? [],
                Extra = e.Extra ?? new Dictionary<string, IReadOnlyList<string>>(),
            }
            : e;

    private static JsonTypeInfo<WatchlistEntity> CreateInfo()
    {
        var options = new JsonSerializerOptions(EntityJsonContext.Default.Options)
        {
            TypeInfoResolver = EntityJsonContext.Default.WithAddedModifier(OmitEmptyCollections),
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<WatchlistEntity>)options.GetTypeInfo(typeof(WatchlistEntity));
    }

    private static void OmitEmptyCollections(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = static (_, value) => !IsEmpty(value);
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        ICollection c => c.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(PartialDateJsonConverter), typeof(FuzzyDateJsonConverter)])]
[JsonSerializable(typeof(WatchlistEntity))]
internal sealed partial class EntityJsonContext : JsonSerializerContext;

/// <summary>Writes a <see cref="PartialDate"/> as "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PartialDate.TryParse(text, out var d) ? d : throw new JsonException($"not a partial date: '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>Writes a <see cref="FuzzyDate"/> in the form of <see cref="FuzzyDate.ToString"/>.</summary>
internal sealed class FuzzyDateJsonConverter : JsonConverter<FuzzyDate>
{
    public override FuzzyDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return FuzzyDate.TryParse(text, out var d) && d is not null ? d : throw new JsonException($"not a date: '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, FuzzyDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(FuzzyText(value));

    // FuzzyDate.ToString drops an End equal to Start; the stored form keeps it so the record round-trips.
    private static string FuzzyText(FuzzyDate d) =>
        (d.Circa ? "~" : "") + d.Start + (d.End is { } e ? "/" + e : "");
}
