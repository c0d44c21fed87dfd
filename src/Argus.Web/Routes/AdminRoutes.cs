using Argus.Screening;
using Argus.Web.Security;
using Argus.Web.Contracts;
using Argus.Web.Docs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Web.Routes;

/// <summary><c>POST /updatez</c> (admin): reads the active lists again and swaps in the new index; requests under way finish on the old one.</summary>
public static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/updatez", Update).WithMetadata(new AdminOnly())
        .WithTags("Operations")
        .WithSummary("Reload the lists now (admin)")
        .WithDescription("Reads the active lists again, builds their index to the side and swaps it in; requests under way finish on the old index.")
        .Answers<UpdateResponse>();

    private static async Task<IResult> Update(ScreeningService service)
    {
        var state = await Task.Run(service.Load);
        return Results.Json(new { status = "ok", source = state.Lists.Description, entities = state.Index.Entities.Count, built_in_ms = (long)state.LoadTime.TotalMilliseconds });
    }
}
