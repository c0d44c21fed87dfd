using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Observability;

public sealed partial class MetricsTests
{
    private const string Body = """{"queries":{"q1":{"schema":"Person","properties":{"name":["Ri Pyeong-chol"]}}}}""";

    private static void Import(string dataDirectory, string relative)
    {
        using var store = SnapshotStore.Open(dataDirectory);
        new ListImporter(store).ImportPaths([Path.Combine(TestPaths.Samples, "lists", relative)]);
    }

    private static async Task<IReadOnlyList<(string Name, string Labels, double Value)>> ScrapeAsync(RunningServer server)
    {
        var (status, _, response) = await server.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        return Sample().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value, double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
    }

    private static double Value(IReadOnlyList<(string Name, string Labels, double Value)> samples, string name, params string[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    [Fact]
    public async Task Requests_are_counted_and_timed_per_route_template()
    {
        await using var server = await RunningServer.StartAsync();
        var before = await ScrapeAsync(server);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await server.PostJsonAsync("/match/default", Body)).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/entities/un_sc_sanctions-KPi.076")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.GetAsync("/entities/no-such-id")).Status);
        var after = await ScrapeAsync(server);

        string[] match = ["endpoint=\"/match/{dataset}\"", "method=\"POST\"", "code=\"200\""];
        Assert.Equal(3, Value(after, "http_requests_received_total", match) - Value(before, "http_requests_received_total", match));
        Assert.Equal(3, Value(after, "http_request_duration_seconds_count", match) - Value(before, "http_request_duration_seconds_count", match));
        Assert.True(Value(after, "http_request_duration_seconds_sum", match) > 0);
        Assert.Equal(3, Value(after, "http_request_duration_seconds_bucket", [.. match, "le=\"+Inf\""]) - Value(before, "http_request_duration_seconds_bucket", [.. match, "le=\"+Inf\""]));
        // The route template, never the raw path with its id.
        Assert.Equal(1, Value(after, "http_requests_received_total", "endpoint=\"/entities/{id}\"", "code=\"404\""));
        Assert.DoesNotContain(after, s => s.Labels.Contains("KPi.076", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entities_per_dataset_match_the_catalog_and_each_list_has_its_version_and_age()
    {
        await using var server = await RunningServer.StartAsync(prepare: dir => { Import(dir, "un"); Import(dir, "ofac"); });
        var (_, catalog, _) = await server.GetAsync("/catalog");
        var samples = await ScrapeAsync(server);
        var sources = catalog!.RootElement.GetProperty("datasets").EnumerateArray().Where(d => d.GetProperty("type").GetString() == "source").ToList();
        Assert.True(sources.Count >= 2);
        foreach (var d in sources)
        {
            var name = d.GetProperty("name").GetString()!;
            var label = $"dataset=\"{name}\"";
            Assert.Equal(d.GetProperty("entity_count").GetInt32(), Value(samples, "argus_dataset_entities", label));
            Assert.Equal(int.Parse(d.GetProperty("version").GetString()!, CultureInfo.InvariantCulture), Value(samples, "argus_list_version", label));
            var age = Value(samples, "argus_list_age_seconds", label);
            var published = DateTime.SpecifyKind(DateTime.Parse(d.GetProperty("updated_at").GetString()!, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            Assert.InRange(age, (DateTime.UtcNow - published).TotalSeconds - 120, (DateTime.UtcNow - published).TotalSeconds + 120);
        }
        Assert.Equal(1, Value(samples, "argus_index_builds"));
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(server.Request(HttpMethod.Post, "/updatez", server.AdminKey))).Status);
        Assert.Equal(2, Value(await ScrapeAsync(server), "argus_index_builds"));
    }

    [Fact]
    public async Task Metrics_need_a_key()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.GetAsync("/metrics", key: null)).Status);
    }

    [GeneratedRegex("^([a-z_]+)(\\{.*\\})? ([-+0-9.eE]+|NaN)$", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
