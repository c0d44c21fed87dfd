using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Argus.Security;
using Argus.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Argus.Web.Tests.Support;

/// <summary>
/// A real `argus serve` (Kestrel on 127.0.0.1, a port the system picks) over a fresh data directory with
/// the bundled samples, ready once /readyz says so; with a read key, an admin key and a revoked key.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TempDir dir;

    private RunningServer(WebApplication app, TempDir dir, Uri address, ServeOptions options)
    {
        this.app = app;
        this.dir = dir;
        Address = address;
        Options = options;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }
    public ServeOptions Options { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;
    public string DataDirectory => dir.Path;
    public string ReadKey { get; private set; } = "";
    public string AdminKey { get; private set; } = "";
    public string RevokedKey { get; private set; } = "";

    public static async Task<RunningServer> StartAsync(Func<ServeOptions, ServeOptions>? configure = null, Action<string>? prepare = null)
    {
        var dir = new TempDir();
        prepare?.Invoke(dir.Path);
        var options = new ServeOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = dir.Path,
            SamplesDirectory = Path.Combine(TestPaths.Samples, "lists"),
            ListPollInterval = TimeSpan.FromMilliseconds(200),
        };
        options = configure?.Invoke(options) ?? options;
        var keys = new ApiKeyStore(dir.Path);
        var read = keys.Create(ApiRole.Read).Key;
        var admin = keys.Create(ApiRole.Admin).Key;
        var (revoked, info) = keys.Create(ApiRole.Admin);
        keys.Revoke(info.Id);
        var app = ArgusServer.Build(options);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        var server = new RunningServer(app, dir, address, options) { ReadKey = read, AdminKey = admin, RevokedKey = revoked };
        await server.WaitReadyAsync();
        return server;
    }

    public async Task WaitReadyAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            using var r = await Client.GetAsync("/readyz");
            if (r.StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the server was not ready in 60 s");
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? key = null, HttpContent? content = null)
    {
        var m = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) m.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return m;
    }

    public async Task<(HttpStatusCode Status, JsonDocument? Json, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        JsonDocument? json = null;
        if (body.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true) json = JsonDocument.Parse(body);
        return (response.StatusCode, json, response);
    }

    public Task<(HttpStatusCode Status, JsonDocument? Json, HttpResponseMessage Response)> PostJsonAsync(string path, string json, string? key = "read") =>
        SendAsync(Request(HttpMethod.Post, path, KeyFor(key), new StringContent(json, Encoding.UTF8, "application/json")));

    public Task<(HttpStatusCode Status, JsonDocument? Json, HttpResponseMessage Response)> GetAsync(string path, string? key = "read") =>
        SendAsync(Request(HttpMethod.Get, path, KeyFor(key)));

    private string? KeyFor(string? key) => key switch
    {
        "read" => ReadKey,
        "admin" => AdminKey,
        _ => key,
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        dir.Dispose();
    }
}

/// <summary>One server for the tests of a class that do not change it.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public RunningServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
