using Argus.Matching;
using Argus.Model;
using Argus.Tests.Support;

namespace Argus.Tests.Matching;

/// <summary>samples/pairs/spellings.csv through the scorer of `argus pairs`: each row's expected outcome.</summary>
public class SpellingSampleTests
{
    public static IEnumerable<object[]> Rows() =>
        File.ReadLines(Path.Combine(TestPaths.Samples, "pairs", "spellings.csv")).Skip(1)
            .Select(ParseCsvLine).Select(f => new object[] { f[0], f[1], f[2], f[3] == "1" });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_sample_pair_scores_on_its_side_of_the_threshold(string name1, string name2, string schema, bool match)
    {
        Assert.True(EntitySchemas.TryParse(schema, out var s));
        var score = PairScorer.Default.Score(name1, name2, s);
        Assert.True(score.Match == match, $"{name1} / {name2}: {score.Score:0.000}");
    }

    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; continue; }
            if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); continue; }
            sb.Append(c);
        }
        fields.Add(sb.ToString());
        return [.. fields];
    }
}
