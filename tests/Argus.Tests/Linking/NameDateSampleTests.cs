using Argus.Linking;
using Argus.Sources;
using Argus.Tests.Support;
using Xunit;

namespace Argus.Tests.Linking;

/// <summary>The labelled sample of name-and-date links: 300 pairs, each labelled, precision at least 0.995.</summary>
public sealed class NameDateSampleTests
{
    private static string[][] Rows() =>
        File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Argus.Tests", "Linking", "Data", "name-date-sample.tsv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToArray();

    [Fact]
    public void The_labelled_sample_holds_300_labelled_links_and_its_precision_is_at_least_0_995()
    {
        var rows = Rows();
        Assert.Equal(300, rows.Length);
        Assert.All(rows, r => Assert.Contains(r[0], new[] { "y", "n", "unsure" }));
        Assert.Equal(300, rows.Select(r => r[1] + " " + r[2]).Distinct().Count());
        // Unsure counts against: precision is what was verified correct over all links drawn.
        Assert.True(rows.Count(r => r[0] == "y") / 300.0 >= 0.995);
    }

    /// <summary>The labels measure the linker as it is only while it still makes every labelled link.</summary>
    [SharedDataFact]
    public void Every_labelled_pair_is_still_a_name_and_date_link_of_the_shared_lists()
    {
        string[] files = ["un/consolidated.xml", "ofac/sdn.csv", "ofac/consolidated.xml", "us_csl/consolidated.csv.gz", "uk/ConList.xlsx",
            "au/regulation8_consolidated.xlsx", "ca/sema-lmes.xml", "eu/excerpt-2018-12-21.xml"];
        var entities = files.SelectMany(f => ListFormats.Read(ListSource.FromFile(TestPaths.Shared(["lists", .. f.Split('/')]))).Entities).ToList();
        var links = LinkSet.Build(entities).Targets.SelectMany(t => t.Links).Where(l => l.Kind == LinkKind.NameAndDate)
            .Select(l => (l.From, l.To)).ToHashSet();
        var missing = Rows().Where(r => !links.Contains((r[1], r[2]))).Select(r => r[1] + " " + r[2]).ToArray();
        Assert.True(missing.Length == 0, $"labelled links the linker no longer makes (label a new sample): {string.Join(", ", missing)}");
    }
}
