using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Tests.Names;

// Invented names, each written by one national system as that system writes Russian.
public class CyrillicRomanisationsTests
{
    [Theory]
    [InlineData("german", "Jewgeni Wassiljewitsch Kaschin", "Yevgeni Vasilyevich Kashin")]
    [InlineData("german", "Pjotr Tschernow", "Pyotr Chernov")]
    [InlineData("polish", "Siergiej Wiaczesławowicz Szarow", "Sergey Vyacheslavovich Sharov")]
    [InlineData("polish", "Jurij Żukow", "Yuriy Zhukov")]
    [InlineData("czech", "Vjačeslav Michajlovič Šubin", "Vyacheslav Mikhaylovich Shubin")]
    [InlineData("latvian", "Sergejs Lavrenovs", "Sergey Lavrenov")]
    [InlineData("latvian", "Mihails Borisovičs Kuzins", "Mikhail Borisovich Kuzin")]
    [InlineData("lithuanian", "Sergejus Vladimirovičius Lavrenovas", "Sergey Vladimirovich Lavrenov")]
    [InlineData("french", "Evgueni Koudrine", "Evgeni Kudrin")]
    [InlineData("french", "Sergueï Tchoïgou", "Sergey Choygu")]
    [InlineData("spanish", "Yevgueni Jarlamov", "Yevgeni Kharlamov")]
    [InlineData("turkish", "Sergey Şukin", "Sergey Shukin")]
    public void A_system_reads_its_spelling_as_the_lists_write_it(string system, string written, string lists) =>
        Assert.Equal(lists, CyrillicRomanisations.Read(system, written));

    [Fact]
    public void A_spanish_j_marks_a_name_that_ends_as_russian_names_do()
    {
        Assert.Contains("Aleksandr Vladimirovich Khabarov", CyrillicRomanisations.Readings("Aleksandr Vladimirovich Jabarov"));
        Assert.Contains("Khor Gleb Yakovlevich", CyrillicRomanisations.Readings("Jor Gleb Yakovlevich"));
    }

    // Invented Arabic names, as Spanish, Turkish, German and French spell them.
    [Theory]
    [InlineData("arabic-spanish", "Jalid Chaban", "Khalid Shaban")]
    [InlineData("arabic-spanish", "Uasim", "Wasim")]
    [InlineData("arabic-turkish", "Cemal Şerif", "Jemal Sherif")]
    [InlineData("arabic-german", "Dschamal Jusuf", "Jamal Yusuf")]
    [InlineData("arabic-french", "Oualid Djamel Chaabane", "Walid Jamel Shaabane")]
    [InlineData("arabic-french", "Sahraoui", "Sahrawi")]                     // ou between vowels
    public void Spellings_of_arabic_names_are_read_as_the_lists_write_them(string system, string written, string lists) =>
        Assert.Equal(lists, CyrillicRomanisations.Read(system, written));

    [Theory]
    [InlineData("Chaled Ahmad", "Khaled Ahmad")]    // German ch for خ
    [InlineData("Uatban Ahmad", "Watban Ahmad")]    // Spanish u for و
    [InlineData("Oualid Ahmad", "Walid Ahmad")]     // French ou for و
    public void A_spelling_of_a_name_with_an_arabic_word_is_marked_by_its_letters(string name, string reading) =>
        Assert.Contains(reading, CyrillicRomanisations.Readings(name));

    [Fact]
    public void A_letter_for_two_arabic_letters_gives_a_second_reading() =>
        Assert.Contains("Ali Khamiz Aziz", CyrillicRomanisations.Readings("Ali Jamis Asis"));   // Spanish s for ز

    [Theory]
    [InlineData("Richard Smith")]          // no word of Arabic names
    [InlineData("Wu Jing")]                // pinyin j
    [InlineData("Ali Petrovich")]          // a Russian patronymic: the ch is Russian
    public void Arabic_spellings_mark_only_arabic_names(string name) =>
        Assert.DoesNotContain(CyrillicRomanisations.Readings(name), r => r.Contains("kh", StringComparison.OrdinalIgnoreCase) || r.Contains("sh", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Capitals_stay_capitals() =>
        Assert.Equal("LAVRENOV", CyrillicRomanisations.Read("latvian", "LAVRENOVS"));

    [Fact]
    public void A_letter_that_stands_for_two_sounds_gives_a_second_reading()
    {
        // German s is с or з, sch is ш or ж: Sacharow is Zakharov, Saschin is Sazhin.
        Assert.Contains("Zakharov", CyrillicRomanisations.Readings("Sacharow"));
        Assert.Contains("Zazhin", CyrillicRomanisations.Readings("Saschin"));
        Assert.Contains("Sashin", CyrillicRomanisations.Readings("Saschin"));
    }

    [Theory]
    [InlineData("John Smith")]
    [InlineData("Mohamed Salah")]
    [InlineData("Kim Jong Un")]
    public void A_name_no_system_marks_has_no_reading(string name) =>
        Assert.Empty(CyrillicRomanisations.Readings(name));

    [Fact]
    public void A_latvian_ending_is_taken_off_only_after_a_consonant() =>
        Assert.Equal("Yelena Kasyan", CyrillicRomanisations.Read("latvian", "Jelena Kasjans"));

    [Fact]
    public void Every_system_of_the_table_is_read() =>
        Assert.Equal(["german", "polish", "czech", "latvian", "lithuanian", "french", "spanish", "turkish", "arabic-spanish", "arabic-turkish", "arabic-german", "arabic-french"], CyrillicRomanisations.SystemNames);

    [Theory]
    [InlineData("Siergiej Ławrienow", "Sergey Lavrenov")]
    [InlineData("Sergejs Lavrenovs", "Sergei LAVRENOV")]
    [InlineData("Jewgeni Prigaschin", "Yevgeniy Prigazhin")]
    [InlineData("Evgueni Prigajine", "Yevgeny Prigazhin")]
    public void A_national_spelling_matches_the_list_spelling(string query, string listName) =>
        Assert.True(PairScorer.Default.Score(query, listName, EntitySchema.Person).Match, $"{query} / {listName}");

    [Theory]
    [InlineData("Gennady Olegovich VORONKOV", "Gennadij Olegovič VORONKOV")]  // the second name is the national spelling
    [InlineData("Sergei LAVRENOV", "Sergejs Lavrenovs")]
    public void Two_names_are_read_alike_whichever_gives_the_national_spelling(string first, string second) =>
        Assert.True(PairScorer.Default.Score(first, second, EntitySchema.Person).Match, $"{first} / {second}");

    [Fact]
    public void An_arabic_name_the_table_knows_is_not_read_by_a_national_system()
    {
        // "aj" marks Latvian and Czech; Mohammad and Mahmoud stay as the lists write them, not Mokhammad / Makhmoud.
        var readings = CyrillicRomanisations.Readings("Vahid Mohammad Naser MAJID");
        Assert.NotEmpty(readings);
        Assert.All(readings, r => Assert.Contains("Mohammad", r));
        // Two names the table tells apart stay unpaired: the score is what the other parts give, not a vowel variant's.
        var cmp = PairScorer.Default.Score("Vahid Mohammad Naser MAJID", "Vahid Mahmoud Naser MAJID", EntitySchema.Person).Comparison;
        Assert.Contains(MatchExplainer.Tokens(cmp), t => t.QueryToken == "Mohammad" && t.ListToken is null);
    }

    [Fact]
    public void Readings_are_read_for_people_not_organisations()
    {
        Assert.Contains("Sergey Lavrenov", QueryReadings.Of("Sergejs Lavrenovs", NameReading.Person));
        Assert.DoesNotContain("Sergey Lavrenov", QueryReadings.Of("Sergejs Lavrenovs", NameReading.Organisation));
    }

    [Theory]
    [InlineData("Zhou Lan")]       // French ou
    [InlineData("Liu Shouxian")]
    public void A_chinese_name_in_pinyin_is_not_read_as_another_nations_romanisation(string name)
    {
        Assert.NotEmpty(CyrillicRomanisations.Readings(name));   // its letters bear a system's marks
        Assert.Equal([name], QueryReadings.Of(name, NameReading.Person));
    }

    [Theory]
    [InlineData("Zhou Na", true)]
    [InlineData("Chen Mengyao", true)]
    [InlineData("Chen Lena", false)]      // no syllable only Chinese writes
    [InlineData("Sergueï Choïgou", false)]
    public void A_name_of_pinyin_syllables_with_one_only_chinese_writes_is_chinese(string name, bool chinese) =>
        Assert.Equal(chinese, PinyinSyllables.IsPinyinName(name));
}
