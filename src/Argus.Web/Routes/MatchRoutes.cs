using System.Text.Json;
using Argus.Matching;
using Argus.Screening;
using Argus.Web.Contracts;
using Argus.Web.Http;
using Argus.Web.Queries;
using Argus.Web.Docs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Argus.Web.Routes;

/// <summary><c>POST /match/{dataset}</c>: yente's query-by-example matcher, a batch of up to 100 queries.</summary>
public static class MatchRoutes
{
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/match/{dataset}", Match)
        .WithTags("yente")
        .WithSummary("Match example entities against the lists (yente's /match)")
        .WithDescription("A batch of up to 100 named example entities; each gets its scored results, one per listed target, best first, with `match` (score ≥ threshold) and per-feature explanations.")
        .Body<MatchQueryBody>("application/json")
        .Answers<MatchResponse>()
        .Path("dataset", "One dataset loaded, or default / sanctions / all (every list).")
        .Query("limit", JsonSchemaType.Integer, "Results per query, 1–500 (default 5).")
        .Query("threshold", JsonSchemaType.Number, "Score from which a result is a match, 0–1 (default: the calibrated 0.75).")
        .Query("cutoff", JsonSchemaType.Number, "Lowest score returned, 0–1 (default 0.5, never above threshold).")
        .Query("algorithm", JsonSchemaType.String, "argus-v1, best, or one of yente's names (all read as Argus's one algorithm); GET /algorithms lists them.")
        .Query("include_dataset", JsonSchemaType.String, "Only these datasets.", repeated: true)
        .Query("exclude_dataset", JsonSchemaType.String, "Not these datasets (wins over include_dataset).", repeated: true)
        .Query("exclude_schema", JsonSchemaType.String, "Not these schemata.", repeated: true)
        .Query("topics", JsonSchemaType.String, "Only entities with these topics (every listed entry is a 'sanction').", repeated: true)
        .Query("changed_since", JsonSchemaType.String, "Only targets changed since this date (YYYY-MM-DD or a timestamp).")
        .Query("exclude_entity_ids", JsonSchemaType.String, "Drop targets holding any of these entries (at most 50).", repeated: true)
        .Errors(400, 404, 413, 422, 503);

    private static async Task<IResult> Match(string dataset, HttpRequest request, ScreeningService service, ServeOptions options, CancellationToken ct)
    {
        // A POST without a Content-Type is read as JSON too (yente's clients rely on it).
        var body = await RequestBody.ReadAsync(request, options.Limits.MatchBodyBytes, ct);
        if (service.Current is not { } state) return Problems.NotReady();
        var q = new QueryParameters(request.Query);
        var limit = q.Int("limit", 5, 1, 500);
        var threshold = q.Double("threshold", 0, 1) ?? ScoreCalibration.DefaultThreshold;
        var cutoff = Math.Min(q.Double("cutoff", 0, 1) ?? new ScreeningOptions().MinScore, threshold);
        var algorithm = q.String("algorithm");
        if (!MatchAlgorithms.IsKnown(algorithm)) throw new RequestProblemException(400, $"Invalid algorithm: {algorithm} (GET /algorithms lists them)");
        var scope = DatasetScope.Resolve(state, dataset) ?? throw new RequestProblemException(404, $"No such dataset: '{dataset}' (GET /catalog lists them)");
        var filter = MatchFilter.From(q, state, scope);

        var read = MatchRequest.ReadQueries(body, options.Limits);
        var screenOptions = filter.Options(threshold, cutoff, limit);
        var answers = read.Select(p => (p.Key, p.Example, Results: Screen(state, filter, p.Example, screenOptions, limit))).ToList();
        return JsonResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("responses");
            foreach (var (key, example, results) in answers)
            {
                w.WriteStartObject(key);
                w.WriteNumber("status", 200);
                w.WriteStartArray("results");
                foreach (var r in results) ScreeningJson.WriteResult(w, r);
                w.WriteEndArray();
                ScreeningJson.WriteTotal(w, results.Count);
                w.WritePropertyName("query");
                WriteExample(w, example.Cleaned);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteNumber("limit", limit);
            w.WriteEndObject();
        });
    }

    private static IReadOnlyList<ScreeningResult> Screen(ScreeningState state, MatchFilter filter, ExampleQuery example, ScreeningOptions options, int limit)
    {
        if (example.Query is null || filter.Nothing) return [];
        // One result per target (its best member), with the target's referents and entries.
        var results = state.ByTarget.Screen(example.Query, options);
        return filter.FiltersResults ? results.Where(filter.Admits).Take(limit).ToList() : results;
    }

    /// <summary>The cleaned example: the caller's id, the schema, every property a list of strings.</summary>
    internal static void WriteExample(Utf8JsonWriter w, EntityExample e)
    {
        w.WriteStartObject();
        if (e.Id is null) w.WriteNull("id"); else w.WriteString("id", e.Id);
        w.WriteString("schema", e.Schema);
        w.WriteStartObject("properties");
        foreach (var (k, values) in e.Properties)
        {
            w.WriteStartArray(k);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
