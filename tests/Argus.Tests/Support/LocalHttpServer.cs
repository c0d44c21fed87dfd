using System.Net;
using System.Net.Sockets;

namespace Argus.Tests.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 (a free port) for download tests: each path answers with the handler
/// registered for it. It only ever listens on the loopback address and stops when disposed.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    /// <summary>Answers <paramref name="path"/> with <paramref name="handler"/>.</summary>
    public void Route(string path, Func<HttpListenerContext, Task> handler)
    {
        lock (_routes) _routes["/" + path.TrimStart('/')] = handler;
    }

    /// <summary>Answers <paramref name="path"/> with status 200 and <paramref name="body"/>.</summary>
    public void Serve(string path, byte[] body, int status = 200, TimeSpan? delay = null) => Route(path, async ctx =>
    {
        if (delay is { } d) await Task.Delay(d);
        ctx.Response.StatusCode = status;
        ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
        ctx.Response.Close();
    });

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Hits(string path)
    {
        lock (_hits) return _hits.GetValueOrDefault("/" + path.TrimStart('/'));
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                lock (_hits) _hits[path] = _hits.GetValueOrDefault(path) + 1;
                Func<HttpListenerContext, Task>? handler;
                lock (_routes) _routes.TryGetValue(path, out handler);
                try
                {
                    if (handler is null) { ctx.Response.StatusCode = 404; ctx.Response.Close(); }
                    else await handler(ctx);
                }
                catch (Exception) when (_stop.IsCancellationRequested) { }
                catch (HttpListenerException) { }
                catch (ObjectDisposedException) { }
            });
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
