using Argus.Screening;
using Argus.Web.Security;
using Argus.Web.Contracts;
using Argus.Web.Docs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Web.Routes;

/// <summary><c>GET /healthz</c> (the process answers) and <c>GET /readyz</c> (200 once the index is built, 503 before); no key needed.</summary>
public static class HealthRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" })).WithMetadata(new OpenAccess())
            .WithTags("Operations").WithSummary("Liveness: the process answers").WithDescription("200 whenever the server answers; no key needed.")
            .Answers<HealthResponse>();
        app.MapGet("/readyz", (ScreeningService service) => service.Current is { } s
                ? Results.Json(new { status = "ok", entities = s.Index.Entities.Count, source = s.Lists.Description })
                : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithMetadata(new OpenAccess())
            .WithTags("Operations").WithSummary("Readiness: the index is built")
            .WithDescription("200 once the screening index is built, 503 with status 'loading' before; no key needed.")
            .Answers<ReadyResponse>().Answers<ReadyResponse>(StatusCodes.Status503ServiceUnavailable);
    }
}
