using System.Text.RegularExpressions;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Storage;

/// <summary>Every official file of ../shared/data/lists imported once into one store, for the class.</summary>
public sealed class RealListsStore : IDisposable
{
    private readonly TempDir _dir = new();

    public RealListsStore()
    {
        if (TestPaths.SharedData is null) return;
        Store = SnapshotStore.Open(_dir.Path);
        // The directory order puts ofac/2021-07-07/sdn.csv before ofac/sdn.csv: two versions of us_ofac_sdn.
        Results = new ListImporter(Store).ImportPaths([TestPaths.Shared("lists")]);
    }

    public SnapshotStore? Store { get; }
    public IReadOnlyList<ImportResult> Results { get; } = [];
    public string DataDirectory => _dir.Path;

    public void Dispose()
    {
        Store?.Dispose();
        _dir.Dispose();
    }
}

public class RealListsStoreTests(RealListsStore lists) : IClassFixture<RealListsStore>
{
    private SnapshotStore Store => lists.Store!;

    [SharedDataTheory]
    [InlineData(Datasets.UnSc, 1003)]
    [InlineData(Datasets.OfacSdn, 14965)]
    [InlineData(Datasets.OfacCons, 443)]
    [InlineData(Datasets.UkHmt, 4688)]
    [InlineData(Datasets.AuDfat, 3062)]
    [InlineData(Datasets.CaSema, 4759)]
    public void Each_official_list_is_active_with_the_count_its_file_holds(string dataset, int count)
    {
        var active = Store.ActiveVersion(dataset);
        Assert.NotNull(active);
        Assert.Equal(count, active.EntityCount);
        Assert.Equal(count, active.Counts.Values.Sum());
        Assert.Equal(64, active.Sha256.Length);
        Assert.Equal(count, Store.ActiveEntities(dataset).Count);
    }

    [SharedDataFact]
    public void Every_official_file_but_the_eu_excerpt_imports_and_the_2021_ofac_set_is_the_version_before()
    {
        foreach (var r in lists.Results.Where(r => !r.Source.Contains("/eu/", StringComparison.Ordinal)))
            Assert.True(r.Status == ImportStatus.Imported, r.Message);
        var versions = Store.Versions(Datasets.OfacSdn);
        Assert.Equal([8976, 14965], versions.Select(v => v.EntityCount));
        Assert.Equal(versions[0].Version, Store.PreviousVersion(Datasets.OfacSdn)!.Version);
        Assert.True(Store.Audit.Verify().Intact);
    }

    [SharedDataFact]
    public void The_stored_un_list_reads_back_exactly_as_parsed()
    {
        var parsed = ListFormats.Read(ListSource.FromFile(TestPaths.Shared("lists", "un", "consolidated.xml")));
        var stored = Store.ActiveEntities(Datasets.UnSc);
        Assert.Equal(parsed.Entities.Count, stored.Count);
        for (var i = 0; i < stored.Count; i++)
            Assert.Equal(EntityJson.SerializeToString(parsed.Entities[i]), EntityJson.SerializeToString(stored[i]));
    }

    [SharedDataFact]
    public void The_ofac_diff_from_2021_to_2024_matches_the_entity_numbers_of_the_two_files()
    {
        var old = EntityNumbers(TestPaths.Shared("lists", "ofac", "2021-07-07", "sdn.csv"));
        var now = EntityNumbers(TestPaths.Shared("lists", "ofac", "sdn.csv"));
        Assert.Equal(8976, old.Count);
        Assert.Equal(14965, now.Count);
        var added = now.Except(old).Select(n => WatchlistEntity.MakeId(Datasets.OfacSdn, n)).Order(StringComparer.Ordinal).ToList();
        var removed = old.Except(now).Select(n => WatchlistEntity.MakeId(Datasets.OfacSdn, n)).Order(StringComparer.Ordinal).ToList();

        var diff = SnapshotDiff.Between(Store, Datasets.OfacSdn, 1, 2);

        Assert.Equal(added, diff.Added.Select(e => e.Id));
        Assert.Equal(removed, diff.Removed.Select(e => e.Id));
        Assert.Equal(6870, diff.Added.Count);
        Assert.Equal(881, diff.Removed.Count);
        Assert.Equal(6871, diff.Changed.Count);
        Assert.All(diff.Changed, c => Assert.NotEmpty(c.Fields));
        // Kept entities either changed or did not: the three sets partition both files.
        Assert.True(diff.Changed.Count <= old.Intersect(now).Count());
        var changes = Store.Changes(Datasets.OfacSdn, 1, 2);
        Assert.Equal(diff.Changed.Select(c => c.Id), changes.ModifiedIds);
    }

    [SharedDataFact]
    public void Active_lists_load_every_active_entity_once()
    {
        var loaded = ActiveLists.Load(lists.DataDirectory, Path.Combine(lists.DataDirectory, "no-samples"));
        Assert.False(loaded.FromSamples);
        Assert.Equal(Store.ActiveVersions().Sum(v => v.EntityCount), loaded.Entities.Count);
        Assert.Equal(loaded.Entities.Count, loaded.Entities.Select(e => e.Id).Distinct().Count());
    }

    /// <summary>The first field of every OFAC sdn.csv record, read with a plain pattern rather than the list reader.</summary>
    private static HashSet<string> EntityNumbers(string path) =>
        File.ReadLines(path, System.Text.Encoding.Latin1)
            .Select(line => Regex.Match(line, @"^(\d+),"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
}
