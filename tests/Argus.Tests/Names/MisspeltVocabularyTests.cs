using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Names;

public class MisspeltVocabularyTests
{
    [Theory]
    [InlineData("corporatipn", "corporation")] // replaced
    [InlineData("ompany", "company")]          // first letter dropped
    [InlineData("cmopany", "company")]         // neighbours swapped
    [InlineData("liavility", "liability")]
    [InlineData("limitedd", "limited")]        // letter added at the end
    public void A_word_one_slip_from_a_long_form_word_is_that_word(string word, string form) =>
        Assert.Contains(form, MisspeltVocabulary.FormCandidates(word));

    [Theory]
    [InlineData("company")]   // a form word itself
    [InlineData("llx")]       // short: a slip of a short form says nothing
    [InlineData("michael")]   // a known given name
    [InlineData("compqxy")]   // two slips
    public void Other_words_are_not_read_as_a_form_word(string word) =>
        Assert.Empty(MisspeltVocabulary.FormCandidates(word));

    [Theory]
    [InlineData("ab", "ab", true)]
    [InlineData("abc", "acb", true)]
    [InlineData("abc", "abxc", true)]
    [InlineData("abc", "xbc", true)]
    [InlineData("abc", "cba", false)]
    [InlineData("abc", "abcde", false)]
    public void One_slip_is_one_insertion_deletion_substitution_or_swap(string a, string b, bool one) =>
        Assert.Equal(one && a != b, MisspeltVocabulary.OneSlipApart(a, b));

    [Theory]
    [InlineData("WAYSIDE CORPORATIPN", "wayside")]
    [InlineData("OPEN JOINT STOCK VOMPANY ALEVKURP", "alevkurp")]
    [InlineData("ONEFACTOR LOMITED LIABILITY COMPANY", "onefactor")]
    public void The_parser_sets_a_misspelt_form_aside_as_the_form(string name, string rest)
    {
        var form = NameParser.Parse(name, NameReading.Organisation);
        Assert.NotNull(form.LegalForm);
        Assert.Equal(rest, string.Join(' ', form.Tokens.Select(t => t.Text)));
    }

    [Fact]
    public void A_misspelt_form_word_that_makes_no_form_there_stays_a_name_part()
    {
        // "Compani" stands in the middle: no form ends or starts with it there.
        var form = NameParser.Parse("Alpha Compani Beta Gamma Delta Epsilon", NameReading.Organisation);
        Assert.Contains(form.Tokens, t => t.Text == "compani");
        Assert.Null(NameParser.Parse("Maria Corporatipn", NameReading.Person).LegalForm);
    }

    [Theory]
    [InlineData("Zorvex Korlan Corporatipn", "ZORVEX KORLAN CORPORATION")]
    [InlineData("Limited Liavility Company Zorvex", "LIMITED LIABILITY COMPANY ZORVEX")]
    public void A_slip_in_the_form_costs_less_than_one_in_the_name(string query, string listed)
    {
        var inForm = NameComparer.Default.Compare(NameParser.Parse(query), NameParser.Parse(listed)).Score;
        var inName = NameComparer.Default.Compare(NameParser.Parse(listed.Replace("ZORVEX", "ZORVEK")), NameParser.Parse(listed)).Score;
        Assert.True(inForm >= 0.95, $"{query}: {inForm:0.000}");
        Assert.True(inForm > inName, $"{inForm:0.000} against {inName:0.000}");
    }

    [Theory]
    [InlineData("Aytaollah Zorvex Korlan", "ayatollah")] // neighbours swapped
    [InlineData("Profesor Zorvex Korlan", "professor")] // letter dropped
    [InlineData("Brigadeer Zorvex Korlan", "brigadier")] // letter replaced
    public void A_long_title_with_a_slip_is_set_aside_as_that_title(string name, string title)
    {
        var form = NameParser.Parse(name, NameReading.Person);
        Assert.Equal([title], form.Titles);
        Assert.Equal("zorvex korlan", string.Join(' ', form.Tokens.Select(t => t.Text)));
    }

    [Theory]
    [InlineData("Coronel Zorvex")]   // a family name, one slip from "colonel"
    [InlineData("Marques Zorvex")]   // a family name, one slip from "marquess"
    [InlineData("Sheik Zorvex")]     // a title itself, set aside as such
    [InlineData("Emor Zorvex")]      // short: a slip of "emir" says nothing
    public void A_name_near_a_title_stays_a_name(string name)
    {
        var form = NameParser.Parse(name, NameReading.Person);
        Assert.Equal(name.Split(' ')[0].ToLowerInvariant(), form.Tokens.Count == 2 ? form.Tokens[0].Text : form.Titles.FirstOrDefault());
    }
}
