using Argus.Web.Docs;
using Argus.Web.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Prometheus;

namespace Argus.Web.Routes;

/// <summary><c>GET /metrics</c>: the server's metrics in Prometheus's text format, for a key of any role (docs/api.md says why).</summary>
public static class MetricsRoutes
{
    private const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/metrics", Export)
        .WithTags("Operations")
        .WithSummary("Prometheus metrics")
        .WithDescription("Requests and their latency per route template, the index builds, entities per dataset, each list's version and age in seconds. Scrape with 'authorization: {type: ApiKey, credentials: KEY}'.")
        .Produces<string>(StatusCodes.Status200OK, ContentType);

    private static async Task Export(HttpContext context, ServerMetrics metrics)
    {
        context.Response.ContentType = ContentType;
        await metrics.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
    }
}
