using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Argus.Web.Http;

/// <summary>Reads request bodies within a size limit, and parses JSON within a depth limit: bad input is a 4xx, never a 500.</summary>
public static class RequestBody
{
    /// <summary>The whole body, at most <paramref name="limit"/> bytes (413 beyond).</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int n;
            while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + n > limit) throw TooLarge(limit);
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e)
        {
            throw new RequestProblemException(e.StatusCode, "the request body could not be read: " + e.Message);
        }
        return buffer.ToArray();
    }

    /// <summary>Parses JSON (UTF-8, at most <paramref name="maxDepth"/> levels); 400 with the place of the fault otherwise.</summary>
    public static JsonDocument ParseJson(byte[] body, int maxDepth)
    {
        if (body.Length == 0) throw new RequestProblemException(400, "the request body is empty; send a JSON document");
        // The parser checks the UTF-8 of strings only when they are read: check it all first.
        if (!System.Text.Unicode.Utf8.IsValid(body)) throw new RequestProblemException(400, "the body is not valid UTF-8");
        try
        {
            var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            RefuseBrokenEscapes(doc);
            return doc;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            var why = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? $"JSON nested deeper than {maxDepth} levels"
                : e.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) ? "the body is not valid UTF-8" : "the body is not valid JSON";
            throw new RequestProblemException(400, why + where);
        }
    }

    /// <summary>
    /// The parser accepts an escaped half of a surrogate pair ("\ud800" alone) and throws only when that
    /// string or name is read: every one is read once here, so that no route meets it later as a 500.
    /// </summary>
    private static void RefuseBrokenEscapes(JsonDocument doc)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(doc.RootElement);
        try
        {
            while (pending.TryPop(out var e))
            {
                switch (e.ValueKind)
                {
                    case JsonValueKind.String: _ = e.GetString(); break;
                    case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) pending.Push(item); break;
                    case JsonValueKind.Object:
                        foreach (var p in e.EnumerateObject())
                        {
                            _ = p.Name;
                            pending.Push(p.Value);
                        }
                        break;
                }
            }
        }
        catch (InvalidOperationException)
        {
            doc.Dispose();
            throw new RequestProblemException(400, "the body holds a string or name with half a surrogate pair escaped (such as \\ud800 alone), which is not text");
        }
    }

    /// <summary>Decodes UTF-8 text strictly: invalid bytes are a 400, not silently replaced.</summary>
    public static string DecodeText(byte[] body)
    {
        try
        {
            var start = body.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body, start, body.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new RequestProblemException(400, $"the text is not valid UTF-8 (byte {e.Index})");
        }
    }

    private static RequestProblemException TooLarge(int limit) =>
        new(413, $"the request body is larger than {limit:N0} bytes; send fewer queries or a shorter text");
}
