using System.Globalization;
using System.Text.Json;
using Argus.Screening;
using Argus.Web.Http;
using Argus.Web.Queries;

namespace Argus.Web.Contracts;

/// <summary>
/// The body of <c>POST /match/{dataset}</c>, as yente's <c>EntityMatchQuery</c>: <c>queries</c> (name → example,
/// a null example skipped), <c>weights</c> (feature → number) and <c>config</c> (algorithm settings).
/// </summary>
public sealed record MatchRequest(IReadOnlyList<KeyValuePair<string, EntityExample>> Queries, IReadOnlyDictionary<string, double> Weights, IReadOnlyDictionary<string, JsonElement> Config)
{
    /// <summary>
    /// The body of a match request as the route takes it, without a server: JSON within the depth limit, its
    /// fields typed, only known config keys, 1 to the limit of queries, and every example read before any is
    /// screened (one bad schema refuses the batch). Every fault is a <see cref="RequestProblemException"/> (4xx).
    /// </summary>
    public static IReadOnlyList<(string Key, ExampleQuery Example)> ReadQueries(byte[] body, RequestLimits limits)
    {
        using var doc = RequestBody.ParseJson(body, limits.JsonDepth);
        var match = Read(doc.RootElement);
        foreach (var key in match.Config.Keys)
            if (!MatchAlgorithms.IsConfigKey(key)) throw new RequestProblemException(400, $"Invalid configuration parameter: {key} for algorithm {MatchAlgorithms.Name}");
        if (match.Queries.Count > limits.QueriesPerMatch)
            throw new RequestProblemException(400, $"Too many queries in one batch (limit: {limits.QueriesPerMatch}); this one holds {match.Queries.Count}");
        if (match.Queries.Count == 0) throw new RequestProblemException(400, "No queries provided.");
        return match.Queries.Select(p => (p.Key, Example: ReadExample(p.Key, p.Value))).ToList();
    }

    private static ExampleQuery ReadExample(string key, EntityExample example)
    {
        try
        {
            return EntityExamples.Read(example);
        }
        catch (InvalidQueryException e)
        {
            throw new RequestProblemException(400, $"Cannot parse example entity '{key}': {e.Message}");
        }
    }

    /// <summary>Reads the body; a missing or mistyped field is a 422 naming it (as yente's validation), bad JSON a 400.</summary>
    public static MatchRequest Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Invalid("body", "the body must be a JSON object with a 'queries' object");
        if (!root.TryGetProperty("queries", out var queries)) throw Invalid("queries", "field required: 'queries' (an object of name → {schema, properties})");
        if (queries.ValueKind != JsonValueKind.Object) throw Invalid("queries", "'queries' must be an object of name → {schema, properties}");
        var list = new List<KeyValuePair<string, EntityExample>>();
        foreach (var q in queries.EnumerateObject())
        {
            if (q.Value.ValueKind == JsonValueKind.Null) continue;
            list.Add(new(q.Name, Example(q.Name, q.Value)));
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root.TryGetProperty("weights", out var w) && w.ValueKind != JsonValueKind.Null)
        {
            if (w.ValueKind != JsonValueKind.Object) throw Invalid("weights", "'weights' must be an object of feature → number");
            foreach (var p in w.EnumerateObject())
                weights[p.Name] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : throw Invalid("weights." + p.Name, $"weight '{p.Name}' must be a number");
        }
        var config = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (root.TryGetProperty("config", out var c) && c.ValueKind != JsonValueKind.Null)
        {
            if (c.ValueKind != JsonValueKind.Object) throw Invalid("config", "'config' must be an object of setting → value");
            foreach (var p in c.EnumerateObject())
            {
                if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) throw Invalid("config." + p.Name, $"config '{p.Name}' must be a string, number, boolean or null");
                config[p.Name] = p.Value.Clone();
            }
        }
        return new MatchRequest(list, weights, config);
    }

    private static EntityExample Example(string name, JsonElement q)
    {
        if (q.ValueKind != JsonValueKind.Object) throw Invalid($"queries.{name}", $"query '{name}' must be an object {{schema, properties}}");
        if (!q.TryGetProperty("schema", out var schema) || schema.ValueKind == JsonValueKind.Null)
            throw Invalid($"queries.{name}.schema", $"query '{name}': field required: 'schema' (Person, Organization, Company, LegalEntity, Vessel, Airplane)");
        if (schema.ValueKind != JsonValueKind.String) throw Invalid($"queries.{name}.schema", $"query '{name}': 'schema' must be a string");
        if (!q.TryGetProperty("properties", out var props)) throw Invalid($"queries.{name}.properties", $"query '{name}': field required: 'properties'");
        if (props.ValueKind != JsonValueKind.Object) throw Invalid($"queries.{name}.properties", $"query '{name}': 'properties' must be an object of property → values");
        string? id = null;
        if (q.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : throw Invalid($"queries.{name}.id", $"query '{name}': 'id' must be a string");
        var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in props.EnumerateObject())
        {
            var values = new List<string>();
            if (p.Value.ValueKind == JsonValueKind.Array)
                foreach (var v in p.Value.EnumerateArray()) AddScalar(values, v);
            else AddScalar(values, p.Value);
            properties[p.Name] = values;
        }
        return new EntityExample(id, schema.GetString()!, properties);
    }

    /// <summary>A scalar becomes its text (1965 → "1965"); nulls, objects and nested lists carry nothing to screen.</summary>
    private static void AddScalar(List<string> values, JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String: values.Add(v.GetString()!); break;
            case JsonValueKind.Number: values.Add(v.TryGetInt64(out var i) ? i.ToString(CultureInfo.InvariantCulture) : v.GetDouble().ToString(CultureInfo.InvariantCulture)); break;
            case JsonValueKind.True: values.Add("true"); break;
            case JsonValueKind.False: values.Add("false"); break;
        }
    }

    private static RequestProblemException Invalid(string field, string detail) => new(422, detail + $" (at {field})");
}
