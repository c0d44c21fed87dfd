using Argus.Security;
using Argus.Web.Http;
using Microsoft.AspNetCore.Http;

namespace Argus.Web.Security;

/// <summary>
/// Resolves the caller of every routed request from <c>Authorization: ApiKey KEY</c> or yente's
/// <c>?api_key=KEY</c>: 401 without a valid key (unless anonymous reading is allowed), 403 for a read key on
/// an admin route.
/// </summary>
public sealed class ApiKeyAuthentication(RequestDelegate next, ApiKeyStore keys, ServeOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<OpenAccess>() is not null)
        {
            await next(context);
            return;
        }
        var key = KeyOf(context.Request);
        Caller caller;
        if (key is null)
        {
            if (!options.AllowAnonymous)
            {
                await Deny(context, 401, "send an API key: header 'Authorization: ApiKey KEY' or query parameter api_key=KEY (make one with: argus keys create --role read)");
                return;
            }
            caller = Caller.Anonymous;
        }
        else if (keys.Verify(key) is { } found) caller = new Caller(found.Id, found.Role);
        else
        {
            await Deny(context, 401, "the API key is not valid or was revoked; make a new one with: argus keys create --role read");
            return;
        }
        if (endpoint.Metadata.GetMetadata<AdminOnly>() is not null && caller.Role != ApiRole.Admin)
        {
            await Deny(context, 403, "this route needs an admin key (argus keys create --role admin)");
            return;
        }
        context.Items[typeof(Caller)] = caller;
        await next(context);
    }

    /// <summary>The key sent, or null when none was.</summary>
    private static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            var space = header.IndexOf(' ');
            var scheme = space < 0 ? header : header[..space];
            // yente's clients send "ApiKey"; "Bearer" is accepted too, as the same key.
            if (scheme.Equals("ApiKey", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
                return space < 0 ? "" : header[(space + 1)..].Trim();
            return "";
        }
        var q = request.Query["api_key"].ToString();
        return string.IsNullOrEmpty(q) ? null : q.Trim();
    }

    private static Task Deny(HttpContext context, int status, string detail)
    {
        if (status == 401) context.Response.Headers.WWWAuthenticate = "ApiKey";
        return Problems.Of(status, detail).ExecuteAsync(context);
    }
}
