using System.Text;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Storage;

public class ListUpdaterTests : IDisposable
{
    private static readonly OfficialSource Source = new("un", "a_list", "http://127.0.0.1:1/unused", "list.txt", []);
    // Three seconds: the whole suite runs in parallel on two cores, and a one-second limit timed out a
    // local answer now and then. The slow file answers well after it.
    private static readonly DownloadOptions Quick = new(TimeSpan.FromSeconds(3), 0, TimeSpan.FromMilliseconds(10));

    private readonly TempDir _dir = new();
    private readonly LocalHttpServer _server = new();
    private readonly HttpClient _http = new();

    public ListUpdaterTests()
    {
        _server.Serve("good.list", Bytes(TinyList.Numbered("a_list", 20)));
        _server.Serve("newer.list", Bytes(TinyList.Numbered("a_list", 21)));
        _server.Serve("cut.list", Bytes(TinyList.Numbered("a_list", 20, complete: false)));
        _server.Serve("empty.list", []);
        _server.Serve("html.list", Bytes("<!DOCTYPE html><html><body>Service unavailable</body></html>"));
        _server.Serve("error.list", Bytes("internal error"), status: 500);
        _server.Serve("slow.list", Bytes(TinyList.Numbered("a_list", 20)), delay: TimeSpan.FromSeconds(10));
        _server.Route("short.list", async ctx =>
        {
            // Promises more bytes than it sends, then drops the connection: a download cut in transit.
            var body = Bytes(TinyList.Numbered("a_list", 20));
            ctx.Response.ContentLength64 = body.Length * 2;
            await ctx.Response.OutputStream.WriteAsync(body);
            await ctx.Response.OutputStream.FlushAsync();
            ctx.Response.Abort();
        });
        var calls = 0;
        _server.Route("flaky.list", async ctx =>
        {
            var body = Bytes(TinyList.Numbered("a_list", 21));
            ctx.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 503 : 200;
            ctx.Response.ContentLength64 = body.Length;
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        });
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
        _dir.Dispose();
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private ImportResult Update(SnapshotStore store, string path, DownloadOptions? options = null)
    {
        var updater = new ListUpdater(store, new ListImporter(store, TinyList.Read), new ListDownloader(_http, options ?? Quick), _dir.Path);
        var overrides = new Dictionary<string, string> { ["un"] = _server.Url(path) };
        return Assert.Single(updater.Update([Source], overrides));
    }

    private static string State(SnapshotStore store) =>
        string.Join(";", store.ActiveVersions().Select(v => $"{v.Dataset}/{v.Version}/{v.Sha256}/{v.EntityCount}"))
        + $"|{store.Versions("a_list").Count}|{store.ActiveEntities().Count}";

    [Fact]
    public void A_good_download_is_imported_and_activated_and_its_temporary_files_are_gone()
    {
        using var store = SnapshotStore.Open(_dir.Path);
        var result = Update(store, "good.list");
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(20, store.ActiveVersion("a_list")!.EntityCount);
        Assert.Equal(_server.Url("good.list"), store.ActiveVersion("a_list")!.Source);
        Assert.Empty(Directory.GetDirectories(_dir.Path, "download-*"));

        Assert.Equal(ImportStatus.Imported, Update(store, "newer.list").Status);
        Assert.Equal(2, store.ActiveVersion("a_list")!.Version);
    }

    [Theory]
    [InlineData("cut.list", "truncated")]
    [InlineData("short.list", "")]
    [InlineData("empty.list", "empty")]
    [InlineData("html.list", "not a tiny list")]
    [InlineData("error.list", "500")]
    [InlineData("slow.list", "time-out")]
    [InlineData("missing.list", "404")]
    public void A_bad_download_is_refused_with_a_clear_error_and_the_active_data_is_unchanged(string path, string reason)
    {
        using var store = SnapshotStore.Open(_dir.Path);
        Update(store, "good.list");
        var before = State(store);

        var result = Update(store, path);

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains(_server.Url(path), result.Message);
        Assert.Contains(reason, result.Message);
        Assert.Equal(before, State(store));
        Assert.Equal("refuse", store.Audit.Entries()[^1].Action);
        Assert.Empty(Directory.GetDirectories(_dir.Path, "download-*"));
    }

    [Fact]
    public void A_server_error_is_retried_and_a_later_success_is_imported()
    {
        using var store = SnapshotStore.Open(_dir.Path);
        var notices = new List<string>();
        var updater = new ListUpdater(store, new ListImporter(store, TinyList.Read),
            new ListDownloader(_http, Quick with { Retries = 2 }), _dir.Path);
        var result = Assert.Single(updater.Update([Source], new Dictionary<string, string> { ["un"] = _server.Url("flaky.list") }, notice: notices.Add));
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(2, _server.Hits("flaky.list"));
        Assert.Contains(notices, n => n.Contains("503") && n.Contains("retrying"));
    }

    [Fact]
    public void A_persistent_server_error_gives_up_after_the_retries()
    {
        using var store = SnapshotStore.Open(_dir.Path);
        var result = Update(store, "error.list", Quick with { Retries = 2 });
        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("after 3 attempts", result.Message);
        Assert.Equal(3, _server.Hits("error.list"));
    }

    [Fact]
    public void Companion_files_are_fetched_beside_the_main_file()
    {
        _server.Serve("exports/MAIN.TXT", Bytes(TinyList.Numbered("a_list", 5)));
        _server.Serve("exports/EXTRA.TXT", Bytes("companion content"));
        var withCompanion = Source with { Companions = [new OfficialCompanion("extra.txt", "EXTRA.TXT")] };
        string? seen = null;
        using var store = SnapshotStore.Open(_dir.Path);
        var importer = new ListImporter(store, src =>
        {
            using var c = src.OpenCompanion("extra.txt");
            seen = c is null ? null : new StreamReader(c).ReadToEnd();
            return TinyList.Read(src);
        });
        var updater = new ListUpdater(store, importer, new ListDownloader(_http, Quick), _dir.Path);
        var result = Assert.Single(updater.Update([withCompanion], new Dictionary<string, string> { ["un"] = _server.Url("exports/MAIN.TXT") }));
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal("companion content", seen);
    }

    [Fact]
    public void Overrides_must_name_a_known_source_and_an_http_url()
    {
        Assert.Equal("http://x/y", ListUpdater.ParseOverrides(["un=http://x/y"])["un"]);
        Assert.Contains("unknown source", Assert.Throws<ArgumentException>(() => ListUpdater.ParseOverrides(["nope=http://x/y"])).Message);
        Assert.Contains("not an http", Assert.Throws<ArgumentException>(() => ListUpdater.ParseOverrides(["un=file:///etc/passwd"])).Message);
        Assert.Contains("NAME=URL", Assert.Throws<ArgumentException>(() => ListUpdater.ParseOverrides(["un"])).Message);
    }

    [Fact]
    public void Every_official_source_has_a_distinct_name_and_dataset_and_an_https_url_or_none()
    {
        Assert.Equal(OfficialSources.All.Count, OfficialSources.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(OfficialSources.All.Count, OfficialSources.All.Select(s => s.Dataset).Distinct().Count());
        Assert.All(OfficialSources.All.Where(s => s.Url is not null), s => Assert.StartsWith("https://", s.Url));
        Assert.Equal(3, OfficialSources.Find("ofac-sdn")!.Companions.Count);
    }
}
