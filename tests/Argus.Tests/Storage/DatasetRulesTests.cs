using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;
using Microsoft.Data.Sqlite;
using static Argus.Tests.Storage.SnapshotStoreTests;

namespace Argus.Tests.Storage;

/// <summary>Dataset names follow one pattern, a dataset keeps the format family of its first import, and its title is stored.</summary>
public class DatasetRulesTests
{
    [Theory]
    [InlineData("Bad Name")]
    [InlineData("UN_SC")]
    [InlineData("1list")]
    [InlineData("a")]
    [InlineData("x-y")]
    [InlineData("../etc")]
    [InlineData("")]
    public void An_invalid_dataset_option_is_refused_with_the_pattern_and_writes_nothing(string name)
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);

        var result = importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 3)), new ImportOptions(Dataset: name));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains(DatasetNames.Pattern, result.Message);
        Assert.Empty(store.ActiveVersions());
        Assert.Empty(store.Datasets());
    }

    [Fact]
    public void A_file_that_names_an_invalid_dataset_is_refused_and_asks_for_one()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var result = new ListImporter(store, TinyList.Read).Import(Source("v1.txt", TinyList.Numbered("My List", 3)));
        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("--dataset", result.Message);
        Assert.Empty(store.ActiveVersions());
    }

    [Theory]
    [InlineData("un_sc_sanctions")]
    [InlineData("my_clients")]
    [InlineData("t1")]
    public void Valid_names_pass(string name) => Assert.Null(DatasetNames.Problem(name));

    [Fact]
    public void A_file_of_another_format_is_refused_for_an_existing_dataset_and_the_active_version_stays()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store);
        var un = ListSource.FromFile(Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml"));
        var ofac = ListSource.FromFile(Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv"));
        Assert.Equal(ImportStatus.Imported, importer.Import(un).Status);
        var before = store.ActiveVersion(Datasets.UnSc)!;

        var refused = importer.Import(ofac, new ImportOptions(Dataset: Datasets.UnSc));

        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains("un-xml", refused.Message);
        Assert.Contains("ofac-csv", refused.Message);
        var after = store.ActiveVersion(Datasets.UnSc)!;
        Assert.Equal((before.Version, before.Sha256, before.EntityCount), (after.Version, after.Sha256, after.EntityCount));
        Assert.Single(store.Versions(Datasets.UnSc));
        Assert.Equal("un-xml", store.Dataset(Datasets.UnSc)!.Format);
    }

    [Fact]
    public void Two_encodings_of_one_publication_share_a_dataset()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        store.AddVersion(StoreFixtures.People("us_ofac_sdn", 3, format: "ofac-csv"), "sdn.csv", "1");
        var v2 = store.AddVersion(StoreFixtures.People("us_ofac_sdn", 3, format: "ofac-xml"), "sdn.xml", "2");
        Assert.Equal(2, v2.Version);
        Assert.Throws<ImportRefusedException>(() => store.AddVersion(StoreFixtures.People("us_ofac_sdn", 3, format: "un-xml"), "un.xml", "3"));
        Assert.Equal(2, store.ActiveVersion("us_ofac_sdn")!.Version);
    }

    [Fact]
    public void The_title_is_stored_kept_when_not_given_and_replaced_when_given()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("my_list", 3)), new ImportOptions(Title: "Internal watchlist"));
        Assert.Equal("Internal watchlist", store.Dataset("my_list")!.Title);

        importer.Import(Source("v2.txt", TinyList.Numbered("my_list", 4)));
        Assert.Equal("Internal watchlist", store.Dataset("my_list")!.Title);

        importer.Import(Source("v3.txt", TinyList.Numbered("my_list", 5)), new ImportOptions(Title: "Watchlist 2"));
        Assert.Equal("Watchlist 2", store.Dataset("my_list")!.Title);
    }

    [Fact]
    public void An_official_dataset_without_a_title_shows_the_official_one()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        new ListImporter(store).Import(ListSource.FromFile(Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml")));
        Assert.Equal(Datasets.Title(Datasets.UnSc), store.Dataset(Datasets.UnSc)!.Title);
    }

    [Fact]
    public void A_store_of_the_first_schema_learns_the_format_of_each_dataset_from_its_first_version()
    {
        using var dir = new TempDir();
        using (var store = SnapshotStore.Open(dir.Path))
        {
            store.AddVersion(StoreFixtures.People("a_list", 3, format: "un-xml"), "a1", "1");
            store.AddVersion(StoreFixtures.People("a_list", 4, format: "un-xml"), "a2", "2");
            // Back to the schema before datasets had their own table.
            StoreSchemaRollback(store.Connection);
        }
        using (var store = SnapshotStore.Open(dir.Path))
        {
            var info = Assert.Single(store.Datasets());
            Assert.Equal(("a_list", "un-xml", "a_list"), (info.Name, info.Format, info.Title));
            Assert.Throws<ImportRefusedException>(() => store.AddVersion(StoreFixtures.People("a_list", 3, format: "ofac-csv"), "a3", "3"));
        }
    }

    private static void StoreSchemaRollback(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "DROP TABLE datasets; DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (1);";
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void An_unknown_dataset_is_an_error_that_lists_the_known_ones()
    {
        var e = Assert.Throws<UnknownDatasetException>(() => DatasetNames.RequireKnown(["un_sc_sanctions", "nope"], ["un_sc_sanctions", "zala"], "--dataset"));
        Assert.Equal(["nope"], e.Unknown);
        Assert.Contains("'nope'", e.Message);
        Assert.Contains("un_sc_sanctions, zala", e.Message);
        DatasetNames.RequireKnown(["UN_SC_SANCTIONS"], ["un_sc_sanctions"], "--dataset");
    }
}
