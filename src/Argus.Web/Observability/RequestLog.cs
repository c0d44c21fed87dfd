using System.Diagnostics;
using Argus.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Argus.Web.Observability;

/// <summary>
/// One log line per request once it is answered: method, route template (not the raw path, which may hold
/// entity ids), status, duration, the caller's key id (never the key) and the request id. Outermost, so
/// that refusals by the key check, the rate limiter and the problem mapping are logged with their status.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (log.IsEnabled(LogLevel.Information))
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                var ms = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 2);
                var key = Caller.Of(context)?.KeyId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
                Served(log, context.Request.Method, route, context.Response.StatusCode, ms, key, context.TraceIdentifier);
            }
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Route} {Status} {DurationMs} ms key {KeyId} request {RequestId}")]
    private static partial void Served(ILogger log, string method, string route, int status, double durationMs, string keyId, string requestId);
}
