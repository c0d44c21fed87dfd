using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Argus.Web.Docs;

/// <summary>
/// What the OpenAPI document says of a route whose handler reads its query string and body itself:
/// its query parameters, the meaning of its path parameters, and the problem documents it answers with.
/// </summary>
public static class RouteDocs
{
    /// <summary>A query parameter: <paramref name="type"/> is a JSON Schema type; <paramref name="repeated"/> for yente's tuples (<c>?a=1&amp;a=2</c>).</summary>
    public static RouteHandlerBuilder Query(this RouteHandlerBuilder route, string name, JsonSchemaType type, string description, bool repeated = false) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var schema = new OpenApiSchema { Type = type };
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Schema = repeated ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
                Explode = repeated,
            });
            return Task.CompletedTask;
        });

    /// <summary>Describes a path parameter the handler binds (the generator knows its name and type, not its meaning).</summary>
    public static RouteHandlerBuilder Path(this RouteHandlerBuilder route, string name, string description) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var p in operation.Parameters ?? [])
                if (p is OpenApiParameter parameter && parameter.Name == name && parameter.In == ParameterLocation.Path) parameter.Description = description;
            return Task.CompletedTask;
        });

    /// <summary>The problem documents (RFC 9457) a route answers with, beside the key and rate errors every keyed route has.</summary>
    public static RouteHandlerBuilder Errors(this RouteHandlerBuilder route, params int[] statuses)
    {
        foreach (var status in statuses) route.ProducesProblem(status);
        return route;
    }

    /// <summary>
    /// The request body, of shape <typeparamref name="T"/>, in the given media types. Not <c>Accepts</c>: its
    /// metadata makes routing refuse other content types with 415, and a POST without one is read as JSON here.
    /// </summary>
    public static RouteHandlerBuilder Body<T>(this RouteHandlerBuilder route, params string[] mediaTypes) =>
        route.AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            var name = typeof(T).Name;
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, ct);
            context.Document!.AddComponent<IOpenApiSchema>(name, schema);
            var reference = new OpenApiSchemaReference(name, context.Document);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = mediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = reference }),
            };
        });

    /// <summary>A JSON answer of the shape <typeparamref name="T"/> (the handler writes it with the library's writers).</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder route, int status = StatusCodes.Status200OK) =>
        route.Produces<T>(status, "application/json");
}
