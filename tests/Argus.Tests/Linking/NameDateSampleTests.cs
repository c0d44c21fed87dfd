using Argus.Tests.Support;
using Xunit;

namespace Argus.Tests.Linking;

/// <summary>The labelled sample of name-and-date links: 300 pairs, each labelled, precision at least 0.995.</summary>
public sealed class NameDateSampleTests
{
    [Fact]
    public void The_labelled_sample_holds_300_labelled_links_and_its_precision_is_at_least_0_995()
    {
        var rows = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Argus.Tests", "Linking", "Data", "name-date-sample.tsv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(300, rows.Length);
        Assert.All(rows, r => Assert.Contains(r[0], new[] { "y", "n", "unsure" }));
        Assert.Equal(300, rows.Select(r => r[1] + " " + r[2]).Distinct().Count());
        // Unsure counts against: precision is what was verified correct over all links drawn.
        Assert.True(rows.Count(r => r[0] == "y") / 300.0 >= 0.995);
    }
}
