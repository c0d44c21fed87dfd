using System.Net;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

[Collection("server")]
public sealed class CatalogAndEntityRouteTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    [Fact]
    public async Task The_catalog_lists_the_datasets_says_the_samples_stand_in_and_honours_its_ETag()
    {
        var (status, json, response) = await Server.GetAsync("/catalog");
        Assert.Equal(HttpStatusCode.OK, status);
        var root = json!.RootElement;
        var names = root.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("un_sc_sanctions", names);
        Assert.Contains("default", names);
        Assert.True(root.GetProperty("samples").GetBoolean());
        Assert.Contains("bundled samples", root.GetProperty("source").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", root.GetProperty("index_built_at").GetString()!);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);

        var again = Server.Request(HttpMethod.Get, "/catalog", Server.ReadKey);
        again.Headers.IfNoneMatch.Add(etag!);
        var (notModified, _, _) = await Server.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified);

        var other = Server.Request(HttpMethod.Get, "/catalog", Server.ReadKey);
        other.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"other\""));
        Assert.Equal(HttpStatusCode.OK, (await Server.SendAsync(other)).Status);
    }

    [Fact]
    public async Task Algorithms_name_the_default_and_the_best()
    {
        var (status, json, _) = await Server.GetAsync("/algorithms");
        Assert.Equal(HttpStatusCode.OK, status);
        var root = json!.RootElement;
        var names = root.GetProperty("algorithms").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Contains(root.GetProperty("default").GetString(), names);
        Assert.Contains(root.GetProperty("best").GetString(), names);
        Assert.All(root.GetProperty("algorithms").EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task An_entity_is_served_by_id_with_its_dataset_and_404_when_unknown()
    {
        var (status, json, _) = await Server.GetAsync("/entities/un_sc_sanctions-KPi.076");
        Assert.Equal(HttpStatusCode.OK, status);
        var e = json!.RootElement;
        Assert.Equal("un_sc_sanctions-KPi.076", e.GetProperty("id").GetString());
        Assert.Equal(["un_sc_sanctions"], e.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()!).ToArray());
        Assert.Contains("name", e.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.OK, (await Server.GetAsync("/entities/un_sc_sanctions-KPi.076?nested=false")).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Server.GetAsync("/entities/un_sc_sanctions-KPi.076?nested=maybe")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Server.GetAsync("/entities/no-such-entity")).Status);
    }

    [Fact]
    public async Task A_member_of_a_linked_target_redirects_to_the_target_and_the_target_itself_does_not()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.Address };
        async Task<HttpResponseMessage> Get(string path) => await client.SendAsync(Server.Request(HttpMethod.Get, path, Server.ReadKey));

        // The UK's entry 13572 cites UN KPi.076 as its own reference: one target, the UN entry's id.
        using var member = await Get("/entities/gb_hmt_sanctions-13572?nested=false");
        Assert.Equal(HttpStatusCode.PermanentRedirect, member.StatusCode);
        Assert.Equal("/entities/un_sc_sanctions-KPi.076?nested=false", member.Headers.Location!.OriginalString);

        using var target = await Get("/entities/un_sc_sanctions-KPi.076");
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);

        // Followed (with the key: clients drop credentials on a redirect), it lands on the target's entry.
        var (status, json, _) = await Server.GetAsync(member.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("un_sc_sanctions-KPi.076", json!.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Adjacent_entities_page_as_yente_shapes_them()
    {
        var (status, json, _) = await Server.GetAsync("/entities/un_sc_sanctions-KPi.076/adjacent");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("un_sc_sanctions-KPi.076", json!.RootElement.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Object, json.RootElement.GetProperty("adjacent").ValueKind);
        var (pStatus, page, _) = await Server.GetAsync("/entities/un_sc_sanctions-KPi.076/adjacent/sanctions?limit=5");
        Assert.Equal(HttpStatusCode.OK, pStatus);
        Assert.Equal(0, page!.RootElement.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(5, page.RootElement.GetProperty("limit").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await Server.GetAsync("/entities/nobody/adjacent")).Status);
    }

    [Fact]
    public async Task Search_finds_by_name_filters_pages_and_counts()
    {
        var (status, json, _) = await Server.GetAsync("/search/default?q=Ri%20Pyong%20Chol&schema=Person&limit=3");
        Assert.Equal(HttpStatusCode.OK, status);
        var root = json!.RootElement;
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("un_sc_sanctions-KPi.076", results[0].GetProperty("id").GetString());
        Assert.All(results, r => Assert.Equal("Person", r.GetProperty("schema").GetString()));
        Assert.True(results.Count <= 3);
        Assert.Equal(3, root.GetProperty("limit").GetInt32());
        Assert.Equal(0, root.GetProperty("offset").GetInt32());
        Assert.Equal("eq", root.GetProperty("total").GetProperty("relation").GetString());
        Assert.True(root.GetProperty("facets").TryGetProperty("countries", out _));

        var (_, all, _) = await Server.GetAsync("/search/un_sc_sanctions?limit=2&offset=1");
        Assert.Equal(2, all!.RootElement.GetProperty("results").GetArrayLength());
        Assert.All(all.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("un_sc_sanctions", r.GetProperty("dataset").GetString()));

        var (_, kp, _) = await Server.GetAsync("/search/default?countries=kp");
        Assert.All(kp!.RootElement.GetProperty("results").EnumerateArray(), r =>
            Assert.Contains("kp", r.GetProperty("properties").EnumerateObject().Where(p => p.Name is "nationality" or "country").SelectMany(p => p.Value.EnumerateArray()).Select(v => v.GetString())));
    }

    [Theory]
    [InlineData("/search/default?q=x&limit=501", 422)]
    [InlineData("/search/default?q=x&offset=9500", 422)]
    [InlineData("/search/default?q=x&schema=Spaceship", 400)]
    [InlineData("/search/nowhere?q=x", 404)]
    public async Task Bad_searches_are_4xx(string path, int expected) =>
        Assert.Equal(expected, (int)(await Server.GetAsync(path)).Status);
}
