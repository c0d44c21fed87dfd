using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

public class ArticleJoinedTests
{
    private static double Score(string query, string listed) =>
        NameComparer.Default.Compare(NameParser.Parse(query, NameReading.Person), NameParser.Parse(listed, NameReading.Person)).Score;

    [Theory]
    [InlineData("Qarvan ul-Zorheb Tamsi", "Qarvanulzorheb Tamsi")]   // the article as written
    [InlineData("Qarvan al-Zorheb Tamsi", "Qarvazzorheb Tamsi")]     // assimilated, two letters fewer (a typo's edits)
    [InlineData("Qarvan el Dorheb Tamsi", "Qarvaneddorheb Tamsi")]   // assimilated to the consonant after it
    [InlineData("Qarvaneddorheb Tamsi", "Qarvan al-Dorheb Tamsi")]   // joined in the query, apart in the list
    public void Two_names_and_the_article_written_as_one_are_one_name(string query, string listed)
    {
        var score = Score(query, listed);
        Assert.True(score >= 0.85, $"{query} / {listed}: {score:0.000}");
    }

    [Fact]
    public void The_pair_spans_the_three_parts()
    {
        var result = NameComparer.Default.Compare(NameParser.Parse("Qarvan al-Dorheb Tamsi", NameReading.Person), NameParser.Parse("Qarvaneddorheb Tamsi", NameReading.Person));
        var joined = Assert.Single(result.Pairs, p => p.Similarity.Rule == TokenRule.Joined);
        Assert.Equal(2, joined.CandidateNext >= 0 ? joined.CandidateNext - joined.Candidate : joined.QueryNext - joined.Query);
    }

    [Theory]
    [InlineData("Qarvan al-Dorheb Tamsi", "Qarvanimpalto Tamsi")] // another name altogether
    [InlineData("Qarvan al-Dorheb Tamsi", "Qarvandorhebzi Tamsi")] // close, but more than a typo apart
    public void A_word_that_is_not_the_three_written_as_one_is_not_paired_with_them(string query, string listed) =>
        Assert.DoesNotContain(NameComparer.Default.Compare(NameParser.Parse(query, NameReading.Person), NameParser.Parse(listed, NameReading.Person)).Pairs,
            p => p.Similarity.Rule == TokenRule.Joined);

    [Theory]
    [InlineData("qarvaneddorheb", "qarvan", "el", "dorheb", 0.95)]
    [InlineData("qarvanuldorheb", "qarvan", "ul", "dorheb", 0.95)]
    [InlineData("qarvaniddorheb", "qarvan", "el", "dorheb", 0.85)]
    [InlineData("qarvanxyzdorheb", "qarvan", "el", "dorheb", 0.0)]
    public void The_article_may_be_written_or_assimilated(string one, string first, string article, string second, double expected)
    {
        static NameToken T(string t, TokenRole role = TokenRole.Name) => NameParser.Parse("x " + t).Tokens[^1] with { Role = role };
        Assert.Equal(expected, TokenAlignment.CompareArticleJoined(T(one), T(first), T(article, TokenRole.Particle), T(second)), 3);
    }
}
