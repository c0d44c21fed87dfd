using System.Globalization;
using System.Text;

namespace Argus.Names;

/// <summary>
/// A query name written in a script that spells foreign names by sound (a Latin list name in Kana,
/// Hangul, Thai, Greek, Ge'ez, Cyrillic letter for letter, or Arabic and Hebrew with their vowel points)
/// read back into Latin letters by ICU's own Script→Latin transliterators, one reading per transform.
/// Each word stays one token, also where the script writes no spaces between the words (Thai): the
/// comparison splits it against the list name's tokens. Tokens of these forms carry the script in
/// <see cref="NameToken.SoundedFrom"/> and are compared by <see cref="SoundClasses"/> too.
/// </summary>
public static class SoundedReadings
{
    /// <summary>ICU transforms that read a script's letters one by one, as a Latin→script spelling wrote them.</summary>
    private static string[] TransformsFor(NameScript script, bool pointed) => script switch
    {
        // The letter-for-letter reading (ц c, х h, ы y, й j) besides the ordinary form's BGN one.
        NameScript.Cyrillic => ["Cyrillic-Latin; Latin-ASCII"],
        // Modern Greek (β v, υ i) and the classical reading (β b, υ y: how Latin letters are written in Greek).
        NameScript.Greek => ["Greek-Latin/UNGEGN; Latin-ASCII", "Greek-Latin; Latin-ASCII"],
        NameScript.Hangul => ["Hangul-Latin; Latin-ASCII"],
        NameScript.Kana => ["Any-Latin; Latin-ASCII"],
        NameScript.Thai => ["Thai-Latin; Latin-ASCII"],
        NameScript.Ethiopic => ["Any-Latin; Latin-ASCII"],
        NameScript.Devanagari => ["Devanagari-Latin; Latin-ASCII"],
        NameScript.Georgian => ["Georgian-Latin; Latin-ASCII"],
        // A foreign name in Chinese characters (弗拉基米尔·普京: its words joined by a middle dot), read in pinyin.
        NameScript.Han => ["Han-Latin; Latin-ASCII"],
        // Unpointed Arabic and Hebrew are read by their consonants (ConsonantSkeleton); points write the vowels.
        NameScript.Arabic or NameScript.Hebrew when pointed => ["Any-Latin; Latin-ASCII"],
        _ => [],
    };

    /// <summary>The script the name is written in by sound, and whether its abjad words carry vowel points; null for others.</summary>
    public static (NameScript Script, bool Pointed)? ScriptOf(string name)
    {
        NameScript? found = null;
        var pointed = false;
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { pointed |= found is NameScript.Arabic or NameScript.Hebrew; continue; }
            if (!char.IsLetter(c)) continue;
            var s = ScriptTransliterator.ScriptOf(c);
            if (s == NameScript.Latin) continue;
            if (found is { } f && f != s) return null;
            found = s;
        }
        if (found is not { } script || TransformsFor(script, pointed).Length == 0) return null;
        // A Korean name is left to the Korean readings, and a Russian one to its BGN reading: only a name
        // that is not one is a foreign name written by sound.
        if (script == NameScript.Hangul && KoreanShaped(name) || script == NameScript.Cyrillic && !LetterForLetter(name)) return null;
        // Chinese characters write a Chinese name by its characters; only a name of words joined by a dot is foreign.
        if (script == NameScript.Han && name.IndexOfAny(['·', '・', '‧', '•']) < 0) return null;
        return (script, pointed);
    }

    /// <summary>
    /// A Hangul name shaped as Korean names are: one word of two to four syllables starting with a family
    /// name (김서연), or a family name apart and a given name of one or two syllables (김 서연, 서연 김).
    /// </summary>
    public static bool KoreanShaped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => !w.All(KoreanReadings.IsSyllable))) return false;
        return words.Length switch
        {
            1 => words[0].Length is >= 2 and <= 4 && KoreanReadings.IsFamilyName(words[0][0]),
            2 => words[0].Length == 1 && KoreanReadings.IsFamilyName(words[0][0]) && words[1].Length <= 2
                || words[1].Length == 1 && KoreanReadings.IsFamilyName(words[1][0]) && words[0].Length <= 2,
            3 => words.All(w => w.Length == 1) && KoreanReadings.IsFamilyName(words[0][0]),
            _ => false,
        };
    }

    /// <summary>
    /// Whether Cyrillic letters write a Latin name letter for letter, as Russian spelling never does: цх сх зх кх
    /// for ch sh zh kh; ы at the start of a word or after a vowel (ыунировисх, саыыах); й after a consonant or
    /// before а or у (койиц, йамал: Russian writes я, ю); у before a vowel at the start (уалид, for w); -иц at
    /// the end of a word (николиц, for -ić); сц for sc (есцобар: Russian writes ск).
    /// </summary>
    public static bool LetterForLetter(string name)
    {
        const string vowels = "аеёиоуыэюя";
        var lower = name.ToLowerInvariant();
        foreach (var pair in (string[])["цх", "сх", "зх", "кх", "йа", "йу", "сц"])
            if (lower.Contains(pair, StringComparison.Ordinal)) return true;
        foreach (var word in lower.Split(' ', '-', ','))
        {
            if (word.Length < 2) continue;
            if (word[0] == 'ы' || word[0] == 'у' && vowels.Contains(word[1]) || word.EndsWith("иц", StringComparison.Ordinal)) return true;
            for (var i = 1; i < word.Length; i++)
                if (word[i] == 'ы' && vowels.Contains(word[i - 1]) || word[i] == 'й' && char.IsLetter(word[i - 1]) && !vowels.Contains(word[i - 1]) && word[i - 1] is not ('ь' or 'ъ')) return true;
        }
        return false;
    }

    /// <summary>Scripts that write a syllable for each consonant (Kana, Hangul, Thai, Ge'ez, and Chinese characters for a foreign name): a vowel at the end of a reading may be one they add.</summary>
    public static bool Syllabic(NameScript script) => script is NameScript.Kana or NameScript.Hangul or NameScript.Thai or NameScript.Ethiopic or NameScript.Han;

    /// <summary>
    /// Whether a reading of this script may end in this vowel where the name ends in a consonant: any vowel of
    /// a syllabic script; the inherent a of Devanagari, which Hindi leaves unsaid at the end of a word
    /// (व्लादिमीर is read <i>vladimira</i>); the -i Georgian adds to a name ending in a consonant (პუტინი, <i>putini</i>).
    /// </summary>
    public static bool MayAddFinalVowel(NameScript script, char vowel) =>
        Syllabic(script) || script == NameScript.Devanagari && vowel == 'a' || script == NameScript.Georgian && vowel == 'i';

    // Kana and others join the words of a foreign name with a middle dot (ウラジーミル・プーチン).
    private static readonly char[] WordSeparators = [' ', '・', '･', '·', '•', '‧', '゠', '=', '＝'];

    /// <summary>The Latin readings of the name, one per transform of its script; empty for a name not written so.</summary>
    public static IReadOnlyList<string> LatinReadings(string name)
    {
        if (ScriptOf(name) is not var (script, pointed)) return [];
        var transforms = TransformsFor(script, pointed);
        var readings = new List<string>(transforms.Length);
        var words = name.Normalize(NormalizationForm.FormKC).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (script == NameScript.Greek) transforms = [.. transforms, GreekForeignSounds];
        if (script == NameScript.Devanagari) transforms = [HindiSpoken, HindiSpokenW, .. transforms];
        foreach (var transform in transforms)
        {
            var sb = new StringBuilder(name.Length * 2);
            foreach (var word in words)
            {
                if (sb.Length > 0) sb.Append(' ');
                AppendWord(sb, !Written(word, script) ? word
                    : transform == GreekForeignSounds ? ScriptTransliterator.Read(TransformsFor(script, pointed)[0], GreekDigraphs(word))
                    : transform is HindiSpoken or HindiSpokenW ? HindiWithoutFinalSchwa(word, transform == HindiSpokenW)
                    : ScriptTransliterator.Read(transform, word));
            }
            var reading = sb.ToString();
            // The reading with the script's way of writing foreign sounds undone comes first: it is the likelier.
            // Thai's letter-by-letter reading (x, c) is not kept beside it: its words, found in no list, would
            // gather candidates by their typo keys ahead of the names the sounds find.
            var sounds = script switch
            {
                NameScript.Kana => KanaForeignSounds(reading),
                NameScript.Thai => ThaiSounds(reading),
                NameScript.Han => PinyinSounds(reading),
                _ => null,
            };
            if (sounds is not null && !readings.Contains(sounds)) readings.Add(sounds);
            if ((sounds is null || script is not (NameScript.Thai or NameScript.Han)) && !readings.Contains(reading)) readings.Add(reading);
        }
        if (script == NameScript.Kana && KanaFinalH(name) is { } withoutFinalH)
            foreach (var r in LatinReadings(withoutFinalH))
                if (!readings.Contains(r)) readings.Add(r);
        return readings;
    }

    /// <summary>
    /// Kana writes the ti, di and tu of foreign names as chi, ji and tsu (プーチン <i>puchin</i> for Putin), a v or w
    /// before a consonant as the vowel u (ウラジーミル <i>urajimiru</i> for Vladimir), and a Russian v as w (ワレンチナ
    /// <i>warenchina</i>, Valentina): the reading with those undone, or null when it has none.
    /// </summary>
    public static string? KanaForeignSounds(string reading)
    {
        var sb = new StringBuilder(reading.Length + 4);
        foreach (var word in reading.Split(' '))
        {
            if (sb.Length > 0) sb.Append(' ');
            var w = word.Replace("tsu", "tu").Replace("chi", "ti").Replace("ji", "di").Replace('w', 'v');
            if (w.Length > 2 && w[0] == 'u' && !IsVowel(w[1])) w = "v" + w[1..];
            sb.Append(w);
        }
        var result = sb.ToString();
        return result == reading ? null : result;
    }

    /// <summary>
    /// Kana writes the h that ends an Arabic name after a long vowel as ーフ (ナスルッラーフ, <i>nasururrafu</i>, for
    /// Nasrallah): the name without that フ, read as well, or null when no word ends so (ユースフ, Yusuf, does not).
    /// </summary>
    public static string? KanaFinalH(string name)
    {
        if (!name.Contains("ーフ", StringComparison.Ordinal)) return null;
        var words = name.Split(WordSeparators);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 4 || !words[i].EndsWith("ーフ", StringComparison.Ordinal)) continue;
            words[i] = words[i][..^1];
            changed = true;
        }
        return changed ? string.Join('・', words) : null;
    }

    /// <summary>
    /// ICU reads Thai by its letters (ISO 11940): อ is x, the carrier of the vowel after it (อัล, <i>al</i>) or
    /// itself the vowel o (จอง, <i>jong</i>), and จ (j) is c: the reading with them said as they sound, or null.
    /// </summary>
    public static string? ThaiSounds(string reading)
    {
        var sb = new StringBuilder(reading.Length);
        for (var i = 0; i < reading.Length; i++)
        {
            var c = reading[i];
            if (c == 'c' && (i + 1 >= reading.Length || reading[i + 1] != 'h')) sb.Append('j');
            else if (c != 'x') sb.Append(c);
            else if (i + 1 >= reading.Length || !IsVowel(reading[i + 1])) sb.Append('o');
        }
        var result = sb.ToString();
        return result == reading ? null : result;
    }

    // The ICU transforms that write Latin letters one by one in a script, and read them back as the name's reading does.
    private static (string Write, string Read)? LetterTransforms(NameScript script) => script switch
    {
        NameScript.Thai => ("Latin-Thai", "Thai-Latin; Latin-ASCII"),
        NameScript.Hebrew => ("Latin-Hebrew", "Any-Latin; Latin-ASCII"),
        NameScript.Greek => ("Latin-Greek", "Greek-Latin; Latin-ASCII"),
        NameScript.Cyrillic => ("Latin-Cyrillic", "Cyrillic-Latin; Latin-ASCII"),
        NameScript.Kana => ("Latin-Katakana", "Any-Latin; Latin-ASCII"),
        NameScript.Hangul => ("Latin-Hangul", "Hangul-Latin; Latin-ASCII"),
        _ => null,
    };

    /// <summary>
    /// A Latin word as a letter-for-letter transliterator (ICU's Latin-Thai, Latin-Hebrew, Latin-Greek…) writes it
    /// in the script, read back as the script is read; the word itself for a script without one. One letter of the
    /// script serves several Latin ones (Thai ก for k, g, q and h; Hangul ㄹ for l and r; Hebrew ק for q and c), so
    /// a name written so from a Latin one is compared with the Latin spelling written so too.
    /// </summary>
    public static string AsWrittenIn(NameScript script, string latin)
    {
        if (LetterTransforms(script) is not var (write, read)) return latin;
        var sb = new StringBuilder(latin.Length + 4);
        AppendWord(sb, ScriptTransliterator.Read(read, ScriptTransliterator.Read(write, latin)));
        var reading = sb.ToString();
        return script == NameScript.Thai ? ThaiSounds(reading) ?? reading : reading;
    }

    // Not ICU transforms: the names of the readings of Greek with its digraphs for foreign sounds undone, and of
    // Hindi as spoken (with व as v, and as w).
    private const string GreekForeignSounds = "greek-foreign-sounds", HindiSpoken = "hindi-spoken", HindiSpokenW = "hindi-spoken-w";

    /// <summary>
    /// A Devanagari word as Hindi says it: the inherent a of its last consonant left unsaid (अल, <i>al</i>, not
    /// <i>ala</i>; असद, <i>asad</i>), each part of a hyphenated word alike; with <paramref name="w"/>, व as w
    /// (ज़वाहिरी, <i>zawahiri</i>), which Hindi writes for both.
    /// </summary>
    public static string HindiWithoutFinalSchwa(string word, bool w)
    {
        var parts = ScriptTransliterator.Read("Devanagari-Latin", word).Split('-');
        for (var p = 0; p < parts.Length; p++)
        {
            var t = parts[p];
            // ICU writes the inherent vowel as a plain a and a long one as ā.
            if (t.Length > 2 && t[^1] == 'a' && char.IsLetter(t[^2]) && "aeiouāīūēōṛ".IndexOf(t[^2]) < 0) t = t[..^1];
            parts[p] = w ? t.Replace('v', 'w') : t;
        }
        return ScriptTransliterator.Read("Latin-ASCII", string.Join('-', parts));
    }

    /// <summary>
    /// Greek writes the b, d, g and j of foreign names as μπ, ντ, γκ and τζ, a y before a vowel as γι, and kh (and
    /// the h of Arabic names) as χ (Αμπράμοβιτς, Abramovich; Ντμίτρι, Dmitri; Γιανουκόβιτς, Yanukovych; Χαμενεΐ,
    /// Khamenei): the word with those in Latin letters, which the Greek transform leaves as they are.
    /// </summary>
    public static string GreekDigraphs(string word)
    {
        var lower = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        var s = sb.ToString().Replace("μπ", "b").Replace("ντ", "d").Replace("γκ", "g").Replace("γγ", "g").Replace("τζ", "j").Replace("τσ", "ch").Replace("χ", "kh");
        // γι before a vowel is y: at the start of the word or after a vowel.
        for (var i = s.IndexOf("γι", StringComparison.Ordinal); i >= 0; i = s.IndexOf("γι", i + 1, StringComparison.Ordinal))
            if (i + 2 < s.Length && "αεηιουω".Contains(s[i + 2]) && (i == 0 || "αεηιουω".Contains(s[i - 1])))
                s = string.Concat(s.AsSpan(0, i), "y", s.AsSpan(i + 2));
        return s;
    }

    /// <summary>
    /// Pinyin letters as the sounds of a foreign name they transcribe: x is s (谢尔盖, <i>xieergai</i>, Sergei), q ch,
    /// zh j, and a final ng the n the transcription lengthens (哈桑, <i>hasang</i>, Hassan); null when none is there.
    /// </summary>
    public static string? PinyinSounds(string reading)
    {
        var words = reading.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Replace("zh", "j").Replace('x', 's').Replace("q", "ch");
            if (w.EndsWith("ng", StringComparison.Ordinal) && w.Length > 3) w = w[..^1];
            words[i] = w;
        }
        var result = string.Join(' ', words);
        return result == reading ? null : result;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The name's sounded forms: each Latin reading parsed, its tokens marked with the script.</summary>
    public static IReadOnlyList<NameForm> Forms(string name, NameReading reading)
    {
        var latin = LatinReadings(name);
        if (latin.Count == 0) return [];
        var script = ScriptOf(name)!.Value.Script;
        var forms = new List<NameForm>(latin.Count);
        foreach (var l in latin)
        {
            var form = NameParser.Parse(l, reading);
            if (form.Tokens.Count == 0) continue;
            forms.Add(form with { Original = name, Tokens = [.. form.Tokens.Select(t => t with { SoundedFrom = script })] });
        }
        return forms;
    }

    private static bool Written(string word, NameScript script)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && ScriptTransliterator.ScriptOf(c) == script) return true;
        return false;
    }

    // One word of the reading: the spaces a transliterator puts between syllables (Thai) are dropped, a schwa
    // is an e, and letters Latin-ASCII leaves (ǝ, ʾ) or marks are left out, so that the parser keeps one token.
    private static void AppendWord(StringBuilder sb, string latin)
    {
        foreach (var c in latin)
        {
            if (c == ' ') continue;
            if (c is 'ǝ' or 'ə') { sb.Append('e'); continue; }
            // A small Kana vowel, which ICU writes after a ~, replaces the vowel before it (ヴィ vu~i: vi).
            if (c == '~') { if (sb.Length > 0 && IsVowel(sb[^1])) sb.Length--; continue; }
            if (c < 0x80) sb.Append(c);
        }
    }
}
