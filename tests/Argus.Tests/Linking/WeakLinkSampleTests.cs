using Argus.Linking;
using Argus.Sources;
using Argus.Tests.Support;
using Xunit;

namespace Argus.Tests.Linking;

/// <summary>
/// The hand-checked links of the kinds made without a shared date of birth: every link on the day of listing and on an
/// organisation's unique name, and 300 of those on equal sets of names and on a name within another born the same day. Each file is labelled, its precision at least 0.995.
/// </summary>
public sealed class WeakLinkSampleTests
{
    private static string[][] Rows(string file) =>
        File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Argus.Tests", "Linking", "Data", file))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToArray();

    [Theory]
    [InlineData("listing-date-sample.tsv", 250)]
    [InlineData("name-set-sample.tsv", 300)]
    [InlineData("unique-name-sample.tsv", 80)]
    [InlineData("name-within-sample.tsv", 300)]
    public void Each_sample_is_labelled_and_its_precision_is_at_least_0_995(string file, int atLeast)
    {
        var rows = Rows(file);
        Assert.True(rows.Length >= atLeast, $"{file}: {rows.Length} labelled links");
        Assert.All(rows, r => Assert.Contains(r[0], new[] { "y", "n", "unsure" }));
        Assert.Equal(rows.Length, rows.Select(r => r[1] + " " + r[2]).Distinct().Count());
        // Unsure counts against: precision is what was verified correct over all links drawn.
        Assert.True(rows.Count(r => r[0] == "y") / (double)rows.Length >= 0.995);
    }

    /// <summary>The labels measure the linker as it is only while it still makes every labelled link, of the same kind.</summary>
    [SharedDataFact]
    public void Every_labelled_pair_is_still_a_link_of_its_kind_in_the_shared_lists()
    {
        string[] files = ["un/consolidated.xml", "ofac/sdn.csv", "ofac/consolidated.xml", "us_csl/consolidated.csv.gz", "uk/ConList.xlsx",
            "au/regulation8_consolidated.xlsx", "ca/sema-lmes.xml", "eu/excerpt-2018-12-21.xml"];
        var entities = files.SelectMany(f => ListFormats.Read(ListSource.FromFile(TestPaths.Shared(["lists", .. f.Split('/')]))).Entities).ToList();
        var links = LinkSet.Build(entities).Targets.SelectMany(t => t.Links).Select(l => (l.From, l.To, l.Kind)).ToHashSet();
        var missing = new[] { ("listing-date-sample.tsv", LinkKind.NameAndListingDate), ("name-set-sample.tsv", LinkKind.NameSet), ("unique-name-sample.tsv", LinkKind.UniqueName), ("name-within-sample.tsv", LinkKind.NameWithinAndDate) }
            .SelectMany(s => Rows(s.Item1).Where(r => !links.Contains((r[1], r[2], s.Item2))).Select(r => $"{s.Item2} {r[1]} {r[2]}")).ToArray();
        Assert.True(missing.Length == 0, $"labelled links the linker no longer makes (label a new sample): {string.Join(", ", missing)}");
    }
}
