using Argus.Matching;
using Argus.Model;
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

    /// <summary>Finds every query name listed, as itself: what remains unflagged is the scanner's own judgement.</summary>
    private sealed class EverythingListed : IScreener
    {
        public List<string> Queries { get; } = [];
        public double DefaultThreshold => 0.8;
        public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
        {
            var name = query.Names[0];
            Queries.Add(name);
            var entity = new WatchlistEntity
            {
                Id = "x-" + name, Dataset = "x", Reference = name, Caption = name,
                Schema = query.Schema == EntitySchema.Thing ? EntitySchema.Organization : query.Schema,
            };
            return [new ScreeningResult(entity, 1.0, true, new MatchExplanation(name, name, [], [], "same name"))];
        }
    }

    [Fact]
    public void Truncated_names_events_and_lone_common_words_never_flag()
    {
        const string text = "Thomas L. spoke first. Ali Reza Tavakoli spoke next. He won the Nobel Prize in 1990. "
            + "He wrote about Fortune, and his fortune grew.";
        var screener = new EverythingListed();
        var r = new TextScanner(screener).Scan(text);
        Assert.Contains("Ali Reza Tavakoli", r.Summary.FlaggedNames);
        Assert.DoesNotContain(r.Summary.FlaggedNames, n => n.StartsWith("Thomas", StringComparison.Ordinal) || n.Contains("Nobel") || n == "Fortune");
        Assert.DoesNotContain(screener.Queries, q => q.Contains("Nobel") || q == "Fortune");
    }
}
