using Argus.Text;

namespace Argus.Tests.Text;

public sealed class SegmentationTests
{
    private static List<string> Sentences(string text)
    {
        var doc = TextDocument.Parse(text);
        return doc.Sentences.Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void Sentences_are_not_cut_after_abbreviations_initials_or_inside_decimals()
    {
        var s = Sentences("Mr. Kim met Gen. Ri at 3.5 p.m. in Pyongyang. John F. Kennedy was mentioned. Prices rose 2.75 percent! Why?");
        Assert.Equal(["Mr. Kim met Gen. Ri at 3.5 p.m. in Pyongyang.", "John F. Kennedy was mentioned.", "Prices rose 2.75 percent!", "Why?"], s);
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        var s = Sentences("He said, \"We regret it.\" Then he left. «C'est fini.» Next.");
        Assert.Equal(["He said, \"We regret it.\"", "Then he left.", "«C'est fini.»", "Next."], s);
    }

    [Fact]
    public void Lines_are_paragraphs_unless_the_text_has_blank_lines()
    {
        Assert.Equal(3, TextDocument.Parse("One line.\nSecond line\nThird").Paragraphs.Count);
        var wrapped = TextDocument.Parse("A paragraph that is\nwrapped by hand.\n\nAnother one.");
        Assert.Equal(2, wrapped.Paragraphs.Count);
        Assert.Single(wrapped.Sentences, s => wrapped.Text[s.Start..s.End].Contains("wrapped by hand"));
    }

    [Fact]
    public void Token_offsets_point_into_the_original_string_for_any_script()
    {
        const string text = "김정은 위원장과 Путин встретились 🚀 in Vostochny, “Kim Jong-un’s” visit; Russia's fleet.";
        var doc = TextDocument.Parse(text);
        var words = doc.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.TextOf(text)).ToList();
        Assert.Contains("김정은", words);
        Assert.Contains("Путин", words);
        Assert.Contains("Kim", words);
        Assert.Contains("Jong-un", words);
        Assert.Contains("Russia", words);
        Assert.Contains(doc.Tokens, t => t.Kind == TokenKind.Possessive && t.TextOf(text) == "’s");
        Assert.Contains(doc.Tokens, t => t.Kind == TokenKind.Possessive && t.TextOf(text) == "'s");
        foreach (var t in doc.Tokens) Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End);
        Assert.Contains(doc.Tokens, t => t.TextOf(text) == "🚀");
    }

    [Fact]
    public void Bidirectional_marks_and_zero_width_spaces_separate_tokens_but_joiners_stay_inside_words()
    {
        const string text = "\u200FAli\u200E \u202BHassan\u202C\u200Bsaid \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        var doc = TextDocument.Parse(text);
        var words = doc.Tokens.Select(t => t.TextOf(text)).ToList();
        Assert.Equal(["Ali", "Hassan", "said", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"], words);
    }

    [Fact]
    public void Dotted_abbreviations_and_hyphenated_names_are_single_tokens()
    {
        const string text = "The U.S. and al-Qaida's Pyeong-chol, O'Brien.";
        var doc = TextDocument.Parse(text);
        var words = doc.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.TextOf(text)).ToList();
        Assert.Equal(["The", "U.S.", "and", "al-Qaida", "Pyeong-chol", "O'Brien"], words);
    }
}
