using System.Text;
using System.Text.Json;
using Argus.Web.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Argus.Web.Reconcile;

/// <summary>
/// What a reconciliation call asks: a batch of <c>queries</c> or an <c>extend</c> request (JSON text each),
/// read from the query string (GET), a form body (<c>queries=…</c>, as OpenRefine posts) or a JSON body
/// (<c>{"queries": …}</c>, <c>{"extend": …}</c>, or the batch itself).
/// </summary>
public sealed record ReconcileRequest(string? Queries, string? Extend)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Queries) && string.IsNullOrWhiteSpace(Extend);

    public static ReconcileRequest FromQuery(IQueryCollection query) => new(Last(query, "queries"), Last(query, "extend"));

    public static async Task<ReconcileRequest> ReadAsync(HttpRequest request, RequestLimits limits, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(request, limits.MatchBodyBytes, ct);
        if (body.Length == 0) return FromQuery(request.Query);
        if (!System.Text.Unicode.Utf8.IsValid(body)) throw new RequestProblemException(400, "the body is not valid UTF-8");
        var type = request.ContentType ?? "";
        var json = type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.Length == 0 && body.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("{"u8));
        if (json) return FromJson(body, limits.JsonDepth);
        if (type.Length > 0 && !type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            throw new RequestProblemException(415, $"Content-Type '{type}' is not read by /reconcile; send a form (queries=…) or application/json");
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        return new(Last(form, "queries"), Last(form, "extend"));
    }

    private static ReconcileRequest FromJson(byte[] body, int maxDepth)
    {
        using var doc = RequestBody.ParseJson(body, maxDepth);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new RequestProblemException(400, "send a JSON object: {\"queries\": {\"q0\": {\"query\": \"…\"}}} or the batch of queries itself");
        string? Field(string name) => root.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;
        var queries = Field("queries");
        var extend = Field("extend");
        // Without either key the object is the batch itself: {"q0": {...}, "q1": {...}}.
        return queries is null && extend is null ? new(root.GetRawText(), null) : new(queries, extend);
    }

    private static string? Last(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values, string name) =>
        values.Where(p => p.Key == name).Select(p => p.Value.LastOrDefault()).LastOrDefault();
}
