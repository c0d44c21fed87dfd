using Argus.Text;
using Argus.Web.Contracts;
using Argus.Web.Http;
using Argus.Screening;
using Argus.Web.Docs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Argus.Web.Routes;

/// <summary><c>POST /scan</c>: the people and organisations a text names, screened; the JSON of <c>argus scan --json</c>.</summary>
public static class ScanRoutes
{
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/scan", Scan)
        .WithTags("Argus")
        .WithSummary("Scan a text for the people and organisations it names, screened")
        .WithDescription("The text as text/plain, as JSON {\"text\": ...}, or as a multipart file upload; the answer is the JSON of argus scan --json.")
        .Body<ScanBody>("application/json", "text/plain", "multipart/form-data")
        .Answers<ScanResponse>()
        .Query("threshold", JsonSchemaType.Number, "Score from which a mention is flagged, 0–1 (default: the calibrated threshold).")
        .Errors(400, 413, 415, 422, 503);

    private static async Task<IResult> Scan(HttpRequest request, ScreeningService service, MentionRecognizer recognizer, ServeOptions options, CancellationToken ct)
    {
        var text = await ScanText.ReadAsync(request, options.Limits, ct);
        if (service.Current is not { } state) return Problems.NotReady();
        var threshold = new QueryParameters(request.Query).Double("threshold", 0, 1);
        var scanner = new TextScanner(state.Index, new ScanOptions { Threshold = threshold, ListsDescription = state.Lists.Description, MaxCharacters = options.Limits.ScanTextChars }, recognizer);
        var report = scanner.Scan(text);
        return JsonResponse.Write(w => ScanReportJson.Write(report, w));
    }
}
