using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Argus.Tests.Support;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

[Collection("server")]
public sealed class ScanRouteTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private static string Article => File.ReadAllText(Path.Combine(TestPaths.Samples, "news", "dprk-bank-network.txt"));

    private static HashSet<string> Flagged(JsonDocument json) =>
        json.RootElement.GetProperty("entities").EnumerateArray()
            .SelectMany(e => e.GetProperty("matches").EnumerateArray())
            .Where(m => m.GetProperty("match").GetBoolean())
            .Select(m => m.GetProperty("id").GetString()!).ToHashSet();

    private async Task<JsonDocument> ScanAsync(HttpContent content)
    {
        var (status, json, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/scan", Server.ReadKey, content));
        Assert.Equal(HttpStatusCode.OK, status);
        return json!;
    }

    [Fact]
    public async Task Text_JSON_and_a_file_upload_give_the_report_of_argus_scan()
    {
        var plain = await ScanAsync(new StringContent(Article, Encoding.UTF8, "text/plain"));
        var flagged = Flagged(plain);
        Assert.NotEmpty(flagged);
        foreach (var field in new[] { "entities", "quotes", "events", "summary" }) Assert.True(plain.RootElement.TryGetProperty(field, out _), field);

        var json = await ScanAsync(new StringContent(JsonSerializer.Serialize(new { text = Article }), Encoding.UTF8, "application/json"));
        Assert.Equal(flagged, Flagged(json));

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Article));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "article.txt");
        Assert.Equal(flagged, Flagged(await ScanAsync(form)));
    }

    [SharedDataFact]
    public async Task The_first_case_article_flags_Jo_Chun_yong_KPi_038()
    {
        var text = File.ReadAllText(TestPaths.Shared("news", "kim-putin-summit.txt"));
        var report = await ScanAsync(new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Contains("un_sc_sanctions-KPi.038", Flagged(report));
    }

    [Theory]
    [InlineData("application/xml", "<text>x</text>", 415)]
    [InlineData("text/plain", "   ", 400)]
    [InlineData("application/json", "{\"words\":\"x\"}", 422)]
    [InlineData("application/json", "{\"text\":", 400)]
    public async Task Bad_scan_requests_are_4xx(string type, string body, int expected)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        var (status, json, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/scan", Server.ReadKey, content));
        Assert.Equal(expected, (int)status);
        Assert.Equal(expected, json!.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_text_longer_than_the_limit_is_413()
    {
        var text = new string('a', Server.Options.Limits.ScanTextChars + 1);
        var (status, _, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/scan", Server.ReadKey, new StringContent(text, Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }
}
