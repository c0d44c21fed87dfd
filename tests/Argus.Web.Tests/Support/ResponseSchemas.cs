using System.Collections.Concurrent;
using System.Text.Json;
using Argus.Tests.Support;
using Json.Schema;

namespace Argus.Web.Tests.Support;

/// <summary>The JSON Schemas of docs/schemas/, each read once per process, and a check that names every violation.</summary>
public static class ResponseSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new();

    public static JsonSchema Get(string name) =>
        Loaded.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "schemas", n))));

    public static void AssertValid(string schema, JsonElement json)
    {
        var result = Get(schema).Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, schema + ": " + string.Join("; ", (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    public static bool IsValid(string schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Get(schema).Evaluate(doc.RootElement).IsValid;
    }
}
