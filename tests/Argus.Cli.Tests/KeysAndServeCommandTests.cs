using Argus.Cli.Tests.Support;
using Argus.Security;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

public class KeysAndServeCommandTests
{
    [Fact]
    public void Keys_create_prints_the_key_alone_and_list_and_revoke_manage_it()
    {
        using var dir = new TempDir();
        var made = ArgusProcess.Run(dir.Path, "keys", "create", "--role", "read");
        Assert.Equal(0, made.ExitCode);
        var key = Assert.Single(made.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim();
        Assert.StartsWith(ApiKeyStore.KeyPrefix, key);
        Assert.Equal(ApiRole.Read, new ApiKeyStore(dir.Path).Verify(key)!.Value.Role);

        var listed = ArgusProcess.Run(dir.Path, "keys", "list");
        Assert.Contains("\tread\t", listed.StdOut);
        Assert.DoesNotContain(key, listed.StdOut);
        Assert.Contains("active", listed.StdOut);

        Assert.Equal(0, ArgusProcess.Run(dir.Path, "keys", "revoke", "1").ExitCode);
        Assert.Null(new ApiKeyStore(dir.Path).Verify(key));
        Assert.Contains("revoked", ArgusProcess.Run(dir.Path, "keys", "list").StdOut);
        var again = ArgusProcess.Run(dir.Path, "keys", "revoke", "1");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("no active key 1", again.StdErr);
    }

    [Theory]
    [InlineData("keys", "create", "--role", "owner")]
    [InlineData("serve", "--urls", "not-a-url")]
    public void Bad_usage_exits_2_with_one_line(params string[] args)
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StdOut.Trim());
        Assert.Single(run.StdErr.Trim().Split('\n'));
    }
}
