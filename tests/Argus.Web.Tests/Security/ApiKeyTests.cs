using System.Net;
using System.Text;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Security;

[Collection("server")]
public sealed class ApiKeyTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private const string Body = """{"queries":{"q1":{"schema":"Person","properties":{"name":["Ri Pyeong-chol"]}}}}""";

    [Theory]
    [InlineData(null)]
    [InlineData("argus_not-a-key")]
    [InlineData("")]
    public async Task Without_a_valid_key_a_request_is_401_with_a_challenge(string? key)
    {
        var (status, json, response) = await Server.PostJsonAsync("/match/default", Body, key);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("ApiKey", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("argus keys create", json!.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_revoked_key_is_401()
    {
        var (status, _, _) = await Server.GetAsync("/catalog", Server.RevokedKey);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_key_in_yentes_api_key_parameter_is_accepted()
    {
        var (status, _, _) = await Server.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/match/default?api_key=" + Uri.EscapeDataString(Server.ReadKey))
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/json"),
        });
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_read_key_on_an_admin_route_is_403_and_an_admin_key_is_let_through()
    {
        var (read, json, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/updatez", Server.ReadKey));
        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Contains("admin", json!.RootElement.GetProperty("detail").GetString());
        var (admin, ok, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/updatez", Server.AdminKey));
        Assert.Equal(HttpStatusCode.OK, admin);
        Assert.Equal("ok", ok!.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_and_readiness_need_no_key()
    {
        Assert.Equal(HttpStatusCode.OK, (await Server.GetAsync("/healthz", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Server.GetAsync("/readyz", null)).Status);
    }
}

public sealed class AnonymousAndRateLimitTests
{
    [Fact]
    public async Task With_allow_anonymous_a_request_without_a_key_reads_but_does_not_administer()
    {
        await using var server = await RunningServer.StartAsync(o => o with { AllowAnonymous = true });
        var (match, _, _) = await server.PostJsonAsync("/match/default", """{"queries":{"q":{"schema":"Person","properties":{"name":["Ri Pyong Chol"]}}}}""", null);
        Assert.Equal(HttpStatusCode.OK, match);
        var (update, _, _) = await server.SendAsync(server.Request(HttpMethod.Post, "/updatez"));
        Assert.Equal(HttpStatusCode.Forbidden, update);
        // A key sent must still be valid.
        var (bad, _, _) = await server.GetAsync("/catalog", "argus_wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, bad);
    }

    [Fact]
    public async Task Requests_beyond_the_rate_of_a_key_are_429_and_other_keys_are_not_slowed()
    {
        await using var server = await RunningServer.StartAsync(o => o with { Limits = o.Limits with { RequestsPerSecond = 5 } });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++) statuses.Add((await server.GetAsync("/algorithms")).Status);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        var (other, _, _) = await server.GetAsync("/algorithms", "admin");
        Assert.Equal(HttpStatusCode.OK, other);
    }
}
