using Argus.Matching;
using Argus.Model;
using Argus.Screening;
using Argus.Web.Http;
using Argus.Web.Queries;
using Argus.Web.Contracts;
using Argus.Web.Docs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Argus.Web.Routes;

/// <summary>
/// <c>GET /search/{dataset}</c>: entities whose names resemble <c>q</c> (every entity when <c>q</c> is empty),
/// filtered by <c>schema</c>, <c>countries</c>, <c>topics</c> and <c>datasets</c>, paged by <c>limit</c> and
/// <c>offset</c>, with facets over countries, topics and datasets.
/// </summary>
public static class SearchRoutes
{
    private const int MaxScreened = 1000;

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/search/{dataset}", Search)
        .WithTags("yente")
        .WithSummary("Search entities by name and filters (yente's /search)")
        .WithDescription("Entities whose names resemble q (every entity when q is empty), filtered, paged, with facets over countries, topics and datasets.")
        .Answers<SearchResponse>()
        .Path("dataset", "One dataset loaded, or default / sanctions / all.")
        .Query("q", JsonSchemaType.String, "Name to search for (at most 1,000 characters).")
        .Query("schema", JsonSchemaType.String, "Only this schema (and its descendants: Organization includes Company).")
        .Query("countries", JsonSchemaType.String, "Only entities of these countries (ISO codes or names).", repeated: true)
        .Query("topics", JsonSchemaType.String, "Only these topics ('sanction').", repeated: true)
        .Query("datasets", JsonSchemaType.String, "Only these datasets.", repeated: true)
        .Query("filter", JsonSchemaType.String, "yente's property filters, accepted.", repeated: true)
        .Query("limit", JsonSchemaType.Integer, "Page size, 0–500 (default 10).")
        .Query("offset", JsonSchemaType.Integer, "Page start, 0–9,499.")
        .Query("fuzzy", JsonSchemaType.Boolean, "Accepted for yente's clients (names are always compared fuzzily).")
        .Query("facets", JsonSchemaType.String, "Facets to count (countries, topics, datasets).", repeated: true)
        .Errors(400, 404, 422, 503);

    private static IResult Search(string dataset, HttpRequest request, ScreeningService service)
    {
        if (service.Current is not { } state) return Problems.NotReady();
        var q = new QueryParameters(request.Query);
        var limit = q.Int("limit", 10, 0, 500);
        var offset = q.Int("offset", 0, 0, 9499);
        q.Bool("fuzzy", false);
        var text = q.String("q")?.Trim() ?? "";
        if (text.Length > 1000) throw new RequestProblemException(422, "query parameter 'q' is longer than 1,000 characters");
        var schemaName = q.String("schema");
        var schema = ScreeningQueries.Schema(schemaName);
        var countries = q.Strings("countries").Select(c => Countries.ToCode(c) ?? c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var scope = DatasetScope.Resolve(state, dataset) ?? throw new RequestProblemException(404, $"No such dataset: '{dataset}' (GET /catalog lists them)");
        var wanted = q.Strings("datasets");
        var datasets = wanted.Count == 0 ? scope : scope.Where(d => wanted.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        var topics = q.Strings("topics");
        var none = datasets.Count == 0 || (topics.Count > 0 && !topics.Contains("sanction", StringComparer.OrdinalIgnoreCase));

        bool Admits(WatchlistEntity e) =>
            EntitySchemas.IsCompatible(schema, e.Schema) && (schemaName is null || schema == EntitySchema.Thing || IsA(e.Schema, schema))
            && (countries.Count == 0 || e.Nationalities.Concat(e.Countries).Any(countries.Contains))
            && datasets.Contains(e.Dataset, StringComparer.Ordinal);

        List<(WatchlistEntity Entity, double Score)> hits;
        if (none) hits = [];
        else if (text.Length == 0) hits = state.Index.Entities.Where(Admits).Select(e => (e, 1.0)).ToList();
        else
        {
            var options = new ScreeningOptions { Limit = MaxScreened, Candidates = MaxScreened, Datasets = datasets.Count == state.Datasets.Count ? [] : datasets };
            hits = state.Index.Screen(new ScreeningQuery { Names = [text], Schema = schema }, options)
                .Where(r => Admits(r.Entity)).Select(r => (r.Entity, r.Score)).ToList();
        }
        var page = hits.Skip(offset).Take(limit).ToList();
        return JsonResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var (e, score) in page) WriteHit(w, e, score);
            w.WriteEndArray();
            ScreeningJson.WriteTotal(w, hits.Count, text.Length > 0 && hits.Count >= MaxScreened ? "gte" : "eq");
            w.WriteNumber("limit", limit);
            w.WriteNumber("offset", offset);
            w.WriteStartObject("facets");
            WriteFacet(w, "countries", "Countries", hits.SelectMany(h => h.Entity.Nationalities.Concat(h.Entity.Countries).Distinct()), Countries.Name);
            WriteFacet(w, "topics", "Topics", hits.Select(_ => "sanction"), _ => "Sanctioned entity");
            WriteFacet(w, "datasets", "Data sources", hits.Select(h => h.Entity.Dataset), Datasets.Title);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>A search result: the entity as <c>GET /entities</c> gives it, with its score.</summary>
    private static void WriteHit(System.Text.Json.Utf8JsonWriter w, WatchlistEntity e, double score)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("caption", e.Caption);
        w.WriteString("schema", e.Schema.FtmName());
        w.WriteString("dataset", e.Dataset);
        w.WriteString("reference", e.Reference);
        w.WriteNumber("score", Math.Round(score, 4));
        w.WriteStartArray("datasets");
        w.WriteStringValue(e.Dataset);
        w.WriteEndArray();
        w.WriteStartObject("properties");
        foreach (var (k, values) in ResultProperties.Of(e))
        {
            w.WriteStartArray(k);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteFacet(System.Text.Json.Utf8JsonWriter w, string name, string label, IEnumerable<string> values, Func<string, string> labelOf)
    {
        w.WriteStartObject(name);
        w.WriteString("label", label);
        w.WriteStartArray("values");
        foreach (var g in values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(50))
        {
            w.WriteStartObject();
            w.WriteString("name", g.Key);
            w.WriteString("label", labelOf(g.Key));
            w.WriteNumber("count", g.Count());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>True when an entity of schema <paramref name="s"/> is a <paramref name="wanted"/> (a Company is an Organization and a LegalEntity).</summary>
    private static bool IsA(EntitySchema s, EntitySchema wanted) => wanted switch
    {
        EntitySchema.LegalEntity => s is EntitySchema.LegalEntity or EntitySchema.Person or EntitySchema.Organization or EntitySchema.Company,
        EntitySchema.Organization => s is EntitySchema.Organization or EntitySchema.Company,
        _ => s == wanted,
    };
}
