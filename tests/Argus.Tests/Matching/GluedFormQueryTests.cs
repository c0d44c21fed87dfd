using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>A query whose first or last word has a legal form glued to it is also read with the form apart, so the index finds it.</summary>
public sealed class GluedFormQueryTests
{
    private static WatchlistEntity Company(string reference, string caption) =>
        Storage.StoreFixtures.Organization(Datasets.OfacSdn, reference, caption);

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(
        [Company("4000", "Qorvexneft PJSC"), Company("4001", "LLC Zanthorbel"), Company("4002", "Qorvexneft Trading Holding"),
         Company("4003", "CORPORATIVO ZELMARFI, S.A. DE C.V.")]);

    [Theory]
    [InlineData("QORVEXNEFTPJSC", "us_ofac_sdn-4000")]
    [InlineData("qorvexneftpjsc", "us_ofac_sdn-4000")]
    [InlineData("LLCZANTHORBEL", "us_ofac_sdn-4001")]
    [InlineData("CORPORATIVO ZELMARFIS.A. DE C.V.", "us_ofac_sdn-4003")]
    public void A_glued_legal_form_query_finds_the_listed_company(string query, string id)
    {
        var results = Index.Screen(ScreeningQuery.ForName(query));
        Assert.NotEmpty(results);
        Assert.Equal(id, results[0].Entity.Id);
        Assert.True(results[0].Match);
    }

    [Theory]
    [InlineData("QORVEXNEFTPJSC", "QORVEXNEFT PJSC")]
    [InlineData("llcbitvan trading", "llc bitvan trading")]
    [InlineData("Natalia IVANOVA", null)] // no form at either end
    [InlineData("Alisha Moussa", null)] // "sha", "ussa": too short a rest, or no form
    [InlineData("Qorvex Company", null)] // the form is a word already
    public void Only_a_form_of_three_letters_or_more_beside_four_letters_or_more_is_read_apart(string name, string? apart) =>
        Assert.Equal(apart, QueryReadings.GluedFormApart(name));

    [Fact]
    public void A_persons_query_is_not_read_so() =>
        Assert.Equal(["QORVEXNEFTPJSC"], QueryReadings.Of("QORVEXNEFTPJSC", NameReading.Person));

    [Theory]
    [InlineData("CORPORATIVO ZELMARFIS.A. DE C.V.", "CORPORATIVO ZELMARFI S.A. DE C.V.")]
    [InlineData("GOLDEN FISHS.A.L. (OFFSHORE)", "GOLDEN FISH S.A.L. (OFFSHORE)")]
    [InlineData("J.R.R. Trading S.A.", null)]   // dotted letters alone, or apart already
    [InlineData("ABS.A.", null)]                // too short a word before them
    [InlineData("Zelmar Co.Ltd.", null)]        // not single letters
    public void Dotted_letters_glued_to_the_word_before_are_read_apart(string name, string? apart) =>
        Assert.Equal(apart, QueryReadings.DottedInitialismApart(name));

    [Theory]
    [InlineData("RimYong-hwan", "Rim Yong-hwan")]                       // a capital after small letters
    [InlineData("SALIM, Muhammad AymanNasir-al-Din", "SALIM, Muhammad Ayman Nasir-al-Din")]
    [InlineData("KAMAL BEN HASSANAL-HAMRAOUI", "KAMAL BEN HASSAN AL-HAMRAOUI")] // the article run into the word before
    [InlineData("AL-HAMRAOUI", null)]                                   // the article where it belongs
    [InlineData("McD", null)]                                           // too short a rest
    [InlineData("Kim Jong Un", null)]
    public void Words_a_missing_space_ran_together_are_read_apart(string name, string? apart) =>
        Assert.Equal(apart, QueryReadings.GluedWordsApart(name));

    [Fact]
    public void Dotted_letters_glued_to_a_number_are_read_apart() =>
        Assert.Equal("TRANSPORTES ZELMAR 2000 S.A.", QueryReadings.DottedInitialismApart("TRANSPORTES ZELMAR 2000S.A."));
}
