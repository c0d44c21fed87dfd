using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Argus.Screening;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;
using Argus.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// A reload must leave the old index to the collector once the requests on it end: nothing of the
    /// server (the watcher, metrics, the reconciliation and batch paths, the per-query scratch) keeps it.
    /// </summary>
    [Fact]
    public async Task After_reloads_the_old_indexes_are_collected_once_their_requests_end()
    {
        await using var server = await RunningServer.StartAsync(prepare: dir => Import(dir, "un"));
        var service = server.Services.GetRequiredService<ScreeningService>();
        await ExerciseAsync(server);
        var first = Track(service.Current!);

        // A reload noticed by the watcher (an import by another process), then one asked for.
        var builds = service.Builds;
        Import(server.DataDirectory, "ofac");
        for (var i = 0; i < 100 && service.Builds == builds; i++) await Task.Delay(100);
        Assert.True(service.Builds > builds, "the server did not notice the import within 10 s");
        await ExerciseAsync(server);
        var second = Track(service.Current!);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(server.Request(HttpMethod.Post, "/updatez", server.AdminKey))).Status);
        // No /metrics scrape since: the gauges must not hold the index they last read.
        await ExerciseAsync(server, scrape: false);

        var alive = await StillAliveAsync([.. first, .. second]);
        Assert.True(alive.Count == 0, "still reachable after the reloads: " + string.Join(", ", alive));
        Assert.NotNull(service.Current);
    }

    private static async Task ExerciseAsync(RunningServer server, bool scrape = true)
    {
        Assert.Equal(HttpStatusCode.OK, (await server.PostJsonAsync("/match/default", Body)).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/search/default?q=Ri+Pyong+Chol")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/catalog")).Status);
        if (scrape) Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/metrics")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/entities/un_sc_sanctions-KPi.076")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/reconcile/default/suggest/entity?prefix=Ri")).Status);
        var queries = Uri.EscapeDataString("""{"q0":{"query":"Ri Pyong Chol","type":"Person"}}""");
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/reconcile?queries=" + queries)).Status);
        var scan = await server.SendAsync(server.Request(HttpMethod.Post, "/scan", server.ReadKey, new StringContent("Ri Pyong Chol met officials in Pyongyang.", Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.OK, scan.Status);
        var (status, json, _) = await server.SendAsync(server.Request(HttpMethod.Post, "/batches", server.ReadKey, new StringContent("name\nRi Pyong Chol\n", Encoding.UTF8, "text/csv")));
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = json!.RootElement.GetProperty("id").GetInt64();
        for (var i = 0; i < 300; i++)
        {
            var (_, run, _) = await server.GetAsync($"/batches/{id}");
            if (run!.RootElement.GetProperty("state").GetString() != "running") break;
            await Task.Delay(100);
        }
    }

    // Not inlined, so that no local of the test keeps the state reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string What, WeakReference Ref)[] Track(ScreeningState state) =>
        [("state built " + state.LoadedAt.ToString("O"), new WeakReference(state)), ("its index", new WeakReference(state.Index)),
         ("its links", new WeakReference(state.Links)), ("its lists", new WeakReference(state.Lists))];

    private static async Task<List<string>> StillAliveAsync((string What, WeakReference Ref)[] tracked)
    {
        for (var attempt = 0; ; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var alive = tracked.Where(t => t.Ref.IsAlive).Select(t => t.What).ToList();
            if (alive.Count == 0 || attempt == 20) return alive;
            await Task.Delay(250);
        }
    }
}
