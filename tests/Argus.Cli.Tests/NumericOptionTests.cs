using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

/// <summary>
/// Every numeric option is checked before anything runs: a value that is not finite or out of range is
/// a usage error naming the option, never a silent "no match" or a crash.
/// </summary>
public class NumericOptionTests
{
    public static TheoryData<string[], string> BadValues() => new()
    {
        { ["screen", "Kim Jong Un", "--threshold", "NaN"], "--threshold" },
        { ["screen", "Kim Jong Un", "--threshold", "Infinity"], "--threshold" },
        { ["screen", "Kim Jong Un", "--threshold", "1e400"], "--threshold" },
        { ["screen", "Kim Jong Un", "--threshold", "-0.1"], "--threshold" },
        { ["screen", "Kim Jong Un", "--limit", "0"], "--limit" },
        { ["screen", "Kim Jong Un", "--limit", "501"], "--limit" },
        { ["scan", "-", "--threshold", "NaN"], "--threshold" },
        { ["batch", "in.csv", "--out", "o.csv", "--threshold", "NaN"], "--threshold" },
        { ["batch", "in.csv", "--out", "o.csv", "--threads", "0"], "--threads" },
        { ["batch", "in.csv", "--out", "o.csv", "--threads", "100000"], "--threads" },
        { ["rescreen", "1", "--threads", "0"], "--threads" },
        { ["rescreen", "1", "--threads", "-3"], "--threads" },
        { ["lists", "update", "--source", "un", "--timeout", "Infinity"], "--timeout" },
        { ["lists", "update", "--source", "un", "--timeout", "NaN"], "--timeout" },
        { ["lists", "update", "--source", "un", "--timeout", "1e12"], "--timeout" },
        { ["lists", "update", "--source", "un", "--retries", "-1"], "--retries" },
        { ["lists", "update", "--source", "un", "--retries", "1000"], "--retries" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_value_out_of_range_or_not_finite_is_a_usage_error_naming_the_option(string[] args, string option)
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunWithInput(dir.Path, "", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.StdOut);
        var line = Assert.Single(run.StdErr.Trim().Split('\n'));
        Assert.Contains(option, line);
        Assert.DoesNotContain("   at ", run.StdErr);
    }
}
