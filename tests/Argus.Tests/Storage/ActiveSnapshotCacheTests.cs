using Argus.Matching;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Storage;

public class ActiveSnapshotCacheTests
{
    private static readonly string SampleLists = Path.Combine(TestPaths.Samples, "lists");

    // Every bundled sample list imported as its own version, as `argus lists import samples/lists` would.
    internal static void ImportSamples(string dataDirectory)
    {
        using var store = SnapshotStore.Open(dataDirectory);
        foreach (var file in Directory.EnumerateFiles(SampleLists, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (ActiveLists.IsCompanionOrDoc(file)) continue;
            var snapshot = ListFormats.Read(ListSource.FromFile(file));
            if (store.ActiveVersion(snapshot.Dataset) is null) store.AddVersion(snapshot, file, file);
        }
    }

    private static string[] Json(IEnumerable<WatchlistEntity> entities) =>
        entities.Select(e => System.Text.Encoding.UTF8.GetString(EntityJson.Serialize(e))).ToArray();

    private static IReadOnlyList<WatchlistEntity> FromStore(string dataDirectory)
    {
        using var store = SnapshotStore.Open(dataDirectory);
        return store.ReadActive().Entities;
    }

    [Fact]
    public void The_first_load_writes_the_file_and_the_next_reads_the_same_entities_from_it()
    {
        using var dir = new TempDir();
        ImportSamples(dir.Path);
        var path = ActiveSnapshotCache.PathIn(dir.Path);
        Assert.False(File.Exists(path));
        var first = ActiveLists.Load(dir.Path);
        Assert.True(File.Exists(path));
        using (var store = SnapshotStore.Open(dir.Path))
            Assert.NotNull(ActiveSnapshotCache.TryLoad(path, ActiveSnapshotCache.KeyOf(store.ActiveVersions())));
        var second = ActiveLists.Load(dir.Path);
        var stored = Json(FromStore(dir.Path));
        Assert.True(stored.Length > 100);
        Assert.Equal(stored, Json(first.Entities));
        Assert.Equal(stored, Json(second.Entities));
        Assert.Equal(first.Description, second.Description);
    }

    [Fact]
    public void Screening_from_the_file_gives_the_results_of_screening_from_the_store()
    {
        using var dir = new TempDir();
        ImportSamples(dir.Path);
        ActiveLists.Load(dir.Path);
        var cached = ScreeningIndex.Build(ActiveLists.Load(dir.Path).Entities);
        var fresh = ScreeningIndex.Build(FromStore(dir.Path));
        var queries = fresh.Entities.Where((_, i) => i % 7 == 0).Select(e => new ScreeningQuery { Names = [e.Caption], Schema = EntitySchema.Thing }).ToList();
        queries.Add(new ScreeningQuery { Names = ["Ri Pyeong-chol"] });
        foreach (var query in queries)
        {
            var a = cached.Screen(query, new ScreeningOptions { Limit = 10 });
            var b = fresh.Screen(query, new ScreeningOptions { Limit = 10 });
            Assert.Equal(b.Select(r => (r.Entity.Id, r.Score, r.Match, r.Explanation.Summary)), a.Select(r => (r.Entity.Id, r.Score, r.Match, r.Explanation.Summary)));
        }
    }

    [Fact]
    public void Entities_read_from_the_file_share_one_string_for_each_repeated_value()
    {
        using var dir = new TempDir();
        ImportSamples(dir.Path);
        ActiveLists.Load(dir.Path);
        using var store = SnapshotStore.Open(dir.Path);
        var fromFile = ActiveSnapshotCache.TryLoad(ActiveSnapshotCache.PathIn(dir.Path), ActiveSnapshotCache.KeyOf(store.ActiveVersions()));
        Assert.NotNull(fromFile);
        foreach (var group in fromFile.GroupBy(e => e.Dataset).Where(g => g.Count() > 1))
            Assert.All(group, e => Assert.Same(group.First().Dataset, e.Dataset));
        Assert.True(fromFile.Select(e => e.Dataset).Distinct(ReferenceEqualityComparer.Instance).Count() < 20);
    }

    [Theory]
    [InlineData("flip a byte of the body")]
    [InlineData("truncate")]
    [InlineData("another format version")]
    [InlineData("empty file")]
    public void A_damaged_or_foreign_file_is_not_used_and_is_rebuilt(string damage)
    {
        using var dir = new TempDir();
        ImportSamples(dir.Path);
        ActiveLists.Load(dir.Path);
        var path = ActiveSnapshotCache.PathIn(dir.Path);
        var bytes = File.ReadAllBytes(path);
        byte[] damaged = damage switch
        {
            "flip a byte of the body" => DamagedFile.Flip(bytes, bytes.Length / 2),
            "truncate" => bytes[..(bytes.Length - 100)],
            "another format version" => DamagedFile.WithFormat(bytes, ActiveSnapshotCache.FormatVersion + 1),
            _ => [],
        };
        File.WriteAllBytes(path, damaged);
        using (var store = SnapshotStore.Open(dir.Path))
            Assert.Null(ActiveSnapshotCache.TryLoad(path, ActiveSnapshotCache.KeyOf(store.ActiveVersions())));
        var loaded = ActiveLists.Load(dir.Path);
        Assert.Equal(Json(FromStore(dir.Path)), Json(loaded.Entities));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_for_versions_that_are_no_longer_active_is_not_used()
    {
        using var dir = new TempDir();
        ImportSamples(dir.Path);
        ActiveLists.Load(dir.Path);
        var path = ActiveSnapshotCache.PathIn(dir.Path);
        var before = File.ReadAllBytes(path);
        // Another process imports a new version of one list; the file still names the old one.
        using (var store = SnapshotStore.Open(dir.Path))
            store.AddVersion(StoreFixtures.People("un_sc_sanctions", 3, "un-xml"), "other", "new");
        var loaded = ActiveLists.Load(dir.Path);
        Assert.Equal(3, loaded.Entities.Count(e => e.Dataset == "un_sc_sanctions"));
        Assert.Equal(Json(FromStore(dir.Path)), Json(loaded.Entities));
        Assert.NotEqual(before, File.ReadAllBytes(path));
        Assert.Contains(loaded.Versions, v => v.Dataset == "un_sc_sanctions" && v.Version == 2);
    }

    [Fact]
    public void A_data_directory_that_cannot_hold_the_file_still_loads_from_the_store()
    {
        using var dir = new TempDir();
        ImportSamples(dir.Path);
        // A directory where the file would go: writing fails, the load does not.
        Directory.CreateDirectory(ActiveSnapshotCache.PathIn(dir.Path));
        var loaded = ActiveLists.Load(dir.Path);
        Assert.Equal(Json(FromStore(dir.Path)), Json(loaded.Entities));
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.tmp"));
    }
}
