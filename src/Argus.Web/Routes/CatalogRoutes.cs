using System.Globalization;
using System.Security.Cryptography;
using Argus.Model;
using Argus.Screening;
using Argus.Web.Http;
using Argus.Web.Queries;
using Argus.Web.Contracts;
using Argus.Web.Docs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Web.Routes;

/// <summary>
/// <c>GET /catalog</c> (the datasets loaded with versions, dates and counts, and the collections over them;
/// an ETag, 304 on <c>If-None-Match</c>) and <c>GET /algorithms</c>.
/// </summary>
public static class CatalogRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/catalog", Catalog)
            .WithTags("yente").WithSummary("The datasets loaded and the collections over them (yente's /catalog)")
            .WithDescription("Each dataset with its version, dates, entity count and sha256; the collections default, sanctions and all. An ETag; 304 on a matching If-None-Match.")
            .Answers<CatalogResponse>().Produces(StatusCodes.Status304NotModified)
            .Errors(503);
        app.MapGet("/algorithms", Algorithms)
            .WithTags("yente").WithSummary("The matching algorithms (yente's /algorithms)")
            .WithDescription("Argus's one algorithm, its features, and the default and best names.")
            .Answers<AlgorithmsResponse>();
    }

    private static IResult Catalog(HttpContext context, ScreeningService service)
    {
        if (service.Current is not { } state) return Problems.NotReady();
        var json = CatalogOf(state);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(json.Body))[..32] + "\"";
        context.Response.Headers.ETag = etag;
        var sent = context.Request.Headers.IfNoneMatch.ToString();
        if (sent.Length > 0 && (sent.Trim() == "*" || sent.Split(',').Any(t => t.Trim().TrimStart('W', '/') == etag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return json;
    }

    private static JsonResponse CatalogOf(ScreeningState state)
    {
        var counts = state.Index.Entities.GroupBy(e => e.Dataset).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var versions = state.Lists.Versions.ToDictionary(v => v.Dataset, StringComparer.Ordinal);
        return JsonResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("datasets");
            foreach (var name in state.Datasets)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("title", Datasets.Title(name));
                w.WriteString("type", "source");
                w.WriteNumber("entity_count", counts.GetValueOrDefault(name));
                w.WriteBoolean("load", true);
                if (versions.TryGetValue(name, out var v))
                {
                    w.WriteString("version", v.Version.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("updated_at", Timestamp(v.Published ?? v.ImportedAt));
                    w.WriteString("last_export", Timestamp(v.ImportedAt));
                    w.WriteString("sha256", v.Sha256);
                }
                else w.WriteString("version", "sample");
                w.WriteEndObject();
            }
            foreach (var collection in DatasetScope.Collections)
            {
                w.WriteStartObject();
                w.WriteString("name", collection);
                w.WriteString("title", "Every list loaded");
                w.WriteString("type", "collection");
                w.WriteNumber("entity_count", state.Index.Entities.Count);
                w.WriteBoolean("load", false);
                w.WriteStartArray("children");
                foreach (var name in state.Datasets) w.WriteStringValue(name);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("current");
            foreach (var name in state.Datasets) w.WriteStringValue(name);
            w.WriteEndArray();
            w.WriteStartArray("outdated");
            w.WriteEndArray();
            w.WriteBoolean("index_stale", false);
            // Beyond yente: where the entities come from, so that a client sees when the bundled samples stand in.
            w.WriteString("source", state.Lists.Description);
            w.WriteBoolean("samples", state.Lists.FromSamples);
            w.WriteString("index_built_at", Timestamp(state.LoadedAt));
            w.WriteEndObject();
        });
    }

    private static IResult Algorithms() => JsonResponse.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("algorithms");
        w.WriteStartObject();
        w.WriteString("name", MatchAlgorithms.Name);
        w.WriteString("description", MatchAlgorithms.Description);
        w.WriteStartObject("features");
        foreach (var (name, what) in MatchAlgorithms.Features)
        {
            w.WriteStartObject(name);
            w.WriteString("description", what);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("docs");
        w.WriteString("description", MatchAlgorithms.Description);
        w.WriteStartObject("features");
        foreach (var (name, what) in MatchAlgorithms.Features)
        {
            w.WriteStartObject(name);
            w.WriteString("description", what);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("config");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("default", MatchAlgorithms.Name);
        w.WriteString("best", MatchAlgorithms.Name);
        w.WriteEndObject();
    });

    /// <summary>yente's timestamps: <c>YYYY-MM-DDTHH:MM:SS</c>, UTC, without zone or fractions.</summary>
    internal static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
