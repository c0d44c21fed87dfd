using Argus.Storage;
using Argus.Tests.Support;
using static Argus.Tests.Storage.SnapshotStoreTests;

namespace Argus.Tests.Storage;

public class ListImporterTests
{
    [Fact]
    public void A_version_with_more_than_ten_percent_fewer_entities_is_refused_with_both_counts()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 100)));

        var refused = importer.Import(Source("v2.txt", TinyList.Numbered("a_list", 89)));

        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains("100", refused.Message);
        Assert.Contains("89", refused.Message);
        Assert.Contains("v2.txt", refused.Message);
        Assert.Equal(1, store.ActiveVersion("a_list")!.Version);
        Assert.Single(store.Versions("a_list"));
        Assert.Equal("refuse", store.Audit.Entries()[^1].Action);
    }

    [Fact]
    public void Exactly_ten_percent_fewer_is_accepted()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 100)));
        var result = importer.Import(Source("v2.txt", TinyList.Numbered("a_list", 90)));
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(90, store.ActiveVersion("a_list")!.EntityCount);
    }

    [Fact]
    public void Force_imports_a_shrunken_list()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 100)));
        var result = importer.Import(Source("v2.txt", TinyList.Numbered("a_list", 10)), new ImportOptions(Force: true));
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(2, store.ActiveVersion("a_list")!.Version);
        Assert.Equal(10, store.ActiveEntities().Count);
    }

    [Fact]
    public void A_truncated_file_is_refused_naming_the_file_and_place_and_changes_nothing()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 10)));
        var before = store.ActiveVersions().Select(v => (v.Dataset, v.Version, v.Sha256, v.EntityCount)).ToList();

        var result = importer.Import(Source("cut.txt", TinyList.Numbered("a_list", 20, complete: false)));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.StartsWith("cut.txt: line 21:", result.Message);
        Assert.Equal(before, store.ActiveVersions().Select(v => (v.Dataset, v.Version, v.Sha256, v.EntityCount)));
        Assert.Equal(10, store.ActiveEntities().Count);
    }

    [Fact]
    public void The_same_file_again_is_a_no_op_with_a_notice()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 10)));
        var again = importer.Import(Source("v1-again.txt", TinyList.Numbered("a_list", 10)));
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Contains("unchanged", again.Message);
        Assert.Single(store.Versions("a_list"));
        Assert.Equal("unchanged", store.Audit.Entries()[^1].Action);
    }

    [Fact]
    public void An_empty_list_is_refused_unless_forced()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        Assert.Equal(ImportStatus.Refused, importer.Import(Source("e.txt", TinyList.Numbered("a_list", 0))).Status);
        Assert.Empty(store.ActiveVersions());
        Assert.Equal(ImportStatus.Imported, importer.Import(Source("e.txt", TinyList.Numbered("a_list", 0)), new ImportOptions(Force: true)).Status);
    }

    [Fact]
    public void Duplicate_ids_are_refused_naming_the_id()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        var result = importer.Import(Source("dup.txt", TinyList.Text("a_list", [("P1", "A"), ("P2", "B"), ("P1", "C")])));
        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("a_list-P1", result.Message);
        Assert.Contains("entity #3", result.Message);
        Assert.Empty(store.ActiveVersions());
    }

    [Fact]
    public void The_dataset_option_stores_the_file_under_another_name_with_matching_ids()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        importer.Import(Source("v1.txt", TinyList.Numbered("a_list", 3)), new ImportOptions(Dataset: "my_list"));
        var v = Assert.Single(store.ActiveVersions());
        Assert.Equal("my_list", v.Dataset);
        Assert.All(store.ActiveEntities(), e => { Assert.Equal("my_list", e.Dataset); Assert.StartsWith("my_list-", e.Id); });
    }

    [Fact]
    public void A_directory_imports_every_list_file_and_skips_companions_and_documents_each_file_on_its_own()
    {
        using var dir = new TempDir();
        var lists = Directory.CreateDirectory(Path.Combine(dir.Path, "lists")).FullName;
        Directory.CreateDirectory(Path.Combine(lists, "b"));
        File.WriteAllText(Path.Combine(lists, "a.txt.list"), TinyList.Numbered("a_list", 5));
        File.WriteAllText(Path.Combine(lists, "b", "b.list"), TinyList.Numbered("b_list", 4, complete: false));
        File.WriteAllText(Path.Combine(lists, "c.list"), TinyList.Numbered("c_list", 3));
        File.WriteAllText(Path.Combine(lists, "alt.csv"), "companion");
        File.WriteAllText(Path.Combine(lists, "README.md"), "doc");
        using var store = SnapshotStore.Open(Path.Combine(dir.Path, "data"));
        var importer = new ListImporter(store, TinyList.Read);

        var results = importer.ImportPaths([lists]);

        Assert.Equal(3, results.Count);
        Assert.Equal([ImportStatus.Imported, ImportStatus.Refused, ImportStatus.Imported], results.Select(r => r.Status));
        Assert.Equal(["a_list", "c_list"], store.ActiveVersions().Select(v => v.Dataset));
        Assert.Contains("b.list", results[1].Message);
    }

    [Fact]
    public void A_missing_path_is_reported_as_refused()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var result = Assert.Single(new ListImporter(store, TinyList.Read).ImportPaths([Path.Combine(dir.Path, "nope.xml")]));
        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("nope.xml", result.Message);
    }
}
