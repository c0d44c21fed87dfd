using Argus.Matching;
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

    [Theory]
    [InlineData("Qorvex Trading LTD", "qorvex tradingltd")]
    [InlineData("Qorvex Azot OAO", "QORVEX AZOTOAO")]
    [InlineData("LLC Qorvex", "LLCQORVEX")]
    public void A_legal_form_of_one_word_glued_to_a_name_part_in_any_case_is_that_part(string listed, string glued)
    {
        var cmp = NameComparer.Default.Compare(NameParser.Parse(glued, NameReading.Organisation), NameParser.Parse(listed, NameReading.Organisation));
        Assert.True(cmp.Score >= 0.95, $"{cmp.Score}");
        Assert.Contains(cmp.Pairs, p => p.Similarity.Rule == TokenRule.GluedForm);
    }

    [Fact]
    public void A_name_part_that_only_ends_in_the_letters_of_a_form_is_not_another_part_with_it()
    {
        // "Azotag" ends in AG, but it is not "Azot" with the form: the other name does not have "azot".
        var cmp = NameComparer.Default.Compare(NameParser.Parse("Qorvex Azotag", NameReading.Organisation), NameParser.Parse("Qorvex Zotag LLC", NameReading.Organisation));
        Assert.DoesNotContain(cmp.Pairs, p => p.Similarity.Rule == TokenRule.GluedForm);
        // People's names are not read so: "Mous" and "Moussa" are two names.
        var people = NameComparer.Default.Compare(NameParser.Parse("Moussa Qorvex", NameReading.Person), NameParser.Parse("Mous Qorvex", NameReading.Person));
        Assert.DoesNotContain(people.Pairs, p => p.Similarity.Rule == TokenRule.GluedForm);
    }

    [Theory]
    [InlineData("Qorvex ElectronicsLIMITED LIABILITY COMPANY", "qorvex electronics", "LLC")]
    [InlineData("JOINT STOCK COMPANYQORVEX SHIPYARD", "qorvex shipyard", "JSC")]
    public void A_legal_form_of_several_words_glued_to_the_name_is_split_off(string name, string tokens, string form)
    {
        var parsed = NameParser.Parse(name, NameReading.Organisation);
        Assert.Equal(tokens, string.Join(' ', parsed.Tokens.Select(t => t.Text)));
        Assert.Equal(form, parsed.LegalForm);
    }

    [Fact]
    public void A_form_written_apart_is_not_split_into_a_shorter_form()
    {
        // "Limited liability co" + "mpany" would also read: the form written in full wins.
        var parsed = NameParser.Parse("LIMITED LIABILITY COMPANY QORVEX", NameReading.Organisation);
        Assert.Equal("qorvex", string.Join(' ', parsed.Tokens.Select(t => t.Text)));
    }

    [Theory]
    [InlineData("Seven Qorvex Company", "7 Qorvex Company")]
    [InlineData("Qorvex Two LLC", "Qorvex 2 LLC")]
    public void A_number_word_that_is_also_a_name_equals_that_number_in_the_other_name(string words, string digits)
    {
        // "Seven" and "Two" stay words (Seven is a given name, two a Korean syllable), yet equal the digit.
        Assert.DoesNotContain('#', Tokens(words));
        var cmp = NameComparer.Default.Compare(NameParser.Parse(words, NameReading.Organisation), NameParser.Parse(digits, NameReading.Organisation));
        Assert.True(cmp.Score >= 0.95, $"{cmp.Score}");
        Assert.Contains(cmp.Pairs, p => p.Similarity.Rule == TokenRule.NumberInWords);
    }

    [Fact]
    public void A_number_word_that_is_also_a_name_is_not_another_number()
    {
        var cmp = NameComparer.Default.Compare(NameParser.Parse("Seven Qorvex Company", NameReading.Organisation), NameParser.Parse("8 Qorvex Company", NameReading.Organisation));
        Assert.True(cmp.Score < 0.75, $"{cmp.Score}");
    }
}
