using Argus.Matching;
using Argus.Screening;
using Argus.Storage;
using Argus.Tests.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Screening;

public class ScreeningServiceTests
{
    [Fact]
    public void Without_an_import_the_samples_stand_in_then_an_import_is_noticed_and_swapped_in()
    {
        using var dir = new TempDir();
        var service = new ScreeningService(dir.Path, Path.Combine(TestPaths.Samples, "lists"));
        Assert.False(service.IsReady);
        Assert.True(service.ReloadIfChanged());
        var first = service.Current!;
        Assert.True(first.Lists.FromSamples);
        Assert.False(service.ReloadIfChanged());
        Assert.Same(first, service.Current);

        using (var store = SnapshotStore.Open(dir.Path)) store.AddVersion(StoreFixtures.People("a_list", 7), "a", "1");
        var oldIndex = service.Holder.Current;
        Assert.True(service.ReloadIfChanged());
        var next = service.Current!;
        Assert.False(next.Lists.FromSamples);
        Assert.Equal(7, next.Index.Entities.Count);
        Assert.Equal(new Dictionary<string, int> { ["a_list"] = 1 }, next.Versions);
        Assert.NotSame(oldIndex, service.Holder.Current);
        Assert.Same(next.Index, service.Holder.Current);
        Assert.Equal(["a_list"], next.Datasets);
        Assert.True(next.ById.ContainsKey(next.Index.Entities[0].Id));
    }

    [Fact]
    public void Screening_before_the_first_build_says_the_index_is_not_ready()
    {
        using var dir = new TempDir();
        var service = new ScreeningService(dir.Path, Path.Combine(TestPaths.Samples, "lists"));
        var e = Assert.Throws<InvalidOperationException>(() => service.Screen(ScreeningQuery.ForName("Ri Pyong Chol")));
        Assert.Contains("being built", e.Message);
        service.Load();
        Assert.Equal("un_sc_sanctions-KPi.076", service.Screen(ScreeningQuery.ForName("Ri Pyong Chol"))[0].Entity.Id);
    }

    /// <summary>An import committed while the lists are read is wholly in the read or wholly out of it, never half.</summary>
    [Fact]
    public async Task Reads_during_imports_never_mix_versions_nor_fall_back_to_the_samples()
    {
        using var dir = new TempDir();
        using (var store = SnapshotStore.Open(dir.Path)) store.AddVersion(StoreFixtures.People("a_list", 200), "a", "0");
        var writer = Task.Run(() =>
        {
            using var store = SnapshotStore.Open(dir.Path);
            for (var i = 1; i <= 15; i++) store.AddVersion(StoreFixtures.People("a_list", 200 + i), "a", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var reads = 0;
        while (!writer.IsCompleted || reads < 5)
        {
            var lists = ActiveLists.Load(dir.Path, Path.Combine(dir.Path, "no-samples"));
            Assert.False(lists.FromSamples);
            var version = Assert.Single(lists.Versions);
            Assert.Equal(version.EntityCount, lists.Entities.Count);
            reads++;
        }
        await writer;
    }
}
