using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

public sealed class ServeLogTests
{
    [Fact]
    public async Task With_log_format_json_each_request_writes_one_parseable_line_without_the_key()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Support.ArgusProcess.Run(dir.Path, "lists", "import", Path.Combine(TestPaths.Samples, "lists", "un")).ExitCode);
        var key = Support.ArgusProcess.Run(dir.Path, "keys", "create", "--role", "read").StdOut.Trim();
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "argus.dll"), "--data", dir.Path, "serve", "--urls", $"http://127.0.0.1:{port}", "--log-format", "json" })
            psi.ArgumentList.Add(a);
        using var server = Process.Start(psi)!;
        var lines = new ConcurrentQueue<string>();
        server.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        server.BeginOutputReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitReadyAsync(client);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/entities/un_sc_sanctions-KPi.076");
            request.Headers.Authorization = new("ApiKey", key);
            using var response = await client.SendAsync(request);
            var requestLines = new List<JsonElement>();
            for (var i = 0; i < 50 && requestLines.Count == 0; i++)
            {
                await Task.Delay(100);
                requestLines = lines.Select(l => JsonDocument.Parse(l).RootElement)
                    .Where(j => j.GetProperty("State").TryGetProperty("Route", out var r) && r.GetString() == "/entities/{id}").ToList();
            }
            var line = Assert.Single(requestLines);
            var state = line.GetProperty("State");
            Assert.Equal("GET", state.GetProperty("Method").GetString());
            Assert.Equal((int)response.StatusCode, state.GetProperty("Status").GetInt32());
            Assert.True(state.GetProperty("DurationMs").GetDouble() >= 0);
            Assert.Equal("1", state.GetProperty("KeyId").GetString());
            Assert.False(string.IsNullOrEmpty(state.GetProperty("RequestId").GetString()));
            Assert.True(DateTimeOffset.TryParse(line.GetProperty("Timestamp").GetString(), out _));
            Assert.DoesNotContain(lines, l => l.Contains(key, StringComparison.Ordinal));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task WaitReadyAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var r = await client.GetAsync("/readyz");
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("argus serve was not ready in 30 s");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
