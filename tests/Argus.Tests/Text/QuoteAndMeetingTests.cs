using Argus.Text;

namespace Argus.Tests.Text;

public sealed class QuoteAndMeetingTests
{
    private static (List<TextQuote> Quotes, List<TextEvent> Events) Read(string text)
    {
        var doc = TextDocument.Parse(text);
        var mentions = new MentionRecognizer().Recognize(doc);
        var entities = CoreferenceResolver.Resolve(mentions);
        var of = new Dictionary<Mention, TextEntity>(ReferenceEqualityComparer.Instance);
        foreach (var e in entities) foreach (var m in e.Mentions) of[m] = e;
        return (QuoteExtractor.Extract(doc, mentions, of), MeetingExtractor.Extract(doc, mentions, of));
    }

    [Theory]
    [InlineData("Spokesperson Lim Soo-seok stated, \"We are deeply concerned.\"", "Lim Soo-seok", "We are deeply concerned.")]
    [InlineData("“We will respond,” Igor Lukin said on Monday.", "Igor Lukin", "We will respond,")]
    [InlineData("\"We will respond,\" said Maria Lopez.", "Maria Lopez", "We will respond,")]
    [InlineData("Ayman Saleh spoke first. \"It is over,\" he said.", "Ayman Saleh", "It is over,")]
    [InlineData("The plan is \"finished,\" according to Olga Smirnova.", "Olga Smirnova", "finished,")]
    public void Speakers_are_found_before_after_and_around_the_quote(string text, string speaker, string quote)
    {
        var q = Assert.Single(Read(text).Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(quote, q.Text);
        Assert.Equal(quote, text[q.Start..q.End]);
    }

    [Fact]
    public void A_quote_spans_sentences_and_paragraphs_that_reopen_it()
    {
        const string text = "Igor Lukin said: \"We will not stop. We will go on.\n\"We will win.\" Then he left.";
        var q = Assert.Single(Read(text).Quotes);
        Assert.Equal("Igor Lukin", q.Speaker);
        Assert.Contains("We will not stop. We will go on.", q.Text);
        Assert.Contains("We will win.", q.Text);
    }

    [Fact]
    public void An_unclosed_quote_is_no_quote_and_nested_quotes_stay_in_the_outer_one()
    {
        Assert.Empty(Read("He said \"this never ends.\nNext paragraph without quotes.").Quotes);
        var q = Assert.Single(Read("Maria Lopez said, “They called it “a crime” and left.”").Quotes);
        Assert.Equal("They called it “a crime” and left.", q.Text);
    }

    [Fact]
    public void A_meeting_gets_its_people_date_and_place_across_sentences()
    {
        const string text = "The meeting between North Korean leader Kim Jong Un and Russian President Vladimir Putin worried Seoul. "
            + "During the September 13 meeting, Kim Jong Un spoke. The choice of the Vostochny Cosmodrome as the meeting location was symbolic.";
        var ev = Assert.Single(Read(text).Events);
        Assert.Equal("meeting", ev.Type);
        Assert.Equal(["Kim Jong Un", "Vladimir Putin"], ev.Participants);
        Assert.Equal("September 13", ev.Date);
        Assert.Equal("Vostochny Cosmodrome", ev.Place);
        Assert.Equal(3, ev.Evidence.Count);
    }

    [Fact]
    public void Met_in_a_city_on_a_date()
    {
        var ev = Assert.Single(Read("Igor Lukin met Maria Lopez in Geneva on 4 March 2024 to discuss shipping.").Events);
        Assert.Equal(["Igor Lukin", "Maria Lopez"], ev.Participants);
        Assert.Equal("4 March 2024", ev.Date);
        Assert.Equal("Geneva", ev.Place);
    }
}
