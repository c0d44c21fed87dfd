using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void An_unknown_command_fails_with_a_reason()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, "no-such-command");
        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEmpty(run.StdErr.Trim());
    }
}
