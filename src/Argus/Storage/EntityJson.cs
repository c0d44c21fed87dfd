using System.Text.Json;
using System.Text.Json.Serialization;
using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// The store's JSON form of a <see cref="WatchlistEntity"/>: every field round-trips exactly.
/// Dates are written in their text forms ("1948", "~1955/1958") so that the stored rows stay readable.
/// </summary>
public static class EntityJson
{
    public static byte[] Serialize(WatchlistEntity entity) =>
        JsonSerializer.SerializeToUtf8Bytes(entity, EntityJsonContext.Default.WatchlistEntity);

    public static string SerializeToString(WatchlistEntity entity) =>
        JsonSerializer.Serialize(entity, EntityJsonContext.Default.WatchlistEntity);

    /// <summary>Reads an entity written by <see cref="Serialize"/>; throws <see cref="JsonException"/> on damaged input.</summary>
    public static WatchlistEntity Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, EntityJsonContext.Default.WatchlistEntity)
        ?? throw new JsonException("the stored entity is null");

    public static WatchlistEntity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, EntityJsonContext.Default.WatchlistEntity)
        ?? throw new JsonException("the stored entity is null");
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
