using Microsoft.AspNetCore.Http;

namespace Argus.Web.Http;

/// <summary>RFC 9457 problem documents (application/problem+json) that say what to fix.</summary>
public static class Problems
{
    public static IResult Of(int status, string detail, string? title = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title ?? TitleOf(status));

    public static IResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, detail);
    public static IResult Unprocessable(string detail) => Of(StatusCodes.Status422UnprocessableEntity, detail);
    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, detail);
    public static IResult NotReady() => Of(StatusCodes.Status503ServiceUnavailable, "the screening index is still being built; retry in a moment (GET /readyz says when it is ready)");

    public static string TitleOf(int status) => status switch
    {
        400 => "Bad request",
        401 => "API key required",
        403 => "Not allowed for this key",
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Request too large",
        415 => "Unsupported media type",
        422 => "Invalid parameter",
        429 => "Too many requests",
        503 => "Not ready",
        _ => "Error",
    };
}

/// <summary>A request that cannot be answered, with the status and the sentence to send back.</summary>
public sealed class RequestProblemException(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;
}
