using Argus.Web.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Argus.Web.Batches;

/// <summary>
/// Writes the customer file of <c>POST /batches</c> to a new job directory under the data directory, streamed
/// within the upload limit: the first file of a multipart form, or the body itself (CSV, JSON lines, XLSX).
/// </summary>
public static class BatchUpload
{
    private static readonly string[] Extensions = [".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json", ".xlsx", ".xls"];

    /// <summary>Returns the name the caller gave the file and the path it was written to.</summary>
    public static async Task<(string Name, string Path)> SaveAsync(HttpRequest request, string directory, long limit, CancellationToken ct)
    {
        // The server's default body limit is the scan's; a customer file may be larger.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (request.ContentLength > limit) throw TooLarge(limit);
        var type = request.ContentType ?? "";
        if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            throw new RequestProblemException(415, "send the customer file as multipart/form-data (curl -F file=@customers.csv) or as the body (curl --data-binary @customers.csv -H 'Content-Type: text/csv')");
        Directory.CreateDirectory(directory);
        try
        {
            if (!type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
                return ("the uploaded file", await WriteAsync(request.Body, System.IO.Path.Combine(directory, "input"), limit, ct));
            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(type).Boundary).Value
                ?? throw new RequestProblemException(400, "the multipart Content-Type has no boundary");
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
                var name = System.IO.Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName.HasValue ? disposition.FileName : disposition.FileNameStar).Value ?? "upload");
                var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
                // The caller's name never becomes a path: only a known extension is kept.
                var path = System.IO.Path.Combine(directory, "input" + (Extensions.Contains(extension) ? extension : ""));
                return (name.Length > 0 ? name : "upload", await WriteAsync(section.Body, path, limit, ct));
            }
            throw new RequestProblemException(400, "the form holds no file; send the customer file as a file field (curl -F file=@customers.csv)");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && e is not RequestProblemException)
        {
            Directory.Delete(directory, recursive: true);
            if (e is BadHttpRequestException { StatusCode: 413 }) throw TooLarge(limit);
            throw new RequestProblemException(e is BadHttpRequestException b ? b.StatusCode : 400, "the upload could not be read: " + e.Message);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    private static async Task<string> WriteAsync(Stream body, string path, long limit, CancellationToken ct)
    {
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += n;
                if (total > limit) throw TooLarge(limit);
                await file.WriteAsync(buffer.AsMemory(0, n), ct);
            }
            if (total == 0) throw new RequestProblemException(400, "the customer file is empty; send a CSV, JSON-lines or XLSX file with a header and rows");
        }
        return path;
    }

    private static RequestProblemException TooLarge(long limit) => new(413, $"the customer file is larger than {limit:N0} bytes; split it into parts");
}
