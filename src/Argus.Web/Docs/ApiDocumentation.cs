using Argus.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Argus.Web.Docs;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, generated from the routes) and the interactive reference
/// (Scalar at <c>/docs</c>, its script served from the package, no CDN); both open to anyone. Every keyed
/// route is documented with the key schemes and the 401 and 429 it may answer, admin routes with the 403.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/docs";
    private const string HeaderScheme = "ApiKey";
    private const string QueryScheme = "api_key";

    public static void AddTo(IServiceCollection services) => services.AddOpenApi("v1", o =>
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Argus screening API",
                Version = "v1",
                Description = "Sanctions screening, compatible with yente's /match, /search, /entities and /catalog, plus text scanning. "
                    + "Send a key as 'Authorization: ApiKey KEY' or ?api_key=KEY (argus keys create --role read). Errors are RFC 9457 problem documents.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "Authorization",
                Description = "The header 'Authorization: ApiKey KEY' (Bearer is read the same).",
            };
            document.Components.SecuritySchemes[QueryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Query, Name = "api_key",
                Description = "yente's query parameter ?api_key=KEY.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<OpenAccess>().Any()) return Task.CompletedTask;
            operation.Security ??= [];
            foreach (var scheme in new[] { HeaderScheme, QueryScheme })
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
            operation.Responses ??= new OpenApiResponses();
            AddProblem(operation, 401, "No key, or a key that is not valid or was revoked.");
            if (metadata.OfType<AdminOnly>().Any()) AddProblem(operation, 403, "A read key on a route that needs an admin key.");
            AddProblem(operation, 429, "More requests per second with this key than the limit; retry after the Retry-After header.");
            return Task.CompletedTask;
        });
    });

    public static void Map(WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new OpenAccess());
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("Argus screening API")
                .WithOpenApiRoutePattern(DocumentPath)
                .AddPreferredSecuritySchemes(HeaderScheme))
            .WithMetadata(new OpenAccess());
    }

    private static void AddProblem(OpenApiOperation operation, int status, string description)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(code)) return;
        operation.Responses[code] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") } },
        };
    }
}
