using Argus.Names;

namespace Argus.Tests.Names;

public class ConsonantSkeletonTests
{
    [Theory]
    [InlineData("mohammed", "MHMD")]
    [InlineData("abdullah", "BDL")]
    [InlineData("khalid", "XLD")]
    [InlineData("shahid", "CHD")]
    [InlineData("djamel", "JML")]
    [InlineData("tsoi", "S")]
    public void Latin_tokens_reduce_to_consonant_classes(string token, string expected) =>
        Assert.Equal(expected, ConsonantSkeleton.OfLatin(token));

    [Theory]
    [InlineData("محمد", "MHMD")]
    [InlineData("عبدالله", "BDL")]
    [InlineData("فاطمة", "FTM")]
    [InlineData("خالد", "XLD")]
    public void Abjad_words_reduce_to_the_same_classes_without_vowel_letters(string word, string expected) =>
        Assert.Equal(expected, ConsonantSkeleton.OfAbjad(word).Primary);

    [Theory]
    [InlineData("ذاکر", "zakir")]       // ذ read z in Persian
    [InlineData("ذاکر", "dhakir")]      // and dh in Arabic
    [InlineData("ثاقب", "saqib")]       // ث read s
    [InlineData("عثمان", "othman")]     // or th
    [InlineData("فاضل", "fazel")]       // ض read z
    [InlineData("فاضل", "fadil")]       // or d
    [InlineData("قادر", "ghader")]      // ق read gh
    [InlineData("صالح", "salah")]       // a final h written
    [InlineData("لكحل", "lakhal")]      // k + h written kh
    [InlineData("إسحاق", "ishak")]      // s + h written sh
    [InlineData("فتحي", "fathi")]       // t + h written th
    [InlineData("أدهم", "adham")]       // d + h written dh
    [InlineData("مشعل", "mishal")]      // and sh still one letter
    [InlineData("طه", "taha")]          // a final he said as h after an unwritten vowel
    [InlineData("חסדאי", "chasdai")]    // a Latin ch for het
    [InlineData("فاطمه", "fatemeh")]    // or not said
    [InlineData("خالد", "khaled")]      // kh one letter
    [InlineData("عوض", "ewaz")]
    [InlineData("ایوب", "ayyub")]       // one consonant, short on both sides
    [InlineData("משה", "moshe")]
    [InlineData("ليلى", "layla")]       // the same consonant again after a vowel is another
    [InlineData("حداد", "haddad")]
    public void Latin_spellings_read_the_abjad_word(string word, string latin) =>
        Assert.True(ConsonantSkeleton.Reads(word, latin), $"{word} / {latin}");

    [Theory]
    [InlineData("حداد", "daadaa")]      // ح is a consonant, not a vowel
    [InlineData("خالد", "halwa")]
    [InlineData("يوسف", "hafs")]
    [InlineData("علي", "elisabeth")]    // one consonant against a long name
    [InlineData("ليلى", "ali")]
    public void Other_names_do_not(string word, string latin) =>
        Assert.False(ConsonantSkeleton.Reads(word, latin), $"{word} / {latin}");

    // Bet is often v and kaf often ch in the Latin spellings of Hebrew names; against Arabic letters v and
    // ch keep their usual readings.
    [Theory]
    [InlineData("שרביט", "sharvit", true)]
    [InlineData("זיכרמן", "zicherman", true)]
    [InlineData("שלום", "shalom", true)]
    [InlineData("שרביט", "sharit", false)]
    [InlineData("זיכרמן", "zimerman", false)]
    public void Hebrew_words_read_v_as_bet_and_ch_as_kaf(string word, string latin, bool reads) =>
        Assert.Equal(reads, ConsonantSkeleton.Reads(word, latin));

    [Fact]
    public void Only_latin_tokens_holding_v_or_ch_have_a_hebrew_reading()
    {
        Assert.Equal("CRBT", ConsonantSkeleton.OfLatinAsHebrew("sharvit"));
        Assert.Equal("DKRMN", ConsonantSkeleton.OfLatinAsHebrew("zicherman"));
        Assert.Null(ConsonantSkeleton.OfLatinAsHebrew("shalom"));
        Assert.Equal("CRT", ConsonantSkeleton.OfLatin("sharvit"));
        Assert.False(ConsonantSkeleton.Reads("شربيت", "sharvit"));
    }

    [Theory]
    [InlineData("ځدران", "DDRN")]   // Pashto dz and d: two letters of one class, two sounds (Zadran)
    [InlineData("الله", "L")]       // one letter written twice: one sound
    public void Only_a_letter_written_twice_is_one_sound(string word, string expected) =>
        Assert.Equal(expected, ConsonantSkeleton.OfAbjad(word).Primary);

    [Theory]
    [InlineData("فيكتور", "viktor")]        // Arabic script writes a European v as f
    [InlineData("سيتشين", "sechin")]        // and ch as tsh
    [InlineData("ماتفيينكو", "matviyenko")]
    [InlineData("סצ'ין", "sechin")]          // Hebrew writes ch as tsadi with a geresh
    [InlineData("ינוקוביץ'", "yanukovych")]  // bet for v, and the geresh at the end
    [InlineData("ג'ורג'", "george")]          // gimel with a geresh is j
    public void Scripts_write_the_sounds_they_lack_as_their_press_does(string word, string latin) =>
        Assert.True(ConsonantSkeleton.Reads(word, latin), $"{word} / {latin}");

    [Theory]
    [InlineData("فيكتور", "vikram")]   // another consonant still tells names apart
    [InlineData("سيتشين", "setin")]
    [InlineData("סצ'ין", "semin")]
    public void Those_readings_keep_other_names_apart(string word, string latin) =>
        Assert.False(ConsonantSkeleton.Reads(word, latin), $"{word} / {latin}");
}
