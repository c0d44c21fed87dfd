using Argus.Text;
using Argus.Web.Contracts;
using Argus.Web.Http;
using Argus.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Web.Routes;

/// <summary><c>POST /scan</c>: the people and organisations a text names, screened; the JSON of <c>argus scan --json</c>.</summary>
public static class ScanRoutes
{
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/scan", Scan);

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
