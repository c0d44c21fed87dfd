using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Storage;

public class ActiveListsTests
{
    [Fact]
    public void Without_a_store_the_samples_stand_in_and_say_so()
    {
        using var dir = new TempDir();
        var samples = Directory.CreateDirectory(Path.Combine(dir.Path, "samples")).FullName;
        var loaded = ActiveLists.Load(new DataLocation(Path.Combine(dir.Path, "data"), Chosen: false), samples);
        Assert.True(loaded.FromSamples);
        Assert.Contains("samples", loaded.Description);
        Assert.False(SnapshotStore.Exists(Path.Combine(dir.Path, "data")));
    }

    [Fact]
    public void With_imported_lists_the_active_entities_of_every_dataset_are_loaded()
    {
        using var dir = new TempDir();
        using (var store = SnapshotStore.Open(dir.Path))
        {
            store.AddVersion(StoreFixtures.People("a_list", 7), "a", "1");
            store.AddVersion(StoreFixtures.People("a_list", 8), "a", "2");
            store.AddVersion(StoreFixtures.People("b_list", 3), "b", "3");
        }
        var loaded = ActiveLists.Load(dir.Path, Path.Combine(dir.Path, "no-samples"));
        Assert.False(loaded.FromSamples);
        Assert.Equal(11, loaded.Entities.Count);
        Assert.Equal(8, loaded.Entities.Count(e => e.Dataset == "a_list"));
        Assert.Contains("2 lists", loaded.Description);
        Assert.Contains("a_list v2", loaded.Description);
    }
}
