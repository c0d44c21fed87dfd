using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Argus.Web.Security;
using Argus.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Web.Tests.Routes;

[Collection("server")]
public sealed partial class OpenApiDocumentTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private async Task<JsonElement> DocumentAsync()
    {
        var (status, json, _) = await Server.GetAsync("/openapi/v1.json", key: null);
        Assert.Equal(HttpStatusCode.OK, status);
        return json!.RootElement;
    }

    /// <summary>Compared with the routes the server maps, so that a route added without its documentation fails here.</summary>
    [Fact]
    public async Task Every_mapped_route_is_documented_with_a_summary_an_answer_and_its_errors()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var endpoints = Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/match/{dataset}");
        foreach (var endpoint in endpoints)
        {
            // The document names a path parameter without its route constraint ({id:long} is {id}).
            var route = System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!, @"\{(\w+):[^}]+\}", "{$1}");
            if (endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true)
            {
                // Only the documentation itself is left out of the document.
                Assert.True(route.StartsWith("/openapi/", StringComparison.Ordinal) || route.StartsWith("/docs", StringComparison.Ordinal), $"{route} is left out of the OpenAPI document");
                continue;
            }
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the OpenAPI document");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                Assert.True(path.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {route} is not in the OpenAPI document");
                Assert.False(string.IsNullOrWhiteSpace(operation.TryGetProperty("summary", out var s) ? s.GetString() : null), $"{method} {route} has no summary");
                var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                Assert.Contains(responses, r => r.StartsWith('2'));
                if (endpoint.Metadata.GetMetadata<OpenAccess>() is null)
                {
                    Assert.Contains("401", responses);
                    Assert.Contains("429", responses);
                    Assert.True(operation.GetProperty("security").GetArrayLength() > 0, $"{method} {route} names no key scheme");
                }
                if (endpoint.Metadata.GetMetadata<AdminOnly>() is not null) Assert.Contains("403", responses);
            }
        }
    }

    [Fact]
    public async Task The_match_route_documents_its_parameters_body_and_answer()
    {
        var doc = await DocumentAsync();
        var match = doc.GetProperty("paths").GetProperty("/match/{dataset}").GetProperty("post");
        var parameters = match.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        foreach (var name in new[] { "dataset", "limit", "threshold", "cutoff", "algorithm", "include_dataset", "exclude_dataset", "exclude_schema", "topics", "changed_since", "exclude_entity_ids" })
        {
            Assert.True(parameters.ContainsKey(name), name);
            Assert.False(string.IsNullOrWhiteSpace(parameters[name].GetProperty("description").GetString()), name);
        }
        Assert.Equal("array", parameters["include_dataset"].GetProperty("schema").GetProperty("type").GetString());
        foreach (var code in new[] { "400", "404", "413", "422", "503" }) Assert.True(match.GetProperty("responses").TryGetProperty(code, out _), code);
        Assert.EndsWith("/MatchQueryBody", match.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("MatchResponse").GetProperty("properties").TryGetProperty("responses", out _));
        Assert.True(schemas.GetProperty("CatalogDataset").GetProperty("properties").TryGetProperty("entity_count", out _));
    }

    /// <summary>Every field a real answer carries is one the document describes (the shapes are written by hand beside the writers).</summary>
    [Theory]
    [InlineData("/catalog", "CatalogResponse")]
    [InlineData("/algorithms", "AlgorithmsResponse")]
    [InlineData("/entities/un_sc_sanctions-KPi.076", "EntityResponse")]
    [InlineData("/search/default?q=Ri+Pyeong-chol", "SearchResponse")]
    [InlineData("/batches", "BatchListResponse")]
    public async Task Real_answers_hold_only_documented_fields(string path, string schema)
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var (status, json, _) = await Server.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertDocumented(schemas, schemas.GetProperty(schema), json!.RootElement, schema);
    }

    [Fact]
    public async Task A_match_answer_holds_only_documented_fields()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var (_, json, _) = await Server.PostJsonAsync("/match/default", """{"queries":{"q1":{"schema":"Person","properties":{"name":["Ri Pyeong-chol"],"nationality":["kp"]}}}}""");
        AssertDocumented(schemas, schemas.GetProperty("MatchResponse"), json!.RootElement, "MatchResponse");
    }

    private static void AssertDocumented(JsonElement schemas, JsonElement schema, JsonElement value, string where)
    {
        schema = Resolve(schemas, schema);
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var p in value.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(p.Name, out var inner), $"{where}.{p.Name} is not documented");
                AssertDocumented(schemas, inner, p.Value, where + "." + p.Name);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("additionalProperties", out var each) && each.ValueKind == JsonValueKind.Object)
            foreach (var p in value.EnumerateObject()) AssertDocumented(schemas, each, p.Value, where + "[" + p.Name + "]");
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            foreach (var item in value.EnumerateArray()) AssertDocumented(schemas, items, item, where + "[]");
    }

    /// <summary>Follows a <c>$ref</c> (also one nested in a nullable <c>oneOf</c>/<c>anyOf</c>) to its component.</summary>
    private static JsonElement Resolve(JsonElement schemas, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var r)) return Resolve(schemas, schemas.GetProperty(r.GetString()!.Split('/')[^1]));
        foreach (var any in new[] { "oneOf", "anyOf" })
            if (schema.TryGetProperty(any, out var options))
                foreach (var o in options.EnumerateArray())
                    if (o.TryGetProperty("$ref", out _)) return Resolve(schemas, o);
        return schema;
    }

    [Fact]
    public async Task The_interactive_reference_is_served_with_its_script_and_no_cdn()
    {
        var (status, _, response) = await Server.GetAsync("/docs", key: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            Assert.False(src.StartsWith("http", StringComparison.OrdinalIgnoreCase), $"/docs loads {src} from elsewhere");
            using var script = await Server.Client.GetAsync(new Uri(new Uri(Server.Address, "/docs/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 1000, src);
        }
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
