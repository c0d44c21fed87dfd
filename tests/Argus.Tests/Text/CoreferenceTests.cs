using Argus.Text;

namespace Argus.Tests.Text;

public sealed class CoreferenceTests
{
    private static List<TextEntity> Entities(string text) =>
        CoreferenceResolver.Resolve(new MentionRecognizer().Recognize(TextDocument.Parse(text)));

    [Fact]
    public void Spellings_that_differ_in_hyphens_are_one_person_and_short_mentions_join_the_last_full_name()
    {
        var e = Entities("North Korean leader Kim Jong Un met Russian President Vladimir Putin. Kim Jong-un's delegation arrived. "
            + "Unification Minister Kim Yoon-ho spoke. Later Kim Jong Un left, and Kim's plane took off. Putin waved.");
        var kim = Assert.Single(e, x => x.Name == "Kim Jong Un");
        Assert.Equal(["Kim Jong Un", "Kim Jong-un"], kim.Variants);
        Assert.Contains(kim.Mentions, m => m.Text == "Kim");
        var putin = Assert.Single(e, x => x.Name == "Vladimir Putin");
        Assert.Equal(2, putin.Mentions.Count);
        Assert.Equal(["Vladimir Putin"], putin.Variants);
        var yoon = Assert.Single(e, x => x.Name == "Kim Yoon-ho");
        Assert.Single(yoon.Mentions);
    }

    [Fact]
    public void A_short_mention_before_the_full_name_joins_the_next_full_name()
    {
        var e = Entities("Lukin said nothing. Hours later, Igor Lukin, the bank's chairman, resigned.");
        var lukin = Assert.Single(e, x => x.Type == TextEntityType.Person);
        Assert.Equal("Igor Lukin", lukin.Name);
        Assert.Equal(2, lukin.Mentions.Count);
    }
}
