using System.Text;
using System.Text.Json;

namespace Argus.Storage;

/// <summary>
/// Reads a version's counts by schema as the store keeps them (<c>{"Person":2316,"Organization":746}</c>,
/// written by <see cref="JsonSerializer"/>) with a plain reader: the generic deserializer builds its
/// metadata by reflection at a process's first call, tens of milliseconds of every start.
/// </summary>
public static class SchemaCountsJson
{
    /// <summary>The counts of <paramref name="json"/> (empty for <c>null</c>); <see cref="JsonException"/> when it is not an object of whole numbers.</summary>
    public static Dictionary<string, int> Read(string json)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var r = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        if (!r.Read()) throw new JsonException("no counts by schema");
        if (r.TokenType == JsonTokenType.Null) return End(ref r, counts);
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException($"counts by schema: an object expected, not {r.TokenType}");
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var schema = r.GetString()!;
            if (!r.Read() || r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var count))
                throw new JsonException($"counts by schema: {schema} is not a whole number");
            counts[schema] = count;
        }
        if (r.TokenType != JsonTokenType.EndObject) throw new JsonException("counts by schema: the object is not closed");
        return End(ref r, counts);
    }

    private static Dictionary<string, int> End(ref Utf8JsonReader r, Dictionary<string, int> counts) =>
        r.Read() ? throw new JsonException("counts by schema: text after the object") : counts;
}
