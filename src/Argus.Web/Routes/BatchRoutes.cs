using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Argus.Cases;
using Argus.Screening;
using Argus.Security;
using Argus.Web.Batches;
using Argus.Web.Contracts;
using Argus.Web.Docs;
using Argus.Web.Http;
using Argus.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Argus.Web.Routes;

/// <summary>
/// Batch jobs: <c>POST /batches</c> (a customer file, screened in the background as <c>argus batch --format jsonl</c>
/// screens it, in the same run store), <c>GET /batches/{id}</c> (state and progress) and
/// <c>GET /batches/{id}/results</c>, and <c>GET /batches</c> (the list). A read key sees the batches it submitted;
/// an admin key sees every run.
/// </summary>
public static class BatchRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/batches").WithTags("Batches");
        app.MapPost("/batches", Submit).WithTags("Batches").WithName("SubmitBatch").WithSummary("Screen a customer file (multipart upload or the body) in the background")
            .Answers<BatchJobResponse>(StatusCodes.Status202Accepted);
        app.MapGet("/batches", List).WithTags("Batches").WithName("ListBatches").WithSummary("The batch jobs this key may see, newest first, with state and progress")
            .WithDescription("A read key sees the batches it submitted; an admin key sees every run, those of argus batch included.")
            .Query("state", JsonSchemaType.String, "Only the batches in this state: running, stopped, complete or abandoned.")
            .Query("limit", JsonSchemaType.Integer, "At most this many, 1–500 (default 100).")
            .Answers<BatchListResponse>()
            .Errors(422);
        group.MapGet("/{id:long}", Status).WithName("GetBatch").WithSummary("State and progress of a batch").Answers<BatchJobResponse>().Errors(404);
        group.MapGet("/{id:long}/results", ResultsOf).WithName("GetBatchResults").WithSummary("Results of a complete batch as JSON lines (format=json: one JSON array)");
    }

    private static async Task<IResult> Submit(HttpContext context, BatchJobs jobs, ScreeningService service, ServeOptions options, CancellationToken ct)
    {
        var q = new QueryParameters(context.Request.Query);
        var threshold = q.Double("threshold", 0, 1);
        var map = q.Strings("map");
        var encoding = q.String("encoding");
        if (!service.IsReady) return Problems.NotReady();
        var directory = Path.Combine(jobs.Root, DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        var (name, path) = await BatchUpload.SaveAsync(context.Request, directory, options.Limits.BatchUploadBytes, ct);
        var run = await jobs.SubmitAsync(new BatchJobRequest(name, path, threshold, map, encoding), Caller.Of(context)?.KeyId, directory);
        context.Response.Headers.Location = $"/batches/{run.Id}";
        return JsonResponse.Write(w => Write(w, run, jobs), StatusCodes.Status202Accepted);
    }

    private static IResult Status(long id, HttpContext context, BatchJobs jobs, ServeOptions options)
    {
        var run = Visible(id, context, jobs, options);
        return JsonResponse.Write(w => Write(w, run, jobs));
    }

    private static async Task<IResult> ResultsOf(long id, HttpContext context, BatchJobs jobs, ServeOptions options, CancellationToken ct)
    {
        var run = Visible(id, context, jobs, options);
        var format = new QueryParameters(context.Request.Query).String("format") ?? "jsonl";
        if (format is not ("jsonl" or "json")) throw new RequestProblemException(422, $"query parameter 'format' must be jsonl or json, not '{format}'");
        if (run.Status != RunStatus.Complete)
            throw new RequestProblemException(409, $"batch {id} is {run.Status}{(run.Reason is null ? "" : $" ({run.Reason})")}, {run.Counts.RowsRead:N0} rows so far; its results are served once it is complete (GET /batches/{id})");
        if (run.OutputFormat != "jsonl" || !File.Exists(run.OutputPath))
            throw new RequestProblemException(409, $"run {id} wrote {run.OutputFormat} to a file this server does not serve; read it where argus batch wrote it");
        if (format == "jsonl") return Results.File(run.OutputPath, "application/x-ndjson; charset=utf-8");
        // One JSON array of the same objects, streamed line by line.
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = context.Response.Body;
        await body.WriteAsync("["u8.ToArray(), ct);
        var first = true;
        foreach (var line in File.ReadLines(run.OutputPath))
        {
            if (line.Length == 0) continue;
            if (!first) await body.WriteAsync(",\n"u8.ToArray(), ct);
            first = false;
            await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), ct);
        }
        await body.WriteAsync("]\n"u8.ToArray(), ct);
        return Results.Empty;
    }

    private static readonly string[] States = [RunStatus.Running, RunStatus.Stopped, RunStatus.Complete, RunStatus.Abandoned];

    private static IResult List(HttpContext context, BatchJobs jobs, ServeOptions options)
    {
        var q = new QueryParameters(context.Request.Query);
        var state = q.String("state");
        if (state is not null && !States.Contains(state))
            throw new RequestProblemException(422, $"query parameter 'state' must be one of {string.Join(", ", States)}, not '{state}'");
        var limit = q.Int("limit", 100, 1, 500);
        var caller = Caller.Of(context) ?? Caller.Anonymous;
        using var runs = RunStore.Open(options.DataDirectory);
        var visible = runs.All().Where(r => (state is null || r.Status == state) && MaySee(caller, r.Id, jobs)).Reverse().ToList();
        return JsonResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("batches");
            foreach (var run in visible.Take(limit)) Write(w, run, jobs);
            w.WriteEndArray();
            w.WriteNumber("total", visible.Count);
            w.WriteNumber("limit", limit);
            w.WriteEndObject();
        });
    }

    // A run another caller submitted (or one of argus batch, for a read key) is not found, not forbidden: ids say nothing.
    private static BatchRun Visible(long id, HttpContext context, BatchJobs jobs, ServeOptions options)
    {
        var caller = Caller.Of(context) ?? Caller.Anonymous;
        using var runs = RunStore.Open(options.DataDirectory);
        var run = runs.Get(id);
        if (run is null || !MaySee(caller, id, jobs))
            throw new RequestProblemException(404, $"No batch {id} submitted with this key (POST /batches submits one)");
        return run;
    }

    private static bool MaySee(Caller caller, long runId, BatchJobs jobs) =>
        caller.Role == ApiRole.Admin || (jobs.OwnerOf(runId) is { } owner && owner.KeyId == caller.KeyId);

    private static void Write(Utf8JsonWriter w, BatchRun run, BatchJobs jobs)
    {
        w.WriteStartObject();
        w.WriteNumber("id", run.Id);
        w.WriteString("state", run.Status);
        if (run.Reason is not null) w.WriteString("reason", run.Reason);
        w.WritePropertyName("progress");
        if (run.Status == RunStatus.Complete) w.WriteNumberValue(1);
        else if (jobs.Fraction(run.Id) is { } f) w.WriteNumberValue(Math.Round(f, 4));
        else w.WriteNullValue();
        w.WriteNumber("rows_read", run.Counts.RowsRead);
        w.WriteNumber("rows_screened", run.Counts.RowsScreened);
        w.WriteNumber("rows_with_matches", run.Counts.RowsWithMatches);
        w.WriteNumber("rows_rejected", run.Counts.RowsRejected);
        w.WriteNumber("last_row", run.LastRow);
        w.WriteNumber("threshold", run.Threshold);
        w.WriteStartArray("mapping");
        foreach (var m in run.Mapping) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteStartObject("lists");
        foreach (var (k, v) in run.ListVersions) w.WriteNumber(k, v);
        w.WriteEndObject();
        w.WriteString("started", CatalogRoutes.Timestamp(run.Started));
        if (run.Updated != default) w.WriteString("updated", CatalogRoutes.Timestamp(run.Updated));
        w.WriteNumber("seconds", Math.Round(run.Counts.Elapsed.TotalSeconds, 3));
        w.WriteString("results", $"/batches/{run.Id}/results");
        w.WriteEndObject();
    }
}
