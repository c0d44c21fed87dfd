using System.Net;
using System.Text;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

/// <summary>Requests meant to break the server: each gets a clear 4xx, and the server answers the next request.</summary>
[Collection("server")]
public sealed class HostileRequestTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private async Task AssertRefused(string path, HttpContent content, int expected, string mediaType = "application/json")
    {
        if (content.Headers.ContentType is null) content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        var request = Server.Request(HttpMethod.Post, path, Server.ReadKey, content);
        // As curl does for large bodies: the server may refuse before the body is sent.
        request.Headers.ExpectContinue = true;
        var (status, json, response) = await Server.SendAsync(request);
        Assert.Equal(expected, (int)status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(json!.RootElement.GetProperty("detail").GetString()));
        var (after, _, _) = await Server.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public Task A_10_MB_body_is_413() => AssertRefused("/match/default", new ByteArrayContent(Encoding.ASCII.GetBytes(new string('a', 10 << 20))), 413);

    /// <summary>
    /// A body without a length is counted as it comes. (Beyond the largest body of any route, Kestrel closes the
    /// connection instead of reading the rest, so the client may see the connection close before the 413.)
    /// </summary>
    [Fact]
    public Task A_body_sent_in_chunks_beyond_the_limit_is_413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(new string('{', 3 << 20))));
        content.Headers.ContentLength = null;
        return AssertRefused("/match/default", content, 413);
    }

    [Fact]
    public Task Ten_thousand_queries_are_400()
    {
        var queries = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"q{i}\":{{\"schema\":\"Person\",\"properties\":{{\"name\":[\"n\"]}}}}"));
        return AssertRefused("/match/default", new StringContent("{\"queries\":{" + queries + "}}", Encoding.UTF8, "application/json"), 400);
    }

    [Fact]
    public Task A_hundred_and_one_queries_are_400()
    {
        var queries = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"q{i}\":{{\"schema\":\"Person\",\"properties\":{{\"name\":[\"n\"]}}}}"));
        return AssertRefused("/match/default", new StringContent("{\"queries\":{" + queries + "}}", Encoding.UTF8, "application/json"), 400);
    }

    /// <summary>Found by fuzzing the request parsing: the parser accepts "\\ud800" alone and threw only when the string was read (a 500).</summary>
    [Theory]
    [InlineData("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ri \\ud800 Pyong Chol\"]}}}}")]
    [InlineData("/match/default", "{\"queries\": {\"q\\udc00\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ri Pyong Chol\"]}}}}")]
    [InlineData("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"na\\ud800me\": [\"Ri\"]}}}}")]
    [InlineData("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Per\\ud800son\", \"properties\": {}}}}")]
    [InlineData("/scan", "{\"text\": \"Ri Pyong Chol \\udc00 met Jo Chun Ryong\"}")]
    public Task Half_a_surrogate_pair_escaped_in_a_json_string_is_400(string path, string body) =>
        AssertRefused(path, new StringContent(body, Encoding.UTF8, "application/json"), 400);

    [Fact]
    public Task JSON_nested_10000_deep_is_400() =>
        AssertRefused("/match/default", new StringContent(new string('[', 10_000) + new string(']', 10_000), Encoding.UTF8, "application/json"), 400);

    [Fact]
    public Task Invalid_UTF8_in_JSON_is_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"queries":{"q":{"schema":"Person","properties":{"name":["Ri X"]}}}}""");
        bytes[bytes.Length - 8] = 0xFF;
        return AssertRefused("/match/default", new ByteArrayContent(bytes), 400);
    }

    [Fact]
    public Task Invalid_UTF8_text_to_scan_is_400() =>
        AssertRefused("/scan", new ByteArrayContent([0x4B, 0x69, 0x6D, 0xC3, 0x28, 0xFF]), 400, "text/plain");

    [Fact]
    public Task A_JSON_array_instead_of_an_object_is_422() =>
        AssertRefused("/match/default", new StringContent("[1,2,3]", Encoding.UTF8, "application/json"), 422);

    [Fact]
    public Task An_empty_body_is_400() => AssertRefused("/match/default", new ByteArrayContent([]), 400);

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var (status, _, response) = await Server.GetAsync("/no/such/route");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
