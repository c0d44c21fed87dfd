using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>Latin names written by sound in another script, against their Latin spelling (<see cref="Argus.Names.SoundedReadings"/>).</summary>
public class SoundedNameTests
{
    private static double Score(string q, string c) => PairScorer.Default.Score(q, c, EntitySchema.Person).Score;

    [Theory]
    [InlineData("アレクサンドル モロゾフ", "Aleksandr MOROZOV")]     // Kana: added vowels, r for l, f for v
    [InlineData("블라디미르 코발렌코", "Vladimir Kovalenko")]         // Hangul: b for v, eu added
    [InlineData("ቭላዲሚር ኮቫሌንኮ", "Vladimir Kovalenko")]          // Ge'ez
    [InlineData("Мицхаел Сцхмидт", "Michael Schmidt")]               // Cyrillic letter for letter
    [InlineData("بِيتَر مِيلَر", "Peter Miller")]                      // pointed Arabic: b for p
    [InlineData("Σταμπανοβ Ιβαν", "Ivan STAMPANOV")]                   // Greek: β for v
    public void A_name_written_by_sound_matches_its_latin_spelling(string q, string c) =>
        Assert.True(Score(q, c) >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    [Theory]
    [InlineData("アレクサンドル モロゾフ", "Aleksandr Morozko")]      // one consonant otherwise
    [InlineData("블라디미르 코발렌코", "Vladimir Kovalchuk")]
    [InlineData("김서준", "Kim Seo-jin")]                               // Korean syllables stay with the Korean readings
    [InlineData("송예준", "Joanna Zhong")]                              // a Korean name is not read by sound
    public void Another_name_does_not(string q, string c) =>
        Assert.True(Score(q, c) < ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    [Theory]
    [InlineData("Σταμπανοβ", "stampanov", true)]
    [InlineData("Σταμπανοβ", "stampanova", false)]    // an alphabet writes the last vowel
    [InlineData("スタンパノフ", "stampanov", true)]     // Kana adds one (sutanpanofu)
    public void Words_read_from_an_alphabet_end_as_their_latin_spelling(string word, string latin, bool agree)
    {
        var sounded = SoundedReadings.Forms(word, NameReading.Person).SelectMany(f => f.Tokens);
        var token = NameParser.Parse(latin, NameReading.Person).Tokens[0];
        Assert.Equal(agree, sounded.Any(t => TokenComparer.SoundedAgree(t, token)));
    }
}

/// <summary>A word written by sound that holds several names (no spaces in Thai, or a Kana word of two names).</summary>
public class SoundedSplitTests
{
    private static double Score(string q, string c) => PairScorer.Default.Score(q, c, EntitySchema.Person).Score;

    [Theory]
    [InlineData("アレクサンドルモロゾフ", "Aleksandr MOROZOV")]
    [InlineData("モロゾフアレクサンドル", "Aleksandr MOROZOV")]   // in either order
    public void A_word_of_several_names_is_split_against_the_list_names_tokens(string q, string c) =>
        Assert.True(Score(q, c) >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    [Fact]
    public void A_word_that_spells_only_some_of_them_is_not() =>
        Assert.True(Score("アレクサンドルモロゾフ", "Aleksandr Morozko") < ScoreCalibration.DefaultThreshold);

    // Invented names written letter for letter by ICU's Latin-Thai, which writes h as ก, c as จ and no spaces.
    [Theory]
    [InlineData("กะดริกจะลเฤซโต", "Hadrik CALVESTO")]  // h and c as the transliterator writes them
    [InlineData("โรฤิจเซลฤะน", "SELVAN, Rovic")]        // c and s one sound where the words meet
    [InlineData("กะรุนกะลเฤซก", "Harun Kalvesh")]
    public void A_thai_word_written_letter_for_letter_is_split_as_the_transliterator_writes_the_tokens(string q, string c) =>
        Assert.True(Score(q, c) >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    // Invented names written letter for letter by ICU's Latin-Hebrew, Latin-Hangul, Latin-Greek and Latin-Cyrillic.
    [Theory]
    [InlineData("כַורִקהֶו Tomas", "Tomas KAVRICHEV")]    // ch written קה, read qh
    [InlineData("클노랓 Tomas", "Tomas KRNOLAC")]          // r written ㄹ, c ㅊ
    [InlineData("κιφαρεντα Tomas", "Tomas CIFARENTA")]    // c written κ
    [InlineData("есцолвар рицанто", "ESCOLVAR, Ricanto")] // c written ц
    public void A_word_written_letter_for_letter_matches_the_latin_spelling_written_so(string q, string c) =>
        Assert.True(Score(q, c) >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    [Fact]
    public void Kana_writes_an_arabic_final_h_as_fu_and_the_reading_without_it_is_tried_too()
    {
        Assert.Equal("ハサン・ナスルッラー", SoundedReadings.KanaFinalH("ハサン・ナスルッラーフ"));
        Assert.Null(SoundedReadings.KanaFinalH("ユースフ"));   // the f of Yusuf, after no long vowel
        Assert.True(Score("ハサン・カルヴァッラーフ", "KARVALLAH, Hasan") >= ScoreCalibration.DefaultThreshold); // invented
    }

    [Fact]
    public void Thai_letters_of_a_latin_word_read_back_with_the_letters_thai_shares() =>
        Assert.Equal("kadrik", SoundedReadings.AsWrittenIn(NameScript.Thai, "hadrik"));
}

/// <summary>How scripts other than Latin adapt foreign names when the press writes them (not letter for letter).</summary>
public class SoundedAdaptationTests
{
    private static double Score(string q, string c) => PairScorer.Default.Score(q, c, EntitySchema.Person).Score;

    [Theory]
    [InlineData("ウラジーミル・モロゾフ", "Vladimir MOROZOV")]   // Kana: words joined by a middle dot; v before l as u, di as ji
    [InlineData("ドミートリー・コチン", "Dmitry KOTIN")]        // Kana: ti as chi
    [InlineData("व्लादिमीर मोरोज़ोव", "Vladimir MOROZOV")]         // Devanagari: the inherent a Hindi leaves unsaid at the end
    [InlineData("ვლადიმერ მოროზოვი", "Vladimir MOROZOV")]       // Georgian: the -i of the nominative
    [InlineData("คิม จอง-อึน", "KIM Jong Un")]                    // Thai: อ carrying a vowel, จ as j
    public void A_name_as_the_press_of_the_script_writes_it_matches_its_latin_spelling(string q, string c) =>
        Assert.True(Score(q, c) >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    [Theory]
    [InlineData("ვლადიმერ მოროზოვა", "Vladimir MOROZOV")]       // Georgian writes a woman's -a; it is no nominative
    [InlineData("ドミートリー・コチン", "Dmitry KOLESOV")]      // another family name
    public void Another_name_does_not(string q, string c) =>
        Assert.True(Score(q, c) < ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c)}");

    [Fact]
    public void Kana_foreign_sounds_are_undone_in_one_more_reading()
    {
        Assert.Equal("vradimiru putin", SoundedReadings.KanaForeignSounds("urajimiru puchin"));
        Assert.Equal("ivan", SoundedReadings.KanaForeignSounds("iwan"));
        Assert.Null(SoundedReadings.KanaForeignSounds("aresanderu morozofu"));
        Assert.Equal(2, SoundedReadings.LatinReadings("ウラジーミル・プーチン").Count);
    }

    [Fact]
    public void Thai_letters_are_said_as_they_sound()
    {
        Assert.Equal("khim jong-un", SoundedReadings.ThaiSounds("khim cxng-xun"));
        Assert.Equal("al-assad", SoundedReadings.ThaiSounds("xal-xassad"));
        Assert.Null(SoundedReadings.ThaiSounds("chai"));   // ช, ch, is said as written
    }

    [Theory]
    [InlineData(NameScript.Devanagari, 'a', true)]
    [InlineData(NameScript.Devanagari, 'i', false)]
    [InlineData(NameScript.Georgian, 'i', true)]
    [InlineData(NameScript.Georgian, 'a', false)]
    [InlineData(NameScript.Kana, 'u', true)]
    [InlineData(NameScript.Greek, 'a', false)]
    public void Some_scripts_may_end_a_name_in_a_vowel_it_lacks(NameScript script, char vowel, bool may) =>
        Assert.Equal(may, SoundedReadings.MayAddFinalVowel(script, vowel));
}

/// <summary>Greek digraphs for the sounds of foreign names.</summary>
public class GreekForeignSoundsTests
{
    [Theory]
    [InlineData("Αμπράμοβιτς", "abramobits")]
    [InlineData("Ντμίτρι", "dmitri")]
    [InlineData("Ιγκόρ", "igor")]
    [InlineData("Γιανουκόβιτς", "yanoukobits")]
    [InlineData("Σέτσιν", "sechin")]
    public void Digraphs_are_the_latin_sounds_they_write(string word, string latin) =>
        Assert.Equal(latin, ScriptTransliterator.Read("Greek-Latin; Latin-ASCII", SoundedReadings.GreekDigraphs(word)).ToLowerInvariant());

    [Fact]
    public void A_name_written_so_matches_its_latin_spelling() =>
        Assert.True(PairScorer.Default.Score("Ντμίτρι Αμπράμοβ", "Dmitri ABRAMOV", EntitySchema.Person).Score >= ScoreCalibration.DefaultThreshold);

    [Theory]
    [InlineData("Μιχαήλ", "Mikhail")]   // χ is kh
    [InlineData("Χασάν", "Hasan")]      // and the h of an Arabic name
    public void Chi_writes_kh_and_h(string greek, string latin) =>
        Assert.True(PairScorer.Default.Score(greek + " Ζορβέκ", latin + " ZORBEK", EntitySchema.Person).Score >= ScoreCalibration.DefaultThreshold, greek);
}

/// <summary>Hindi as spoken, and words joined by the signs other scripts put between the words of a foreign name.</summary>
public class SpokenReadingsTests
{
    [Theory]
    [InlineData("अल-असद", false, "al-asad")]       // the inherent a left unsaid at the end of each part
    [InlineData("ज़वाहिरी", true, "zawahiri")]      // व as w
    [InlineData("मोरोज़ोव", false, "morozov")]
    [InlineData("सीता", false, "sita")]              // a long a (ा) is said
    public void Hindi_leaves_a_final_inherent_vowel_unsaid(string word, bool w, string latin) =>
        Assert.Equal(latin, SoundedReadings.HindiWithoutFinalSchwa(word, w));

    [Theory]
    [InlineData("バッシャール・アル＝アサド")]
    [InlineData("バッシャール・アル=アサド")]
    public void Kana_words_joined_by_a_dot_or_an_equals_sign_are_words(string name) =>
        Assert.All(SoundedReadings.LatinReadings(name), r => Assert.Equal(3, r.Split(' ').Length));

    [Fact]
    public void Thai_is_read_as_it_sounds_not_letter_by_letter() =>
        Assert.Equal(["khim jong-un"], SoundedReadings.LatinReadings("คิม จอง-อึน"));
}


/// <summary>Foreign names the Chinese press writes in characters, its words joined by a middle dot.</summary>
public class ChineseTranscriptionTests
{
    [Fact]
    public void Only_a_name_of_words_joined_by_a_dot_is_read_by_sound()
    {
        Assert.Equal(NameScript.Han, SoundedReadings.ScriptOf("谢尔盖·莫罗佐夫")?.Script);
        Assert.Null(SoundedReadings.ScriptOf("王伟"));   // a Chinese name is read by its characters
    }

    [Theory]
    [InlineData("xieergai", "sieergai")]
    [InlineData("hasang", "hasan")]
    [InlineData("zhukefu", "jukefu")]
    [InlineData("ladu", null)]
    public void Pinyin_letters_are_the_sounds_they_transcribe(string reading, string? sounds) =>
        Assert.Equal(sounds, SoundedReadings.PinyinSounds(reading));

    [Fact]
    public void A_transcribed_name_matches_its_latin_spelling()
    {
        Assert.True(PairScorer.Default.Score("谢尔盖·莫罗佐夫", "Sergei MOROZOV", EntitySchema.Person).Score >= ScoreCalibration.DefaultThreshold);
        Assert.True(PairScorer.Default.Score("谢尔盖·莫罗佐夫", "Sergei KOVALEV", EntitySchema.Person).Score < ScoreCalibration.DefaultThreshold);
    }
}
