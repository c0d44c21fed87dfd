using Argus.Cases;
using Argus.Storage;
using Argus.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Argus.Tests.Storage;

/// <summary>
/// Screening must never fall back to the bundled samples behind the user's back: only the default
/// data directory, holding no imported list, lets them stand in; anything else is an error naming the path.
/// </summary>
public class DataLocationTests
{
    private static readonly string SampleLists = Path.Combine(TestPaths.Samples, "lists");

    private static void AssertRefusedNaming(string path, Action load, string words)
    {
        var e = Assert.ThrowsAny<IOException>(load);
        Assert.Contains(path, e.Message);
        Assert.Contains(words, e.Message);
    }

    [Fact]
    public void The_default_directory_without_a_database_uses_the_samples()
    {
        using var dir = new TempDir();
        var loaded = ActiveLists.Load(new DataLocation(Path.Combine(dir.Path, "argus"), Chosen: false), SampleLists);
        Assert.True(loaded.FromSamples);
        Assert.True(loaded.Entities.Count > 50);
    }

    [Fact]
    public void The_default_directory_with_a_store_that_holds_no_list_yet_uses_the_samples()
    {
        using var dir = new TempDir();
        SnapshotStore.Open(dir.Path).Dispose();
        Assert.True(ActiveLists.Load(new DataLocation(dir.Path, Chosen: false), SampleLists).FromSamples);
    }

    [Fact]
    public void A_chosen_directory_that_does_not_exist_is_an_error_naming_it()
    {
        using var dir = new TempDir();
        var typo = Path.Combine(dir.Path, "dta");
        AssertRefusedNaming(typo, () => ActiveLists.Load(new DataLocation(typo, Chosen: true), SampleLists), "no such data directory");
        Assert.False(Directory.Exists(typo));
    }

    [Fact]
    public void A_chosen_directory_without_a_database_is_an_error_naming_it()
    {
        using var dir = new TempDir();
        AssertRefusedNaming(dir.Path, () => ActiveLists.Load(new DataLocation(dir.Path, Chosen: true), SampleLists), "no Argus database");
        Assert.False(SnapshotStore.Exists(dir.Path));
    }

    [Fact]
    public void A_chosen_store_with_no_list_imported_is_an_error_naming_it()
    {
        using var dir = new TempDir();
        SnapshotStore.Open(dir.Path).Dispose();
        AssertRefusedNaming(dir.Path, () => ActiveLists.Load(new DataLocation(dir.Path, Chosen: true), SampleLists), "no list imported");
        AssertRefusedNaming(dir.Path, () => ListsInUse.Load(new DataLocation(dir.Path, Chosen: true), SampleLists), "no list imported");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_empty_database_file_is_an_error_naming_it_wherever_it_is(bool chosen)
    {
        using var dir = new TempDir();
        File.WriteAllBytes(SnapshotStore.PathIn(dir.Path), []);
        AssertRefusedNaming(SnapshotStore.PathIn(dir.Path), () => ActiveLists.Load(new DataLocation(dir.Path, chosen), SampleLists), "empty");
        AssertRefusedNaming(SnapshotStore.PathIn(dir.Path), () => SnapshotStore.Open(dir.Path).Dispose(), "empty");
        Assert.Equal(0, new FileInfo(SnapshotStore.PathIn(dir.Path)).Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sqlite_file_of_another_program_is_an_error_naming_it_and_is_left_as_it_was(bool chosen)
    {
        using var dir = new TempDir();
        var path = SnapshotStore.PathIn(dir.Path);
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE contacts (name TEXT)";
            cmd.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        AssertRefusedNaming(path, () => ActiveLists.Load(new DataLocation(dir.Path, chosen), SampleLists), "not an Argus database");
        AssertRefusedNaming(path, () => SnapshotStore.Open(dir.Path).Dispose(), "not an Argus database");
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_an_error_naming_it()
    {
        using var dir = new TempDir();
        File.WriteAllText(SnapshotStore.PathIn(dir.Path), "name,dob\nsomeone,1970\n");
        AssertRefusedNaming(SnapshotStore.PathIn(dir.Path), () => ActiveLists.Load(new DataLocation(dir.Path, Chosen: false), SampleLists), "argus.db");
    }

    [Fact]
    public void A_chosen_store_with_lists_loads_them()
    {
        using var dir = new TempDir();
        using (var store = SnapshotStore.Open(dir.Path)) store.AddVersion(StoreFixtures.People("a_list", 4), "a", "1");
        var loaded = ActiveLists.Load(new DataLocation(dir.Path, Chosen: true), SampleLists);
        Assert.False(loaded.FromSamples);
        Assert.Equal(4, loaded.Entities.Count);
        Assert.Equal(4, ListsInUse.Load(new DataLocation(dir.Path, Chosen: true), SampleLists).Entities.Count);
    }
}
