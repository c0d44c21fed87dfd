using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Argus.Tests.Support;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

[Collection("server")]
public sealed class BatchRouteTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private static string Customers => Path.Combine(TestPaths.Samples, "customers", "customers.csv");

    private async Task<JsonDocument> CompleteAsync(long id, string key)
    {
        for (var i = 0; i < 600; i++)
        {
            var (status, json, _) = await Server.GetAsync($"/batches/{id}", key);
            Assert.Equal(HttpStatusCode.OK, status);
            if (json!.RootElement.GetProperty("state").GetString() != "running") return json;
            await Task.Delay(100);
        }
        throw new TimeoutException($"batch {id} did not complete in 60 s");
    }

    private async Task<long> SubmitAsync(HttpContent content, string key, string query = "")
    {
        var (status, json, response) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/batches" + query, key, content));
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = json!.RootElement.GetProperty("id").GetInt64();
        Assert.Equal($"/batches/{id}", response.Headers.Location?.ToString());
        return id;
    }

    [Fact]
    public async Task The_customer_file_uploaded_is_screened_to_the_end_and_its_results_find_the_planted_names()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(Customers));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "customers.csv");
        var id = await SubmitAsync(form, Server.ReadKey);

        var done = await CompleteAsync(id, Server.ReadKey);
        Assert.Equal("complete", done.RootElement.GetProperty("state").GetString());
        Assert.Equal(1, done.RootElement.GetProperty("progress").GetDouble());
        Assert.Equal(12, done.RootElement.GetProperty("rows_read").GetInt64());

        var response = await Server.Client.SendAsync(Server.Request(HttpMethod.Get, $"/batches/{id}/results", Server.ReadKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(12, lines.Count);
        var byRef = lines.ToDictionary(l => l.RootElement.GetProperty("query").GetProperty("reference").GetString()!);
        Assert.Contains(byRef["C-0001"].RootElement.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
        Assert.NotEqual(0, byRef["C-0003"].RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(0, byRef["C-0004"].RootElement.GetProperty("results").GetArrayLength());

        var (jsonStatus, array, _) = await Server.GetAsync($"/batches/{id}/results?format=json");
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal(12, array!.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_CSV_body_with_a_threshold_is_a_batch_and_only_its_key_or_an_admin_sees_it()
    {
        var id = await SubmitAsync(new StringContent(File.ReadAllText(Customers), Encoding.UTF8, "text/csv"), Server.ReadKey, "?threshold=0.9");
        var done = await CompleteAsync(id, Server.AdminKey);
        Assert.Equal(0.9, done.RootElement.GetProperty("threshold").GetDouble());
        var keys = new Argus.Security.ApiKeyStore(Server.DataDirectory);
        var other = keys.Create(Argus.Security.ApiRole.Read).Key;
        var (status, _, _) = await Server.GetAsync($"/batches/{id}", other);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_list_of_batches_shows_a_read_key_its_own_and_an_admin_every_one_with_state_and_progress()
    {
        var csv = File.ReadAllText(Customers);
        // One after another: the server runs only a few batches at once.
        async Task<long> ScreenedAsync(string key, string query = "")
        {
            var id = await SubmitAsync(new StringContent(csv, Encoding.UTF8, "text/csv"), key, query);
            await CompleteAsync(id, key);
            return id;
        }
        var mine = new[] { await ScreenedAsync(Server.ReadKey), await ScreenedAsync(Server.ReadKey, "?threshold=0.95") };
        var other = new Argus.Security.ApiKeyStore(Server.DataDirectory).Create(Argus.Security.ApiRole.Read).Key;
        var theirs = await ScreenedAsync(other);

        async Task<List<JsonElement>> ListAsync(string key, string query = "")
        {
            var (status, json, _) = await Server.GetAsync("/batches" + query, key);
            Assert.Equal(HttpStatusCode.OK, status);
            var batches = json!.RootElement.GetProperty("batches").EnumerateArray().ToList();
            Assert.Equal(batches.Count, json.RootElement.GetProperty("total").GetInt32());
            return batches;
        }
        static IEnumerable<long> Ids(List<JsonElement> batches) => batches.Select(b => b.GetProperty("id").GetInt64());

        var seen = await ListAsync(Server.ReadKey);
        Assert.Superset(mine.ToHashSet(), Ids(seen).ToHashSet());
        Assert.DoesNotContain(theirs, Ids(seen));
        Assert.Equal(Ids(seen).OrderDescending(), Ids(seen));
        var second = seen.Single(b => b.GetProperty("id").GetInt64() == mine[1]);
        Assert.Equal("complete", second.GetProperty("state").GetString());
        Assert.Equal(1, second.GetProperty("progress").GetDouble());
        Assert.Equal(12, second.GetProperty("rows_read").GetInt64());
        Assert.Equal(0.95, second.GetProperty("threshold").GetDouble());
        Assert.Equal(new[] { theirs }, Ids(await ListAsync(other)));
        Assert.Superset(new HashSet<long>(mine) { theirs }, Ids(await ListAsync(Server.AdminKey)).ToHashSet());

        Assert.All(await ListAsync(Server.AdminKey, "?state=complete"), b => Assert.Equal("complete", b.GetProperty("state").GetString()));
        Assert.Empty(await ListAsync(other, "?state=running"));
        var limited = await Server.GetAsync("/batches?limit=1", Server.ReadKey);
        Assert.Equal(1, limited.Json!.RootElement.GetProperty("batches").GetArrayLength());
        Assert.True(limited.Json.RootElement.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Server.GetAsync("/batches?state=finished", Server.ReadKey)).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Server.GetAsync("/batches?limit=0", Server.ReadKey)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.GetAsync("/batches", key: null)).Status);
    }

    [Theory]
    [InlineData("", "text/csv", 400, "empty")]
    [InlineData("just one line without anything\n", "text/csv", 422, "no column holds a name")]
    [InlineData("queries=x", "application/x-www-form-urlencoded", 415, "multipart")]
    public async Task A_bad_file_is_a_clear_4xx_naming_no_server_path(string body, string type, int expected, string says)
    {
        var (status, json, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/batches", Server.ReadKey, new StringContent(body, Encoding.UTF8, type)));
        Assert.Equal(expected, (int)status);
        var detail = json!.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(says, detail);
        Assert.DoesNotContain(Server.DataDirectory, detail);
    }

    [Fact]
    public async Task Unknown_batches_bad_parameters_and_missing_keys_are_refused()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Server.GetAsync("/batches/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Server.GetAsync("/batches/999999/results")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.GetAsync("/batches/1", key: null)).Status);
        var (status, _, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/batches?threshold=2", Server.ReadKey, new StringContent("name\nKim\n", Encoding.UTF8, "text/csv")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
    }
}
