using Argus.Security;
using Argus.Storage;
using Argus.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Argus.Tests.Security;

public class ApiKeyStoreTests
{
    [Fact]
    public void A_key_verifies_with_its_role_until_revoked_and_only_its_hash_is_stored()
    {
        using var dir = new TempDir();
        var keys = new ApiKeyStore(dir.Path);
        var (read, readInfo) = keys.Create(ApiRole.Read);
        var (admin, _) = keys.Create(ApiRole.Admin);
        Assert.StartsWith(ApiKeyStore.KeyPrefix, read);
        Assert.NotEqual(read, admin);
        Assert.Equal(ApiRole.Read, keys.Verify(read)!.Value.Role);
        Assert.Equal(ApiRole.Admin, keys.Verify(admin)!.Value.Role);
        Assert.Null(keys.Verify(read + "x"));
        Assert.Null(keys.Verify(""));

        Assert.True(keys.Revoke(readInfo.Id));
        Assert.False(keys.Revoke(readInfo.Id));
        Assert.Null(keys.Verify(read));
        Assert.NotNull(keys.Verify(admin));
        var listed = keys.List();
        Assert.Equal(2, listed.Count);
        Assert.True(listed[0].Revoked);
        Assert.False(listed[1].Revoked);

        SqliteConnection.ClearAllPools();
        var file = File.ReadAllBytes(SnapshotStore.PathIn(dir.Path)).Concat(File.Exists(SnapshotStore.PathIn(dir.Path) + "-wal") ? File.ReadAllBytes(SnapshotStore.PathIn(dir.Path) + "-wal") : []).ToArray();
        Assert.DoesNotContain(read[10..], System.Text.Encoding.ASCII.GetString(file));
    }

    [Fact]
    public void Keys_live_beside_the_lists_in_argus_db_without_disturbing_them()
    {
        using var dir = new TempDir();
        new ApiKeyStore(dir.Path).Create(ApiRole.Read);
        using var store = SnapshotStore.Open(dir.Path);
        Assert.Empty(store.ActiveVersions());
    }
}
