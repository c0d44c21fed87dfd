using System.Net;

namespace Argus.Sources;

/// <summary>How hard to try a download.</summary>
/// <param name="Timeout">Longest wait for one attempt, from request to last byte.</param>
/// <param name="Retries">Further attempts after a failure that may pass (time-out, network error, 5xx, 408, 429).</param>
/// <param name="Backoff">Wait before the first retry; doubled before each further one.</param>
public sealed record DownloadOptions(TimeSpan Timeout, int Retries, TimeSpan Backoff)
{
    public static DownloadOptions Default { get; } = new(TimeSpan.FromSeconds(120), 3, TimeSpan.FromSeconds(2));
}

/// <summary>A download that failed for good; the message names the URL and the cause.</summary>
public sealed class DownloadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Fetches a file over HTTP(S) into a local file, with a time-out per attempt, retries with exponential
/// backoff, and a check that the body is complete (Content-Length) and not empty. Whether the content
/// is a valid list is for the list readers to say.
/// </summary>
public sealed class ListDownloader(HttpClient http, DownloadOptions options)
{
    /// <summary>Downloads <paramref name="url"/> into <paramref name="path"/>; returns the number of bytes.</summary>
    public long Download(string url, string path, Action<string>? notice = null, CancellationToken cancel = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return Attempt(url, path, cancel);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                var (reason, retryable) = Describe(e);
                if (!retryable || attempt >= options.Retries)
                    throw new DownloadException($"{url}: download failed{(attempt > 0 ? $" after {attempt + 1} attempts" : "")}: {reason}", e);
                var wait = options.Backoff * Math.Pow(2, attempt);
                notice?.Invoke($"{url}: {reason}; retrying in {wait.TotalSeconds:0.##} s (attempt {attempt + 2} of {options.Retries + 1})");
                Thread.Sleep(wait);
            }
        }
    }

    private long Attempt(string url, string path, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        var token = timeout.Token;
        using var response = http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
            throw new HttpStatusFailure(response.StatusCode, response.ReasonPhrase);
        var expected = response.Content.Headers.ContentLength;
        long written;
        using (var body = response.Content.ReadAsStream(token))
        using (var file = File.Create(path))
        {
            body.CopyToAsync(file, token).GetAwaiter().GetResult();
            written = file.Length;
        }
        if (expected is { } length && written != length)
            throw new IOException($"truncated download: received {written:N0} of {length:N0} bytes");
        if (written == 0)
            throw new EmptyBodyFailure();
        return written;
    }

    private (string Reason, bool Retryable) Describe(Exception e) => e switch
    {
        HttpStatusFailure s => ($"the server answered {(int)s.Status} {s.Phrase}",
            (int)s.Status >= 500 || s.Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
        EmptyBodyFailure => ("the server sent an empty response", true),
        OperationCanceledException => ($"no complete answer within {options.Timeout.TotalSeconds:0.##} s (time-out)", true),
        HttpRequestException or IOException => (Innermost(e), true),
        _ => (e.Message, false),
    };

    private static string Innermost(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException) message = inner.Message;
        return e.Message.Contains(message, StringComparison.Ordinal) ? e.Message : $"{e.Message} ({message})";
    }

    private sealed class HttpStatusFailure(HttpStatusCode status, string? phrase) : Exception($"HTTP {(int)status}")
    {
        public HttpStatusCode Status { get; } = status;
        public string Phrase { get; } = phrase ?? "";
    }

    private sealed class EmptyBodyFailure() : Exception("empty body");
}
