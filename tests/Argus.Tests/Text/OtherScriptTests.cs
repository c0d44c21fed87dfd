using Argus.Text;

namespace Argus.Tests.Text;

/// <summary>Names in running text of scripts other than Latin: declined Russian names, Hangul with particles, Arabic after titles.</summary>
public sealed class OtherScriptTests
{
    private static List<Mention> Recognize(string text) => new MentionRecognizer().Recognize(TextDocument.Parse(text));

    [Theory]
    [InlineData("Владимиром Путиным", "Владимир Путин")]
    [InlineData("Владимира Путина", "Владимир Путин")]
    [InlineData("Владимиру Путину", "Владимир Путин")]
    [InlineData("Сергеем Лавровым", "Сергей Лавров")]
    [InlineData("Достоевского", "Достоевский")]
    [InlineData("Владимира Владимировича", "Владимир Владимирович")]
    [InlineData("Ольгой Смирновой", "Ольга Смирнова")]
    [InlineData("Анны Петровны", "Анна Петровна")]
    public void Declined_russian_names_are_read_in_the_nominative(string declined, string nominative) =>
        Assert.Contains(nominative, RussianNameForms.Nominatives(declined));

    [Fact]
    public void Nominatives_and_other_scripts_give_no_extra_forms()
    {
        Assert.Empty(RussianNameForms.Nominatives("Vladimir Putin"));
        Assert.DoesNotContain("Владимир Путин", RussianNameForms.Nominatives("Владимир Путин"));
    }

    [Fact]
    public void A_hangul_name_before_a_title_is_a_person_without_its_particle_and_found_again_later()
    {
        const string text = "조선인민군 리병철 부위원장은 현장을 참관했다. 리병철은 개발을 이끌었다. 정부는 발표했다.";
        var people = Recognize(text).Where(m => m.Type == MentionType.Person).ToList();
        Assert.Equal(2, people.Count);
        Assert.All(people, m => Assert.Equal("리병철", m.Text));
        Assert.All(people, m => Assert.Equal("리병철", text[m.Start..m.End]));
        Assert.DoesNotContain(Recognize(text), m => m.Text.StartsWith("정부", StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_names_follow_titles_skip_the_nationality_and_stop_at_function_words()
    {
        var ms = Recognize("وقال الرئيس السوري بشار الأسد إن المحادثات كانت مثمرة. وأشاد أسامة بن لادن بالهجوم. وأعلن تنظيم القاعدة مسؤوليته.");
        Assert.Contains(ms, m => m.Type == MentionType.Person && m.Text == "بشار الأسد");
        Assert.Contains(ms, m => m.Type == MentionType.Person && m.Text == "أسامة بن لادن");
        Assert.Contains(ms, m => m.Type == MentionType.Organization && m.Text.StartsWith("تنظيم القاعدة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_russian_word_after_a_place_noun_is_a_place()
    {
        var ms = Recognize("Встреча прошла на космодроме Восточный.");
        Assert.Contains(ms, m => m.Type == MentionType.Location && m.Text == "Восточный");
    }
}

/// <summary>A long text read in parallel blocks gives the same mentions as read in one pass.</summary>
public sealed class ParallelRecognitionTests
{
    [Fact]
    public void Blocks_of_sentences_in_parallel_give_the_mentions_of_one_pass()
    {
        var articles = Directory.GetFiles(Path.Combine(Argus.Tests.Support.TestPaths.Samples, "news"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
        var text = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", articles), 20));
        var doc = TextDocument.Parse(text);
        static string Show(Mention m) => $"{m.Start}-{m.End} {m.Type} {m.Cue} {m.Text} {string.Join(",", m.ContextCountries)} {m.Role} {m.Country}";
        var one = new MentionRecognizer { ParallelFromSentences = int.MaxValue }.Recognize(doc).Select(Show).ToList();
        var blocks = new MentionRecognizer { ParallelFromSentences = 1 }.Recognize(doc).Select(Show).ToList();
        Assert.True(one.Count > 500, $"{one.Count} mentions");
        Assert.Equal(one, blocks);
    }
}
