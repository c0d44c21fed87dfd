using Argus.Matching;
using Argus.Screening;
using Argus.Web.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Web.Routes;

/// <summary>
/// <c>GET /entities/{id}</c> and <c>/entities/{id}/adjacent[/{property}]</c>. The official lists Argus reads
/// state sanctions on the entry itself, so no other entity points at one: <c>adjacent</c> is empty.
/// A member of a linked target that is not the target's own entry answers 308 with the target's address,
/// as yente does for the referents of a merged entity.
/// </summary>
public static class EntityRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/entities/{id}", Entity);
        app.MapGet("/entities/{id}/adjacent", Adjacent);
        app.MapGet("/entities/{id}/adjacent/{property}", AdjacentProperty);
    }

    private static IResult Entity(string id, HttpRequest request, ScreeningService service)
    {
        if (service.Current is not { } state) return Problems.NotReady();
        new QueryParameters(request.Query).Bool("nested", true);
        if (state.Links.Find(id) is { Entities.Count: > 1 } target && target.Id != id)
            return Results.Redirect($"/entities/{Uri.EscapeDataString(target.Id)}{request.QueryString}", permanent: true, preserveMethod: true);
        return state.ById.TryGetValue(id, out var e) ? JsonResponse.Write(w => ScreeningJson.WriteEntity(w, e)) : NoSuch(id);
    }

    private static IResult Adjacent(string id, HttpRequest request, ScreeningService service)
    {
        if (service.Current is not { } state) return Problems.NotReady();
        var q = new QueryParameters(request.Query);
        q.Int("limit", 10, 0, 500);
        q.Int("offset", 0, 0, 9499);
        if (!state.ById.TryGetValue(id, out var e)) return NoSuch(id);
        return JsonResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("entity");
            ScreeningJson.WriteEntity(w, e);
            w.WriteStartObject("adjacent");
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static IResult AdjacentProperty(string id, string property, HttpRequest request, ScreeningService service)
    {
        if (service.Current is not { } state) return Problems.NotReady();
        var q = new QueryParameters(request.Query);
        var limit = q.Int("limit", 10, 0, 500);
        var offset = q.Int("offset", 0, 0, 9499);
        if (!state.ById.TryGetValue(id, out _)) return NoSuch(id);
        return JsonResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            w.WriteEndArray();
            ScreeningJson.WriteTotal(w, 0);
            w.WriteNumber("limit", limit);
            w.WriteNumber("offset", offset);
            w.WriteEndObject();
        });
    }

    private static IResult NoSuch(string id) => Problems.NotFound($"No entity with ID '{id}' (ids are {{dataset}}-{{reference}}, e.g. un_sc_sanctions-KPi.076)");
}
