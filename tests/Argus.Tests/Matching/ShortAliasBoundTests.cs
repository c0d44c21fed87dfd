using Argus.Matching;
using Argus.Model;

namespace Argus.Tests.Matching;

// Invented people: a short alias of common words against the fullest name it stands for.
public class ShortAliasBoundTests
{
    private static WatchlistEntity Person(string reference, string caption, params string[] aliases) => new()
    {
        Id = WatchlistEntity.MakeId(Datasets.OfacSdn, reference),
        Dataset = Datasets.OfacSdn,
        Reference = reference,
        Schema = EntitySchema.Person,
        Caption = caption,
        Names = [new EntityName(caption), .. aliases.Select(a => new EntityName(a, NameKind.Alias))],
    };

    private static double ScoreOf(ScreeningIndex index, string query, string id) =>
        index.Screen(ScreeningQuery.ForName(query, EntitySchema.Person), new ScreeningOptions { MinScore = 0 }).Single(r => r.Entity.Id.EndsWith(id, StringComparison.Ordinal)).Score;

    [Fact]
    public void Two_common_words_covering_a_short_alias_of_a_longer_name_are_no_near_certain_match()
    {
        var index = ScreeningIndex.Build([Person("1", "HASSAN ALI TORVEK NADRIM MOHAMMAD", "Hassan Ali")]);
        var score = ScoreOf(index, "Ali Hassan", "-1");
        Assert.InRange(score, 0.70, 0.90);
        // The fullest name alone would say less still: the alias lifts it, by the rarity of the words shared.
        var fullOnly = ScoreOf(ScreeningIndex.Build([Person("1", "HASSAN ALI TORVEK NADRIM MOHAMMAD")]), "Ali Hassan", "-1");
        Assert.True(score > fullOnly, $"{score} / {fullOnly}");
    }

    [Fact]
    public void A_name_that_is_all_the_entity_has_keeps_its_score() =>
        Assert.True(ScoreOf(ScreeningIndex.Build([Person("2", "Hassan Ali")]), "Ali Hassan", "-2") >= 0.95);

    [Fact]
    public void Rare_words_covering_a_short_alias_keep_its_score() =>
        Assert.True(ScoreOf(ScreeningIndex.Build([Person("3", "HASSAN ALI TORVEK NADRIM MOHAMMAD", "Torvek Nadrim")]), "Nadrim Torvek", "-3") >= 0.95);
}
