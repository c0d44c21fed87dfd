using Argus.Names;

namespace Argus.Tests.Names;

public class NameParserTests
{
    private static string[] Texts(string name, NameReading reading = NameReading.Any) =>
        NameParser.Parse(name, reading).Tokens.Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("Ri Pyeong-chol", "ri pyeong chol")]
    [InlineData("P'yŏng Ch'ŏl", "pyong chol")]
    [InlineData("Pyo’ng", "pyong")]
    [InlineData("  KIM   Jong-Un ", "kim jong un")]
    [InlineData("José Ñúñez Müller", "jose nunez muller")]
    [InlineData("Straße", "strasse")]
    [InlineData("V. Putin", "v putin")]
    public void Normalises_case_diacritics_apostrophes_hyphens_and_dots(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', Texts(name)));

    [Fact]
    public void Reads_surname_comma_given_names_with_the_given_names_first()
    {
        Assert.Equal("jong un kim", string.Join(' ', Texts("KIM, Jong Un", NameReading.Person)));
        Assert.Equal("acme", NameParser.Parse("Acme, Inc.").Normalised);
    }

    [Fact]
    public void Transliterates_cyrillic()
    {
        Assert.Equal(["vladimir", "putin"], Texts("Владимир Путин"));
    }

    [Fact]
    public void Splits_hangul_into_syllables_and_reads_the_family_name_by_custom()
    {
        var form = NameParser.Parse("리병철");
        Assert.Equal(3, form.Tokens.Count);
        Assert.All(form.Tokens, t => Assert.Equal(NameScript.Hangul, t.Script));
        Assert.Equal("ri", form.Tokens[0].Text);
        Assert.Equal("byeong", form.Tokens[1].Text);
        Assert.Equal("cheol", form.Tokens[2].Text);
    }

    [Fact]
    public void Sets_titles_aside_as_evidence()
    {
        var form = NameParser.Parse("Marshal Ri Pyong Chol", NameReading.Person);
        Assert.Equal(["marshal"], form.Titles);
        Assert.Equal("ri pyong chol", form.Normalised);
        Assert.Equal(["sheikh"], NameParser.Parse("Sheikh Ahmed Yassin").Titles);
    }

    [Theory]
    [InlineData("The Right Honourable Jane Doe", "the right honourable")] // rigour's honorifics, as many words as they have
    [InlineData("Hon. Jane Doe", "hon")]
    [InlineData("Frau Jane Doe", "frau")]
    [InlineData("His Excellency Jane Doe", "his excellency")]
    public void Sets_aside_the_honorifics_of_the_name_data(string name, string title)
    {
        var form = NameParser.Parse(name, NameReading.Person);
        Assert.Equal([title], form.Titles);
        Assert.Equal("jane doe", form.Normalised);
    }

    [Theory]
    [InlineData("Rosneft Oil Company, PJSC", "rosneft oil company", "JSC")]
    [InlineData("OOO Romashka", "romashka", "LLC")]
    [InlineData("Acme Trading Co., Ltd.", "acme trading", "LLC")]
    [InlineData("Grupo Alfa S.A. de C.V.", "grupo alfa", "JSC")]
    [InlineData("Example GmbH", "example", "LLC")]
    public void Sets_legal_forms_aside_for_companies(string name, string expectedTokens, string expectedForm)
    {
        var form = NameParser.Parse(name, NameReading.Organisation);
        Assert.Equal(expectedTokens, form.Normalised);
        Assert.Equal(expectedForm, form.LegalForm);
    }

    [Fact]
    public void A_person_name_keeps_tokens_that_look_like_legal_forms()
    {
        Assert.Equal("ali as", NameParser.Parse("Ali As", NameReading.Person).Normalised);
    }

    [Fact]
    public void Marks_particles_numbers_and_initials()
    {
        var form = NameParser.Parse("Abd al-Rahman bin Laden No. 2 II");
        var roles = form.Tokens.Select(t => (t.Text, t.Role)).ToArray();
        Assert.Contains(("al", TokenRole.Particle), roles);
        Assert.Contains(("bin", TokenRole.Particle), roles);
        Assert.Contains(("2", TokenRole.Number), roles);
        Assert.DoesNotContain(roles, r => r.Text == "no");
        Assert.Equal(TokenRole.Initial, NameParser.Parse("V. Putin").Tokens[0].Role);
    }

    [Fact]
    public void Splits_joined_arabic_prefixes()
    {
        Assert.Equal(["abdul", "rahman"], Texts("Abdulrahman"));
        Assert.Equal(["abdullah"], Texts("Abdullah"));
    }

    [Fact]
    public void A_field_of_alternatives_gives_each_name()
    {
        Assert.Equal(["COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)", "CAGL", "GREAT LAKES BUSINESS COMPANY (GLBC)", "GLBC"],
            NameParser.Alternatives("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)"));
    }

    [Fact]
    public void Words_in_parentheses_are_also_read_as_part_of_the_name_acronyms_alone_and_akas_not()
    {
        Assert.Equal(["AL-HARAMAIN (AFGHANISTAN BRANCH)", "AL-HARAMAIN AFGHANISTAN BRANCH"], NameParser.Alternatives("AL-HARAMAIN (AFGHANISTAN BRANCH)"));
        Assert.Equal(["HARAKAT UL-MUJAHIDIN (HUM)", "HUM"], NameParser.Alternatives("HARAKAT UL-MUJAHIDIN (HUM)"));
        // One word naming a country says which branch it is; a one-word acronym is a name of its own.
        Assert.Equal(["AL-HARAMAIN (BANGLADESH)", "AL-HARAMAIN BANGLADESH"], NameParser.Alternatives("AL-HARAMAIN (BANGLADESH)"));
        Assert.Equal(["ISLAMIC JIHAD UNION (IJU)", "IJU"], NameParser.Alternatives("ISLAMIC JIHAD UNION (IJU)"));
        Assert.Equal(["Techpribor (also known as Public Joint Stock Company Techpribor)"],
            NameParser.Alternatives("Techpribor (also known as Public Joint Stock Company Techpribor)"));
        // The parsed name itself still leaves the aside out.
        Assert.Equal("al haramain", NameParser.Parse("AL-HARAMAIN (AFGHANISTAN BRANCH)", NameReading.Organisation).Normalised);
    }

    [Theory]
    [InlineData("Transsphere Oy", true)]
    [InlineData("Shenzhen Winthought Technology", true)]
    [InlineData("33rd Scientific Research and Testing Institute", true)]
    [InlineData("ABDIEL PADRON MADRID", false)]
    [InlineData("Olga Naumova", false)]
    public void A_name_with_a_legal_form_or_an_organisation_word_is_an_organisations(string name, bool organisation)
    {
        Assert.Equal(organisation, NameVocabulary.IsOrganisationName(name));
    }

    [Fact]
    public void Splits_the_arabic_article_from_its_name_but_keeps_it_with_abd()
    {
        Assert.Equal(["al", "rwf"], NameParser.Parse("الروف").Tokens.Select(t => t.Role == TokenRole.Particle ? "al" : t.Text));
        var abd = NameParser.Parse("عبد الروف ذاکر").Tokens;
        Assert.Equal(3, abd.Count);
        Assert.Equal("BDL", abd[0].Skeleton);
        Assert.Single(NameParser.Parse("عبدالله").Tokens);
        Assert.Single(NameParser.Parse("عبد الله").Tokens);
        // Urdu's ہ is the he of Allah: the word is not split as an article.
        Assert.Equal(2, NameParser.Parse("ثناء اللہ").Tokens.Count);
        Assert.Equal("L", NameParser.Parse("اللہ").Tokens.Single().Skeleton);
    }

    [Fact]
    public void Reads_latin_letters_typed_into_cyrillic_words_as_cyrillic()
    {
        Assert.Equal("melnik", NameParser.Parse("МЕЛЬНIК").Normalised);
        Assert.Equal("yaakubets", NameParser.Parse("ЯAКУБЕЦ").Normalised);
        Assert.Equal("john smith", NameParser.Parse("John Smith").Normalised);
    }

    [Fact]
    public void Writes_cyrillic_yo_and_ukrainian_letters_as_the_lists_do()
    {
        Assert.Equal("alyoshina", NameParser.Parse("Алёшина").Normalised);
        Assert.Equal("salyayev", NameParser.Parse("Саляєв").Normalised);
    }

    [Fact]
    public void A_connector_last_in_a_name_is_a_name_part()
    {
        Assert.All(NameParser.Parse("Su Bin").Tokens, t => Assert.Equal(TokenRole.Name, t.Role));
        Assert.Equal(TokenRole.Particle, NameParser.Parse("Osama bin Laden").Tokens[1].Role);
    }

    [Fact]
    public void Abd_before_a_vowel_is_not_split()
    {
        Assert.Equal(["abdoulay", "diallo"], NameParser.Parse("Abdoulay Diallo").Tokens.Select(t => t.Text));
        Assert.Equal(["abd", "rahman"], NameParser.Parse("Abdrahman").Tokens.Select(t => t.Text));
    }

    [Fact]
    public void An_arabic_name_read_in_latin_letters_is_not_taken_for_a_title()
    {
        var omar = NameParser.Parse("عمر جابر", NameReading.Person);
        Assert.Empty(omar.Titles);
        Assert.Equal(2, omar.Tokens.Count);
        Assert.Equal(["mr"], NameParser.Parse("Mr John Smith", NameReading.Person).Titles);
    }

    [Fact]
    public void The_syllables_of_a_hangul_given_name_written_as_one_word_are_one_name_part()
    {
        var tokens = NameParser.Parse("서태양").Tokens;
        Assert.Equal(3, tokens.Count);
        Assert.False(tokens[0].JoinedToNext);   // the family name stands alone
        Assert.True(tokens[1].JoinedToNext);    // 태 + 양 is one given name
        Assert.False(tokens[2].JoinedToNext);
    }

    [Theory]
    [InlineData("Kim Jong Un\u001b[5m")]               // a colour code pasted with the name
    [InlineData("Kim \u001b[1;31mJong\u001b[0m Un")]    // codes between the words
    [InlineData("\u001b]0;title\aKim Jong Un")]        // a window title, ended by BEL
    [InlineData("\u001b]0;title\u001b\\Kim Jong Un\u001b")]
    public void Terminal_control_sequences_are_not_words_of_the_name(string name) =>
        Assert.Equal(["kim", "jong", "un"], NameParser.Parse(name).Tokens.Select(t => t.Text));

    [Theory]
    [InlineData("MICHAŁ PAWŁOWSKI", "Michal Pawlowski")]   // a capital Ł is a capital L, not a small l read as I
    [InlineData("ŁUKASZ KOWALSKI", "Lukasz Kowalski")]
    public void Capital_letters_with_strokes_stay_capitals(string written, string plain) =>
        Assert.Equal(NameParser.Parse(plain).Tokens.Select(t => t.Text), NameParser.Parse(written).Tokens.Select(t => t.Text));
}
