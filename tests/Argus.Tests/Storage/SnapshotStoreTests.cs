using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Argus.Tests.Storage;

public class SnapshotStoreTests
{
    [Fact]
    public void A_version_round_trips_with_its_metadata_and_entities_in_file_order()
    {
        using var dir = new TempDir();
        var snapshot = StoreFixtures.People("test_list", 5) with
        {
            Entities = [.. StoreFixtures.People("test_list", 5).Entities, StoreFixtures.Full() with { Id = "test_list-F", Dataset = "test_list", Reference = "F" }],
        };
        using (var store = SnapshotStore.Open(dir.Path))
        {
            var v = store.AddVersion(snapshot, "/tmp/file.txt", new string('a', 64));
            Assert.Equal(1, v.Version);
        }
        using (var store = SnapshotStore.Open(dir.Path))
        {
            var active = Assert.Single(store.ActiveVersions());
            Assert.Equal("test_list", active.Dataset);
            Assert.Equal(1, active.Version);
            Assert.Equal("tiny", active.Format);
            Assert.Equal("/tmp/file.txt", active.Source);
            Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 0, TimeSpan.Zero), active.Published);
            Assert.Equal(new string('a', 64), active.Sha256);
            Assert.Equal(6, active.EntityCount);
            Assert.Equal(6, active.Counts["Person"]);
            Assert.Equal(DatasetVersion.Good, active.Status);

            var back = store.Entities("test_list", 1);
            Assert.Equal(snapshot.Entities.Select(e => e.Id), back.Select(e => e.Id));
            Assert.Equal(EntityJson.SerializeToString(snapshot.Entities[^1]), EntityJson.SerializeToString(back[^1]));
        }
    }

    [Fact]
    public void The_newest_version_is_active_and_each_dataset_keeps_its_own()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        store.AddVersion(StoreFixtures.People("a_list", 3), "a1", "1");
        store.AddVersion(StoreFixtures.People("b_list", 2), "b1", "2");
        store.AddVersion(StoreFixtures.People("a_list", 4), "a2", "3");

        var active = store.ActiveVersions();
        Assert.Equal(["a_list", "b_list"], active.Select(v => v.Dataset));
        Assert.Equal([2, 1], active.Select(v => v.Version));
        Assert.Equal(6, store.ActiveEntities().Count);
        Assert.Equal(4, store.ActiveEntities("a_list").Count);
        Assert.Equal(1, store.PreviousVersion("a_list")!.Version);
        Assert.Null(store.PreviousVersion("b_list"));
    }

    [Fact]
    public void An_error_midway_through_writing_leaves_the_previous_version_active_and_no_half_version()
    {
        using var dir = new TempDir();
        using (var store = SnapshotStore.Open(dir.Path))
        {
            store.AddVersion(StoreFixtures.People("a_list", 100), "v1", "1");
            store.OnEntityWritten = i => { if (i == 50) throw new IOException("disk full (injected)"); };
            Assert.Throws<IOException>(() => store.AddVersion(StoreFixtures.People("a_list", 120), "v2", "2"));
        }
        using (var store = SnapshotStore.Open(dir.Path))
        {
            var active = Assert.Single(store.ActiveVersions());
            Assert.Equal(1, active.Version);
            Assert.Equal(100, store.ActiveEntities().Count);
            Assert.Single(store.Versions("a_list"));
            Assert.Equal(100, CountRows(store, "version_entities"));
            // Only the good import is in the audit trail.
            Assert.Equal(["import"], store.Audit.Entries().Select(e => e.Action));
        }
    }

    [Fact]
    public void The_importer_turns_a_midway_failure_into_a_refusal_that_changes_nothing()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store, TinyList.Read);
        Assert.Equal(ImportStatus.Imported, importer.Import(Source("one.txt", TinyList.Numbered("a_list", 100))).Status);
        store.OnEntityWritten = i => { if (i == 99) throw new InvalidOperationException("injected failure"); };

        var result = importer.Import(Source("two.txt", TinyList.Numbered("a_list", 110)));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("two.txt", result.Message);
        Assert.Equal(1, store.ActiveVersion("a_list")!.Version);
        Assert.Equal(100, store.ActiveEntities().Count);
        Assert.Equal("refuse", store.Audit.Entries()[^1].Action);
    }

    [Fact]
    public void Changes_between_versions_name_added_modified_and_removed_entities()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var v1 = StoreFixtures.People("a_list", 5);
        var changed = v1.Entities.ToList();
        changed.RemoveAt(0);                                                // P1 removed
        changed[1] = changed[1] with { Nationalities = ["kp"] };              // P3 modified
        changed.Add(StoreFixtures.Person("a_list", "P9", "NEW PERSON"));    // P9 added
        store.AddVersion(v1, "v1", "1");
        store.AddVersion(v1 with { Entities = changed }, "v2", "2");

        var c = store.Changes("a_list", 1, 2);

        Assert.Equal(["a_list-P9"], c.AddedIds);
        Assert.Equal(["a_list-P3"], c.ModifiedIds);
        Assert.Equal(["a_list-P1"], c.RemovedIds);
        Assert.Equal(["kp"], c.Modified[0].After.Nationalities);
        Assert.Empty(c.Modified[0].Before.Nationalities);
        Assert.Equal("NEW PERSON", c.Added[0].Caption);
        Assert.True(store.Changes("a_list", 2, 2).IsEmpty);
        // Backwards, the roles swap.
        Assert.Equal(["a_list-P1"], store.Changes("a_list", 2, 1).AddedIds);
    }

    [Fact]
    public void The_diff_names_the_fields_that_changed_with_old_and_new_values()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var v1 = StoreFixtures.People("a_list", 2);
        var e = v1.Entities[1];
        store.AddVersion(v1, "v1", "1");
        store.AddVersion(v1 with { Entities = [v1.Entities[0], e with { Gender = "male", Caption = "RENAMED" }] }, "v2", "2");

        var diff = SnapshotDiff.Between(store, "a_list", 1, 2);

        var entity = Assert.Single(diff.Changed);
        Assert.Equal(["caption", "gender"], entity.Fields.Select(f => f.Field).Order());
        var gender = entity.Fields.Single(f => f.Field == "gender");
        Assert.Equal("", gender.Before);
        Assert.Equal("\"male\"", gender.After);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void Identical_entities_are_stored_once_across_versions()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        store.AddVersion(StoreFixtures.People("a_list", 50), "v1", "1");
        store.AddVersion(StoreFixtures.People("a_list", 52), "v2", "2");
        Assert.Equal(52, CountRows(store, "entity_json"));
        Assert.Equal(102, CountRows(store, "version_entities"));
    }

    [Fact]
    public void The_audit_chain_holds_and_an_altered_row_is_found()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        store.AddVersion(StoreFixtures.People("a_list", 3), "v1", "1");
        store.Audit.Append("refuse", "a_list", "a test refusal");
        store.AddVersion(StoreFixtures.People("a_list", 3), "v2", "2");
        var entries = store.Audit.Entries();
        Assert.Equal(3, entries.Count);
        Assert.Equal(AuditLog.Genesis, entries[0].PrevHash);
        Assert.Equal(entries[0].Hash, entries[1].PrevHash);
        Assert.All(entries, e => Assert.Equal(Environment.UserName, e.Who));
        Assert.True(store.Audit.Verify().Intact);

        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = "UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2";
            cmd.ExecuteNonQuery();
        }
        var check = store.Audit.Verify();
        Assert.False(check.Intact);
        Assert.Equal(2, check.BrokenAt);
    }

    [Fact]
    public void Reopening_an_up_to_date_store_does_not_migrate_again_and_a_newer_schema_is_refused()
    {
        using var dir = new TempDir();
        using (var store = SnapshotStore.Open(dir.Path)) store.AddVersion(StoreFixtures.People("a_list", 1), "v1", "1");
        using (var store = SnapshotStore.Open(dir.Path))
        {
            Assert.Single(store.ActiveVersions());
            using var cmd = store.Connection.CreateCommand();
            cmd.CommandText = "UPDATE schema_version SET version = 999";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<InvalidOperationException>(() => SnapshotStore.Open(dir.Path));
        Assert.Contains("newer", e.Message);
    }

    internal static ListSource Source(string name, string text) => ListSource.FromBytes(name, Encoding.UTF8.GetBytes(text));

    internal static long CountRows(SnapshotStore store, string table)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }
}
