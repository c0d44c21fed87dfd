using Argus.Names;

namespace Argus.Tests.Names;

public class SoundClassesTests
{
    [Theory]
    [InlineData("aleksandr", "RKSNTR")]
    [InlineData("arekusandoru", "RKSNTR")]     // Kana's vowels after each consonant, one letter for l and r
    [InlineData("vladimir", "BRTMR")]
    [InlineData("beulladimileu", "BRTMR")]     // Hangul: b for v, eu added, l for r
    [InlineData("kuzhugetovich", "KSKTBS")]
    [InlineData("kuzugetobich", "KSKTBS")]     // Greek: no zh, β for v
    [InlineData("ammash", "MS")]               // a doubled letter is one
    [InlineData("farhat", "BRT")]              // h is left out
    [InlineData("maxim", "MKSM")]
    public void Spellings_reduce_to_broad_consonant_classes(string text, string expected) =>
        Assert.Equal(expected, SoundClasses.Of(text));

    [Fact]
    public void Other_consonants_stay_apart() =>
        Assert.NotEqual(SoundClasses.Of("morozov"), SoundClasses.Of("morozko"));
}

public class SoundedReadingsTests
{
    [Theory]
    [InlineData("アレクサンドル モロゾフ", "arekusandoru morozofu")]
    [InlineData("Мицхаел Сцхмидт", "Michael Schmidt")]          // Cyrillic letter for letter: цх is ch
    [InlineData("ቭላዲሚር ኮቫሌንኮ", "veladimir kovaleneko")]     // Ge'ez: the schwa read e
    public void A_name_written_by_sound_is_read_back_letter_for_letter(string name, string expected) =>
        Assert.Contains(expected, SoundedReadings.LatinReadings(name));

    [Fact]
    public void Greek_is_read_both_the_modern_and_the_classical_way()
    {
        var readings = SoundedReadings.LatinReadings("Βικτορ");
        Assert.Contains("Viktor", readings);
        Assert.Contains("Biktor", readings);
    }

    [Fact]
    public void A_word_the_transliterator_writes_in_syllables_stays_one_token()
    {
        var form = Assert.Single(SoundedReadings.Forms("ซะกะริะ", NameReading.Person));
        var token = Assert.Single(form.Tokens);
        Assert.Equal(NameScript.Thai, token.SoundedFrom);
    }

    [Theory]
    [InlineData("Vladimir Kovalenko")]
    [InlineData("محمد")]          // unpointed Arabic is read by its consonants, not so
    public void Only_names_of_scripts_that_write_by_sound_are_read_so(string name) =>
        Assert.Empty(SoundedReadings.LatinReadings(name));

    [Theory]
    [InlineData("김서연")]            // a family name and a given name in one word
    [InlineData("김 서연")]
    [InlineData("Ольга Степанова")]  // a Russian name: its BGN reading is the name's own form
    public void Korean_and_russian_names_are_left_to_their_own_readings(string name) =>
        Assert.Empty(SoundedReadings.LatinReadings(name));

    [Theory]
    [InlineData("Петровиц Драган")]   // -иц for -ić
    [InlineData("Йамал Саыыах")]      // й before а, ы after a vowel
    [InlineData("Уалид Хамид")]       // у before a vowel at the start, for w
    [InlineData("Мицхаел Сцхмидт")]   // цх, сх
    public void Cyrillic_written_letter_for_letter_is_read_so(string name) =>
        Assert.True(SoundedReadings.LetterForLetter(name));

    [Fact]
    public void A_hangul_name_of_a_foreign_shape_is_read_by_sound() =>
        Assert.NotEmpty(SoundedReadings.LatinReadings("블라디미르 코발렌코"));
}

