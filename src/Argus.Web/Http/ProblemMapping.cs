using Argus.Screening;
using Argus.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Argus.Web.Http;

/// <summary>Turns the failures a request can cause into problem documents: its own faults a 4xx, anything else a logged 500.</summary>
public sealed class ProblemMapping(RequestDelegate next, ILogger<ProblemMapping> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        IResult? problem;
        try
        {
            await next(context);
            return;
        }
        catch (RequestProblemException e) { problem = Problems.Of(e.Status, e.Message); }
        catch (InvalidQueryException e) { problem = Problems.BadRequest(e.Message); }
        catch (TextTooLargeException e) { problem = Problems.Of(413, e.Message); }
        catch (BadHttpRequestException e) { problem = Problems.Of(e.StatusCode, e.Message); }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested) { return; }
        catch (Exception e) when (Argus.Storage.StoreLock.IsLocked(e))
        {
            // Another process (an import, a batch) held argus.db past the wait: the request may simply be tried again.
            log.LogWarning("{Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, e.Message);
            problem = Problems.Of(503, $"the list store is locked by another writer and stayed locked for {Argus.Storage.StoreLock.Seconds} s; nothing was written, retry in a moment");
        }
        catch (Exception e)
        {
            log.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            problem = Problems.Of(500, "the server failed to answer this request; it is logged");
        }
        if (context.Response.HasStarted) return;
        context.Response.Clear();
        await problem.ExecuteAsync(context);
    }
}
