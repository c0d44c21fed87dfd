using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Matching;
using Argus.Model;

namespace Argus.Reconciliation;

/// <summary>A reconciliation request that cannot be answered as sent; the message says what to fix.</summary>
public sealed class ReconciliationException(string message) : Exception(message);

/// <summary>
/// The W3C Entity Reconciliation API (v0.2) as OpenRefine uses it, over one screening index: the
/// service manifest and batches of queries. Queries are screened as <c>argus screen</c> screens a
/// name; the query's <c>type</c> is a FollowTheMoney schema, its properties <c>birthDate</c>,
/// <c>country</c>/<c>nationality</c>, <c>gender</c> and <c>idNumber</c> weigh in as in a screen.
/// </summary>
public sealed class ReconciliationService(IScreener screener)
{
    /// <summary>Most queries in one batch (yente's MAX_BATCH).</summary>
    public const int MaxBatch = 100;
    /// <summary>Most results per query.</summary>
    public const int MaxLimit = 500;

    /// <summary>The properties a query may give, with their labels (for the manifest and property suggestions).</summary>
    public static IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["birthDate"] = "Date of birth",
        ["country"] = "Country",
        ["nationality"] = "Nationality",
        ["gender"] = "Gender",
        ["idNumber"] = "ID number",
    };

    private static readonly EntitySchema[] Types =
        [EntitySchema.LegalEntity, EntitySchema.Person, EntitySchema.Organization, EntitySchema.Company, EntitySchema.Vessel, EntitySchema.Airplane];

    /// <summary>The service manifest for <paramref name="serviceUrl"/> (the URL of /reconcile/{dataset}).</summary>
    public static JsonObject Manifest(string title, string serviceUrl, string queryString = "")
    {
        JsonObject Service(string path) => new() { ["service_url"] = serviceUrl, ["service_path"] = path + queryString };
        // The preview is fetched by the browser, not the service client: it needs the query string (a key) too.
        var preview = serviceUrl + "/preview?id={{id}}" + (queryString.Length > 1 ? "&" + queryString.TrimStart('?') : "");
        return new JsonObject
        {
            ["versions"] = new JsonArray("0.2"),
            ["name"] = $"{title} (Argus)",
            ["identifierSpace"] = "https://www.opensanctions.org/reference/#schema",
            ["schemaSpace"] = "https://www.opensanctions.org/reference/#schema",
            ["documentation"] = serviceUrl,
            ["batchSize"] = 10,
            ["view"] = new JsonObject { ["url"] = preview },
            ["preview"] = new JsonObject { ["url"] = preview, ["width"] = 430, ["height"] = 300 },
            ["suggest"] = new JsonObject
            {
                ["entity"] = Service("/suggest/entity"),
                ["type"] = Service("/suggest/type"),
                ["property"] = Service("/suggest/property"),
            },
            ["extend"] = new JsonObject
            {
                ["propose_properties"] = Service("/extend/property"),
                ["propose_settings"] = new JsonArray(new JsonObject
                {
                    ["name"] = "limit", ["label"] = "Limit", ["type"] = "number", ["default"] = 0,
                    ["help_text"] = "Maximum number of values to return per row (0 for no limit).",
                }),
            },
            ["defaultTypes"] = new JsonArray(Types.Select(t => (JsonNode)TypeOf(t)).ToArray()),
        };
    }

    /// <summary>Answers a batch: <paramref name="queries"/> is the JSON object {key: query} that OpenRefine sends.</summary>
    public JsonObject Reconcile(string queries, IReadOnlyList<string> datasets)
    {
        JsonObject batch;
        try
        {
            batch = JsonNode.Parse(queries, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) as JsonObject
                ?? throw new ReconciliationException("queries must be a JSON object of queries keyed by name, e.g. {\"q0\": {\"query\": \"Ri Pyong Chol\"}}");
        }
        catch (JsonException e)
        {
            throw new ReconciliationException("queries is not valid JSON: " + e.Message);
        }
        if (batch.Count > MaxBatch) throw new ReconciliationException($"Too many queries in one batch (limit: {MaxBatch})");
        var response = new JsonObject();
        foreach (var (key, node) in batch)
        {
            var (query, limit) = Parse(key, node);
            var results = screener.Screen(query, new ScreeningOptions { Limit = limit, Datasets = datasets });
            response[key] = new JsonObject { ["result"] = new JsonArray(results.Select(r => (JsonNode)Result(r)).ToArray()) };
        }
        return response;
    }

    private static (ScreeningQuery Query, int Limit) Parse(string key, JsonNode? node)
    {
        if (node is not JsonObject q) throw new ReconciliationException($"query '{key}' must be an object with a \"query\" string");
        var name = Text(q["query"], key, "query");
        var schema = EntitySchema.Thing;
        var type = q["type"] is JsonArray types ? types.FirstOrDefault() : q["type"];
        if (type is not null && !EntitySchemas.TryParse(Text(type, key, "type"), out schema))
            throw new ReconciliationException($"query '{key}': unknown type '{Text(type, key, "type")}'; use one of {string.Join(", ", Types)}");
        var limit = 5;
        if (q["limit"] is { } l && (l.GetValueKind() != JsonValueKind.Number || !l.AsValue().TryGetValue(out limit) || limit is < 1 or > MaxLimit))
            throw new ReconciliationException($"query '{key}': limit must be a whole number from 1 to {MaxLimit}");
        var dates = new List<FuzzyDate>();
        var countries = new List<string>();
        var ids = new List<string>();
        string? gender = null;
        foreach (var p in q["properties"] as JsonArray ?? [])
        {
            if (p is not JsonObject prop) throw new ReconciliationException($"query '{key}': each property must be an object {{\"pid\": …, \"v\": …}}");
            var pid = Text(prop["pid"], key, "pid");
            foreach (var v in Values(prop["v"], key))
            {
                switch (pid)
                {
                    case "birthDate":
                        dates.Add(FuzzyDate.TryParse(v, out var d) && d is not null ? d : throw new ReconciliationException($"query '{key}': birthDate '{v}' is not a date; write 1948, 1960-04 or 1960-04-04"));
                        break;
                    case "country" or "nationality":
                        countries.Add(Countries.ToCode(v) ?? throw new ReconciliationException($"query '{key}': {pid} '{v}' is not a country; use an ISO code such as kp"));
                        break;
                    case "gender":
                        gender = Sources.EntityDraft.NormaliseGender(v) ?? throw new ReconciliationException($"query '{key}': gender '{v}' must be male or female");
                        break;
                    case "idNumber":
                        ids.Add(v);
                        break;
                    default:
                        throw new ReconciliationException($"query '{key}': unknown property '{pid}'; use one of {string.Join(", ", Properties.Keys)}");
                }
            }
        }
        return (new ScreeningQuery { Names = [name], Schema = schema, BirthDates = dates, Countries = countries, Gender = gender, Identifiers = ids }, limit);
    }

    private static string Text(JsonNode? node, string key, string field) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0
            ? s.Trim()
            : throw new ReconciliationException($"query '{key}': \"{field}\" must be a non-empty string");

    private static IEnumerable<string> Values(JsonNode? node, string key) =>
        node is JsonArray a ? a.Select(x => Text(x, key, "v")).ToList() : [Text(node, key, "v")];

    private static JsonObject Result(ScreeningResult r) => new()
    {
        ["id"] = r.Entity.Id,
        ["name"] = r.Entity.Caption,
        ["description"] = $"{r.Entity.Schema.FtmName()} · {Datasets.Title(r.Entity.Dataset)} {r.Entity.Reference}",
        ["type"] = new JsonArray(TypeOf(r.Entity.Schema)),
        ["score"] = Math.Round(r.Score, 4),
        ["match"] = r.Match,
    };

    private static JsonObject TypeOf(EntitySchema s) => new() { ["id"] = s.FtmName(), ["name"] = s.FtmName() };
}
