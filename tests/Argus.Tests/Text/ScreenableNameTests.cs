using Argus.Matching;
using Argus.Text;

namespace Argus.Tests.Text;

/// <summary>Names that no list could hold alone are not screened; every other name is, once per distinct query.</summary>
public sealed class ScreenableNameTests
{
    private sealed class RecordingScreener : IScreener
    {
        public List<string> Queries { get; } = [];
        public double DefaultThreshold => 0.8;
        public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
        {
            Queries.Add(string.Join(" | ", query.Names));
            return [];
        }
    }

    [Fact]
    public void Common_nouns_body_words_plural_nationalities_and_compound_adjectives_are_not_screened()
    {
        const string text = "Investigators said the Tehran-based firm paid the Guard. Ukrainians protested. "
            + "Officials named Vladimir Putin and the Onerbank ZAO. The investigators met Putin.";
        var screener = new RecordingScreener();
        var report = new TextScanner(screener).Scan(text);
        Assert.Contains("Vladimir Putin", screener.Queries);
        Assert.Contains("Onerbank ZAO", screener.Queries);
        Assert.DoesNotContain(screener.Queries, q => q.Contains("Investigators") || q.Contains("Tehran-based") || q == "Guard" || q == "Ukrainians");
        Assert.Equal(screener.Queries.Count, screener.Queries.Distinct().Count());
        Assert.Contains(report.Entities, e => e.Entity.Name == "Vladimir Putin" && e.Screened);
    }
}
