using System.Net;
using System.Text;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

public sealed class ReloadTests
{
    private const string Body = """{"queries":{"q1":{"schema":"Person","properties":{"name":["Ri Pyeong-chol"]}}}}""";

    private static void Import(string dataDirectory, string relative)
    {
        using var store = SnapshotStore.Open(dataDirectory);
        new ListImporter(store).ImportPaths([Path.Combine(TestPaths.Samples, "lists", relative)]);
    }

    [Fact]
    public async Task An_import_by_another_process_is_noticed_and_swapped_in()
    {
        await using var server = await RunningServer.StartAsync();
        var (_, before, _) = await server.GetAsync("/catalog");
        Assert.True(before!.RootElement.GetProperty("samples").GetBoolean());

        Import(server.DataDirectory, "un");
        var swapped = false;
        for (var i = 0; i < 100 && !swapped; i++)
        {
            await Task.Delay(100);
            var (_, now, _) = await server.GetAsync("/catalog");
            swapped = !now!.RootElement.GetProperty("samples").GetBoolean();
        }
        Assert.True(swapped, "the server did not notice the import within 10 s");
        var (_, catalog, _) = await server.GetAsync("/catalog");
        Assert.Equal(["un_sc_sanctions"], catalog!.RootElement.GetProperty("current").EnumerateArray().Select(d => d.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await server.PostJsonAsync("/match/us_ofac_sdn", Body)).Status);
    }

    [Fact]
    public async Task Requests_during_a_reload_all_succeed()
    {
        await using var server = await RunningServer.StartAsync(prepare: dir => Import(dir, "un"));
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var answered = 0;
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var (status, json, _) = await server.PostJsonAsync("/match/default", Body);
                if (status != HttpStatusCode.OK || json!.RootElement.GetProperty("responses").GetProperty("q1").GetProperty("results").GetArrayLength() == 0)
                    Interlocked.Increment(ref failures);
                Interlocked.Increment(ref answered);
            }
        })).ToArray();
        for (var i = 0; i < 3; i++)
        {
            var (status, _, _) = await server.SendAsync(server.Request(HttpMethod.Post, "/updatez", server.AdminKey));
            Assert.Equal(HttpStatusCode.OK, status);
        }
        stop.Cancel();
        await Task.WhenAll(load);
        Assert.True(answered > 0);
        Assert.Equal(0, failures);
    }
}
