using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Model;
using Argus.Reconciliation;
using Argus.Screening;
using Argus.Web.Http;
using Argus.Web.Queries;
using Argus.Web.Reconcile;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Web.Routes;

/// <summary>
/// The W3C Entity Reconciliation API (v0.2) as OpenRefine uses it, at yente's paths: the manifest
/// (<c>GET /reconcile[/{dataset}]</c>), batches of queries and extend requests (GET with <c>queries=</c>,
/// POST as a form or JSON), suggest (entity, type, property), extend/property and a preview card.
/// </summary>
public static class ReconcileRoutes
{
    // The suggest service holds an id lookup over every entity: one per index build.
    private static readonly ConditionalWeakTable<ScreeningState, ReconciliationSuggest> Suggests = new();

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reconcile").WithTags("Reconciliation");
        app.MapGet("/reconcile", (HttpRequest r, ScreeningService s) => Get("default", r, s)).WithTags("Reconciliation").WithName("ReconcileManifestDefault").WithSummary("Reconciliation manifest or queries over every list");
        app.MapPost("/reconcile", (HttpRequest r, ScreeningService s, ServeOptions o, CancellationToken ct) => Post("default", r, s, o, ct)).WithTags("Reconciliation").WithName("ReconcileQueriesDefault").WithSummary("Reconciliation queries over every list");
        group.MapGet("/{dataset}", Get).WithName("ReconcileManifest").WithSummary("Reconciliation manifest, or queries/extend given in the query string");
        group.MapPost("/{dataset}", Post).WithName("ReconcileQueries").WithSummary("Reconciliation queries or extend (form queries=/extend= or JSON)");
        group.MapGet("/{dataset}/suggest/entity", SuggestEntity).WithName("ReconcileSuggestEntity").WithSummary("Suggest entities by name prefix");
        group.MapGet("/{dataset}/suggest/type", SuggestType).WithName("ReconcileSuggestType").WithSummary("Suggest types (schemata) by prefix");
        group.MapGet("/{dataset}/suggest/property", SuggestProperty).WithName("ReconcileSuggestProperty").WithSummary("Suggest query properties by prefix");
        group.MapGet("/{dataset}/extend/property", ProposeProperties).WithName("ReconcileExtendProperties").WithSummary("Properties a column can be extended with");
        group.MapGet("/{dataset}/preview", Preview).WithName("ReconcilePreview").WithSummary("HTML preview card of an entity");
    }

    private static IResult Get(string dataset, HttpRequest request, ScreeningService service)
    {
        var state = Ready(service);
        var scope = Scope(state, dataset);
        var call = ReconcileRequest.FromQuery(request.Query);
        if (!call.IsEmpty) return Answer(call, state, dataset, request);
        // The query string (an API key) is passed on to every service path, as yente does.
        var query = string.Join("&", request.Query.Where(p => p.Key is not ("queries" or "extend"))
            .SelectMany(p => p.Value.Select(v => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(v ?? ""))));
        var serviceUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/reconcile/{Uri.EscapeDataString(dataset)}";
        var title = scope.Count == 1 && !DatasetScope.Collections.Contains(dataset, StringComparer.OrdinalIgnoreCase) ? Datasets.Title(scope[0]) : "Every list loaded";
        return Json(ReconciliationService.Manifest(title, serviceUrl, query.Length > 0 ? "?" + query : ""));
    }

    private static async Task<IResult> Post(string dataset, HttpRequest request, ScreeningService service, ServeOptions options, CancellationToken ct)
    {
        var call = await ReconcileRequest.ReadAsync(request, options.Limits, ct);
        var state = Ready(service);
        Scope(state, dataset);
        if (call.IsEmpty) throw new RequestProblemException(400, "No queries or extend request provided. Send queries={\"q0\": {\"query\": \"…\"}} (form) or a JSON body");
        return Answer(call, state, dataset, request);
    }

    private static IResult Answer(ReconcileRequest call, ScreeningState state, string dataset, HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(call.Extend))
        {
            var extend = Refusing(() => Suggest(state).Extend(ParseObject(call.Extend, "extend")));
            request.HttpContext.Response.Headers["x-batch-size"] = extend["rows"]!.AsObject().Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Json(extend);
        }
        var q = new QueryParameters(request.Query);
        var algorithm = q.String("algorithm");
        if (!MatchAlgorithms.IsKnown(algorithm)) throw new RequestProblemException(400, $"Invalid algorithm: {algorithm} (GET /algorithms lists them)");
        var filter = MatchFilter.From(q, state, Scope(state, dataset));
        var reconciler = new ReconciliationService(new ScopedScreener(state.Index, filter));
        var answer = Refusing(() => reconciler.Reconcile(call.Queries!, []));
        request.HttpContext.Response.Headers["x-batch-size"] = answer.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Json(answer);
    }

    private static IResult SuggestEntity(string dataset, HttpRequest request, ScreeningService service)
    {
        var state = Ready(service);
        var scope = Scope(state, dataset);
        var q = new QueryParameters(request.Query);
        var limit = q.Int("limit", 10, 0, 500);
        var datasets = scope.Count == state.Datasets.Count ? null : scope;
        return Json(Suggest(state).Entities(q.String("prefix") ?? "", limit, datasets));
    }

    private static IResult SuggestType(string dataset, HttpRequest request, ScreeningService service)
    {
        Scope(Ready(service), dataset);
        return Json(ReconciliationSuggest.TypesFor(request.Query["prefix"].ToString()));
    }

    private static IResult SuggestProperty(string dataset, HttpRequest request, ScreeningService service)
    {
        Scope(Ready(service), dataset);
        return Json(ReconciliationSuggest.PropertiesFor(request.Query["prefix"].ToString()));
    }

    private static IResult ProposeProperties(string dataset, HttpRequest request, ScreeningService service)
    {
        Scope(Ready(service), dataset);
        var q = new QueryParameters(request.Query);
        var type = q.String("type") ?? "LegalEntity";
        if (!EntitySchemas.TryParse(type, out var schema)) throw new RequestProblemException(400, $"Invalid type: {type} (GET suggest/type lists them)");
        return Json(ReconciliationSuggest.ProposeProperties(schema.FtmName(), q.Int("limit", 0, 0, 500)));
    }

    private static IResult Preview(string dataset, HttpRequest request, ScreeningService service)
    {
        var state = Ready(service);
        Scope(state, dataset);
        var id = request.Query["id"].ToString();
        if (id.Length == 0) throw new RequestProblemException(422, "query parameter 'id' is required: the entity to preview");
        if (!state.ById.TryGetValue(id, out var e)) throw new RequestProblemException(404, $"No entity with ID '{id}'");
        return Results.Content(PreviewCard.Of(e), "text/html; charset=utf-8");
    }

    private static ScreeningState Ready(ScreeningService service) =>
        service.Current ?? throw new RequestProblemException(503, "the screening index is still being built; retry in a moment (GET /readyz says when it is ready)");

    private static IReadOnlyList<string> Scope(ScreeningState state, string dataset) =>
        DatasetScope.Resolve(state, dataset) ?? throw new RequestProblemException(404, $"No such dataset: '{dataset}' (GET /catalog lists them)");

    private static ReconciliationSuggest Suggest(ScreeningState state) => Suggests.GetValue(state, s => new ReconciliationSuggest(s.Lists.Entities));

    private static JsonObject ParseObject(string text, string field)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) as JsonObject
                ?? throw new RequestProblemException(400, $"{field} must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new RequestProblemException(400, $"Cannot decode {field} request: {e.Message}");
        }
    }

    // The library says what is wrong with a query; over HTTP that is the caller's fault, a 400.
    private static T Refusing<T>(Func<T> answer)
    {
        try
        {
            return answer();
        }
        catch (ReconciliationException e)
        {
            throw new RequestProblemException(400, e.Message);
        }
    }

    private static JsonResponse Json(JsonNode node) => JsonResponse.Write(w => node.WriteTo(w));
}
