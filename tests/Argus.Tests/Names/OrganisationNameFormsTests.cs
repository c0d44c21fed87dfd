using Argus.Names;

namespace Argus.Tests.Names;

/// <summary>Numbers in words, ordinal endings, initialisms and glued legal forms in organisation names.</summary>
public sealed class OrganisationNameFormsTests
{
    private static string Tokens(string name, NameReading reading = NameReading.Any) =>
        string.Join(' ', NameParser.Parse(name, reading).Tokens.Select(t => t.Role == TokenRole.Number ? "#" + t.Text : t.Text));

    [Theory]
    [InlineData("First Qorvex Bank", "#1 qorvex bank")]
    [InlineData("Qorvex Brigade Twenty-One", "qorvex brigade #21")]
    [InlineData("Qorvex Brigade Twenty One", "qorvex brigade #21")]
    [InlineData("Zweite Qorvex Gesellschaft", "#2 qorvex gesellschaft")]
    public void A_number_in_words_in_an_organisations_name_is_the_number(string name, string tokens) =>
        Assert.Equal(tokens, Tokens(name));

    [Theory]
    [InlineData("1st Qorvex Bank", "#1 qorvex bank")]
    [InlineData("22nd Qorvex Regiment", "#22 qorvex regiment")]
    public void Digits_with_an_ordinal_ending_are_the_number(string name, string tokens) => Assert.Equal(tokens, Tokens(name));

    [Theory]
    [InlineData("Luis Diez")]
    [InlineData("Maria Cinco")]
    public void A_number_word_in_a_persons_name_stays_a_name(string name) =>
        Assert.DoesNotContain('#', Tokens(name, NameReading.Person) + Tokens(name));

    [Fact]
    public void Letters_written_apart_in_an_organisations_name_are_one_initialism()
    {
        Assert.Equal("xyq trading", Tokens("X.Y.Q. Trading"));
        Assert.Equal("xyq trading", Tokens("X Y Q Trading"));
        // In a person's name they are initials.
        Assert.Equal("j r qorvex", Tokens("J. R. Qorvex", NameReading.Person));
    }

    [Theory]
    [InlineData("QorvexPJSC", "qorvex", "JSC")]
    [InlineData("QorvexLLC", "qorvex", "LLC")]
    [InlineData("Qorvex GmbH", "qorvex", "LLC")]
    public void A_legal_form_in_capitals_glued_to_the_name_is_set_aside(string name, string tokens, string form)
    {
        var parsed = NameParser.Parse(name, NameReading.Organisation);
        Assert.Equal(tokens, string.Join(' ', parsed.Tokens.Select(t => t.Text)));
        Assert.Equal(form, parsed.LegalForm);
    }

    [Theory]
    [InlineData("Qorvex Tallinn")]
    [InlineData("Qorvex Sahag")]
    public void A_word_that_ends_in_the_letters_of_a_form_without_the_turn_to_capitals_stays_whole(string name)
    {
        var parsed = NameParser.Parse(name, NameReading.Organisation);
        Assert.Null(parsed.LegalForm);
        Assert.Equal(2, parsed.Tokens.Count);
    }
}
