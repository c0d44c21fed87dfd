using System.Text.Json;
using Argus.Web.Http;
using Microsoft.AspNetCore.Http;

namespace Argus.Web.Contracts;

/// <summary>The text of a scan request: a text/plain body, JSON <c>{"text": …}</c>, or the first file of a multipart form.</summary>
public static class ScanText
{
    public static async Task<string> ReadAsync(HttpRequest request, RequestLimits limits, CancellationToken ct)
    {
        var type = request.ContentType ?? "text/plain";
        if (!type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return FromBody(type, await RequestBody.ReadAsync(request, limits.ScanBodyBytes, ct), limits);
        if (request.ContentLength > limits.ScanBodyBytes) throw new RequestProblemException(413, $"the upload is larger than {limits.ScanBodyBytes:N0} bytes");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            throw new RequestProblemException(e is BadHttpRequestException b ? b.StatusCode : 400, "the multipart form could not be read: " + e.Message);
        }
        var file = form.Files.FirstOrDefault() ?? throw new RequestProblemException(400, "the form holds no file; send the text as a file field (curl -F file=@article.txt)");
        if (file.Length > limits.ScanBodyBytes) throw new RequestProblemException(413, $"the file is larger than {limits.ScanBodyBytes:N0} bytes");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return Checked(RequestBody.DecodeText(buffer.ToArray()), limits);
    }

    /// <summary>
    /// The text of a body that is not a form, by its Content-Type: JSON <c>{"text": …}</c>, or UTF-8 text.
    /// Callable without a server; every fault is a <see cref="RequestProblemException"/> (4xx).
    /// </summary>
    public static string FromBody(string contentType, byte[] body, RequestLimits limits)
    {
        string text;
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            using var doc = RequestBody.ParseJson(body, limits.JsonDepth);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                throw new RequestProblemException(422, "send {\"text\": \"…\"}: field required: 'text' (a string)");
            text = t.GetString()!;
        }
        else if (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase))
            text = RequestBody.DecodeText(body);
        else throw new RequestProblemException(415, $"Content-Type '{contentType}' is not read by /scan; send text/plain, application/json {{\"text\": …}} or multipart/form-data with a file");
        return Checked(text, limits);
    }

    private static string Checked(string text, RequestLimits limits)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new RequestProblemException(400, "the text to scan is empty");
        if (text.Length > limits.ScanTextChars)
            throw new RequestProblemException(413, $"the text has {text.Length:N0} characters; the most a scan takes is {limits.ScanTextChars:N0} (split it into parts)");
        return text;
    }
}
