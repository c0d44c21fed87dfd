using System.Globalization;

namespace Argus.Names;

/// <summary>
/// The consonants of a name in broad sound classes, for comparing a name written in Arabic, Persian,
/// Pashto or Hebrew letters (which leave short vowels out) with its Latin spellings. Both sides are
/// reduced to one class string: vowels, and the letters that are vowels as often as consonants
/// (alif, waw, ya, ain, hamza; Latin a e i o u y w v), are left out; a final h or ta marbuta is silent;
/// doubled letters are one, the same consonant again after a vowel is another. Classes follow how the letters are romanised:
/// B (b p), T (t th; ت ط ث), S (s ts; س ص ث), C (sh ch; ش چ), J (j dj zh; ج ژ), D (d dh z; د ذ ز ض ظ —
/// Arabic reads ض and ظ as d, Persian as z), K (k q c; ك ک ق), G (g gh; گ غ), X (kh; خ), H (h; ح ه),
/// F (f ph; ف), L, M, N, R.
/// A letter read in two ways (ث as t or s, ق as q or gh, ج as j or g) has a second class.
/// </summary>
public static class ConsonantSkeleton
{
    /// <summary>The class string of a lower-case ASCII (Latin) token.</summary>
    public static string OfLatin(string text) => OfLatin(text, splitKh: false, keepFinalH: false);

    /// <summary>
    /// The class string of a Latin token; <paramref name="splitKh"/> reads kh, sh, th, dh and gh as two letters (Lakhal = لكحل, Ishaq = إسحاق),
    /// <paramref name="keepFinalH"/> keeps a final h (Salah = صالح).
    /// </summary>
    public static string OfLatin(string text, bool splitKh, bool keepFinalH) => OfLatin(text, splitKh, keepFinalH, hebrew: false);

    /// <summary>
    /// The class string of a Latin token read as a spelling of a Hebrew name, where v is often bet (B:
    /// Sharvit = שרביט) and ch is kaf (K: Zicherman = זיכרמן); null when the token holds neither.
    /// </summary>
    public static string? OfLatinAsHebrew(string text) =>
        text.Contains('v') || text.Contains("ch", StringComparison.Ordinal) ? OfLatin(text, splitKh: false, keepFinalH: false, hebrew: true) : null;

    /// <summary>
    /// The class string of a Latin token read as Arabic script writes a European name, v as ف and ch as تش (Sechin =
    /// سيتشين, Patrushev = باتروشيف); null when the token holds neither.
    /// </summary>
    public static string? OfLatinAsForeignInArabic(string text) =>
        text.Contains('v') || text.Contains("ch", StringComparison.Ordinal) ? OfLatin(text, splitKh: false, keepFinalH: false, hebrew: false, null, foreign: true) : null;

    private static string OfLatin(string text, bool splitKh, bool keepFinalH, bool hebrew) => OfLatin(text, splitKh, keepFinalH, hebrew, null);

    /// <summary>
    /// The class string of a Latin token; <paramref name="gaps"/>, when given, receives the letters around
    /// the classes: before the first, between each two, after the last (one more than the classes).
    /// </summary>
    internal static string OfLatin(string text, bool splitKh, bool keepFinalH, bool hebrew, List<string>? gaps, bool foreign = false, char hebrewCh = 'K')
    {
        var gapStart = 0;
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        var n = 0;
        var adjacent = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            char k;
            // Arabic script writes the ch of a European name as tsh (تش): t, then sh.
            if (foreign && c == 'c' && next == 'h') { Append(buffer, ref n, 'T', adjacent); adjacent = true; }
            if (next == 'h' && c is 's' or 'c' or 'k' or 'g' or 't' or 'd' or 'z' or 'p' && !(splitKh && c is 'k' or 's' or 't' or 'd' or 'g'))
            {
                k = c switch { 'c' when hebrew => hebrewCh, 's' or 'c' => 'C', 'k' => 'X', 'g' => 'G', 't' => 'T', 'd' => 'D', 'z' => 'J', _ => 'F' };
                i++;
            }
            else if (c == 's' && next == 'c' && i + 2 < text.Length && text[i + 2] == 'h') { k = 'C'; i += 2; }
            else if (c == 'd' && next == 'j') { k = 'J'; i++; }
            else if (c == 't' && next is 's' or 'z') { k = 'S'; i++; }
            else if (c == 'c' && next == 'k') { k = 'K'; i++; }
            else
            {
                k = c switch
                {
                    'b' or 'p' => 'B',
                    't' => 'T',
                    'd' or 'z' => 'D',
                    's' => 'S',
                    'c' => next is 'e' or 'i' or 'y' ? 'S' : 'K',
                    'k' or 'q' => 'K',
                    'g' => 'G',
                    'j' => 'J',
                    'f' => 'F',
                    'h' => 'H',
                    'v' when hebrew => 'B',
                    // Arabic script writes the v of a European name as f (ف: فيكتور, Viktor).
                    'v' when foreign => 'F',
                    'l' => 'L',
                    'm' => 'M',
                    'n' => 'N',
                    'r' => 'R',
                    'x' => 'x',
                    _ => '\0',
                };
                if (k == 'x') { Gap(gaps, text, ref gapStart, i, n); gapStart = i; Append(buffer, ref n, 'K', adjacent); k = 'S'; adjacent = true; }
                // A final h after a vowel is silent (Abdullah, Fatimah).
                if (k == 'H' && !keepFinalH && i == text.Length - 1 && i > 0 && text[i - 1] is 'a' or 'e' or 'i' or 'o' or 'u') k = '\0';
            }
            if (k != '\0')
            {
                var before = n;
                Append(buffer, ref n, k, adjacent);
                if (n > before) Gap(gaps, text, ref gapStart, StartOfClass(text, i), before);
                gapStart = i + 1;
            }
            adjacent = k != '\0';
        }
        gaps?.Add(text[Math.Min(gapStart, text.Length)..]);
        return new string(buffer[..n]);
    }

    // The letters before the class being appended (a two-letter class such as kh starts one letter earlier).
    private static void Gap(List<string>? gaps, string text, ref int gapStart, int classStart, int classes)
    {
        if (gaps is null || gaps.Count > classes) return;
        gaps.Add(classStart > gapStart ? text[gapStart..classStart] : "");
    }

    private static int StartOfClass(string text, int last)
    {
        // i points at the class's last letter: sh, kh, dj, ts, ck take two, sch three.
        if (last >= 2 && text[last - 2] == 's' && text[last - 1] == 'c' && text[last] == 'h') return last - 2;
        if (last >= 1 && (text[last] == 'h' && text[last - 1] is 's' or 'c' or 'k' or 'g' or 't' or 'd' or 'z' or 'p'
            || text[last - 1] == 'd' && text[last] == 'j' || text[last - 1] == 't' && text[last] is 's' or 'z' || text[last - 1] == 'c' && text[last] == 'k')) return last - 1;
        return last;
    }

    /// <summary>The class string of a word in Arabic-script or Hebrew letters, and the second reading of each position ('\0' when none).</summary>
    public static (string Primary, string Alternative) OfAbjad(string word)
    {
        Span<char> primary = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Span<char> second = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        var last = LastLetter(word);
        var adjacent = false;
        var previous = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var (k, alt) = Classes(word[i]);
            // A geresh after a Hebrew letter writes a sound Hebrew lacks: צ׳ ch, ג׳ j, ז׳ zh (סצ׳ין, Sechin).
            if (i + 1 < word.Length && word[i + 1] is '׳' or '\'' or '’' && word[i] is 'צ' or 'ץ' or 'ג' or 'ז')
                (k, alt) = word[i] is 'צ' or 'ץ' ? ('C', 'S') : ('J', k);
            // A final he is silent or a vowel (Urdu writes it ہ: اللہ, شاہ), as it is read on the Latin side.
            if (k == 'H' && i == last && word[i] is 'ه' or 'ہ' or 'ה') continue;
            if (k == '\0')
            {
                // Vowel signs and shadda do not part two letters; vowel letters do.
                if (CharUnicodeInfo.GetUnicodeCategory(word[i]) != UnicodeCategory.NonSpacingMark) adjacent = false;
                continue;
            }
            // A letter written twice is one sound; two letters of one class are two (Pashto ځدران = Zadran).
            var doubled = adjacent && n > 0 && primary[n - 1] == k && word[i] == previous;
            adjacent = true;
            previous = word[i];
            if (doubled) continue;
            primary[n] = k;
            second[n] = alt;
            n++;
        }
        return (new string(primary[..n]), new string(second[..n]));
    }

    /// <summary>
    /// True when the Latin token (lower-case ASCII) is a reading of the abjad word: the same consonant
    /// classes in the same order, kh, sh, th, dh and gh read as one letter or two, a final h written or not. A word of
    /// one consonant (Ali, Ayyub) must be short on both sides.
    /// </summary>
    public static bool Reads(string abjadWord, string latinText)
    {
        var (primary, alternative) = OfAbjad(abjadWord);
        if (ReadsWith(abjadWord, latinText, primary, alternative)) return true;
        // A final he is an h said after a vowel the word does not write (طه Taha, وجيه Wajih), not only a silent one.
        return EndsInHe(abjadWord) && ReadsWith(abjadWord, latinText, primary + "H", alternative + "\0");
    }

    /// <summary>Whether the word ends in an Arabic-script he (ه), which <see cref="OfAbjad"/> reads silent.</summary>
    public static bool EndsInHe(string word) => LastLetter(word) is var last and >= 0 && word[last] is 'ه' or 'ہ';

    private static bool ReadsWith(string abjadWord, string latinText, string primary, string alternative)
    {
        // A word of one consonant says little: the Latin spelling must be a name of its own, not two letters
        // of another (علي = Ali, not Li; ضوا is not Du).
        if (primary.Length == 0 || primary.Length == 1 && (Letters(abjadWord) > 4 || latinText.Length > 6 || latinText.Length < 3)) return false;
        var end = EndOf(abjadWord);
        var kh = SplitDigraph(latinText);
        var finalH = latinText.Length > 1 && latinText[^1] == 'h';
        // A Hebrew word is also read with v as bet and ch as kaf, when the Latin spelling has them.
        var hebrew = IsHebrew(abjadWord) && (latinText.Contains('v') || latinText.Contains("ch", StringComparison.Ordinal));
        // An Arabic-script word is also read as a European name is written in it: v as ف, ch as تش.
        var foreign = !IsHebrew(abjadWord) && (latinText.Contains('v') || latinText.Contains("ch", StringComparison.Ordinal));
        // Read as Hebrew, v is bet and ch kaf or het, or the tsadi with a geresh (צ׳) of a Slavic name.
        foreach (var asForeign in foreign ? Both : Neither)
        foreach (var (asHebrew, hebrewCh) in hebrew ? HebrewReadings : PlainReading)
            foreach (var splitKh in kh ? Both : Neither)
                foreach (var keepFinalH in finalH ? Both : Neither)
                {
                    var latin = OfLatin(latinText, splitKh, keepFinalH, asHebrew, null, asForeign, hebrewCh);
                    if (Agree(primary, alternative, latin) && EndsAgree(end, latinText, keepFinalH)
                        && (asHebrew || IsHebrew(abjadWord) || LongVowels.Agree(abjadWord, latinText, splitKh, keepFinalH))) return true;
                }
        return false;
    }

    // A Latin kh, sh, th, dh or gh may write one letter (خ ش ث ذ غ) or two (لكحل Lakhal, إسحاق Ishaq, فتحي Fathi, أدهم Adham).
    private static bool SplitDigraph(string latinText)
    {
        for (var i = 1; i < latinText.Length; i++)
            if (latinText[i] == 'h' && latinText[i - 1] is 'k' or 's' or 't' or 'd' or 'g') return true;
        return false;
    }

    // The ways of reading a Latin spelling that Reads tries, made once: it runs for every abjad token compared.
    private static readonly bool[] Both = [false, true], Neither = [false];
    // Read as Hebrew, a Latin ch is kaf (K), het (X: Chai = חי) or the tsadi with a geresh (C) of a Slavic name.
    private static readonly (bool Hebrew, char Ch)[] HebrewReadings = [(false, 'K'), (true, 'K'), (true, 'X'), (true, 'C')], PlainReading = [(false, 'K')];

    /// <summary>How a word in an abjad ends: what its last letter says of the end of its Latin spellings.</summary>
    public enum WordEnd
    {
        /// <summary>A letter that is a vowel as often as a consonant (waw, ain, hamza on a seat, a final h): says nothing.</summary>
        Open,
        /// <summary>A consonant letter: no vowel is written after it (منصور = Mansour, not Mansouri).</summary>
        Consonant,
        /// <summary>Ya, alif, alif maqsura, ta marbuta, a bare hamza (Hebrew: yod, he): a final vowel (سامي = Sami, فاطمة = Fatima, عیسی = Essa).</summary>
        Vowel,
    }

    /// <summary>
    /// The end of an abjad word. Long vowels are written in these scripts, so a Latin spelling that ends
    /// in a vowel where the word ends in a consonant letter (or the other way round) spells another name:
    /// a nisba (منصور / Mansouri, نصار / نصري), another word (فادي / Foad, زياد / Zadeh).
    /// </summary>
    public static WordEnd EndOf(string word)
    {
        var last = LastLetter(word);
        if (last < 0) return WordEnd.Open;
        var c = word[last];
        // A final ya is a long i, a diphthong or, in Persian spelling, an alif maqsura (عیسی = Essa).
        if (c is 'ي' or 'ی' or 'ى' or 'ا' or 'ة' or 'أ' or 'آ' or 'ء' or 'י' or 'ה') return WordEnd.Vowel;
        if (c is 'ه' or 'ہ' or 'ح') return WordEnd.Open;
        return Classes(c).Class == '\0' ? WordEnd.Open : WordEnd.Consonant;
    }

    /// <summary>Whether two abjad words end alike: a consonant letter against a vowel letter says they are two names.</summary>
    public static bool EndsAgree(string a, string b)
    {
        var x = EndOf(a);
        var y = EndOf(b);
        return x == WordEnd.Open || y == WordEnd.Open || x == y;
    }

    // The Latin spelling must end as the abjad word does: after a consonant letter in a consonant (or a
    // mute e), after a vowel letter in a vowel (a final h after a vowel, when read silent, is one).
    private static bool EndsAgree(WordEnd end, string latin, bool keepFinalH)
    {
        if (end == WordEnd.Open || latin.Length == 0) return true;
        var last = latin[^1];
        var vowel = last is 'a' or 'e' or 'i' or 'o' or 'u' or 'y'
            || last == 'h' && !keepFinalH && latin.Length > 1 && latin[^2] is 'a' or 'e' or 'i' or 'o' or 'u';
        // A final e after a consonant may be mute (French spellings: Nasreddine, Lamine).
        return end == WordEnd.Consonant ? !vowel || last is 'w' or 'e' : vowel;
    }

    private static bool Agree(string primary, string alternative, string latin)
    {
        if (primary.Length != latin.Length) return false;
        for (var i = 0; i < primary.Length; i++)
            if (primary[i] != latin[i] && alternative[i] != latin[i]) return false;
        return true;
    }

    private static bool IsHebrew(string word)
    {
        foreach (var c in word)
            if (ScriptTransliterator.ScriptOf(c) == NameScript.Hebrew) return true;
        return false;
    }

    private static int Letters(string word)
    {
        var n = 0;
        foreach (var c in word) if (char.IsLetter(c)) n++;
        return n;
    }

    // Doubled letters are one sound (Mohammed, الله); the same consonant again after a vowel is another (Layla, حداد).
    private static void Append(Span<char> buffer, ref int n, char k, bool adjacent)
    {
        if (adjacent && n > 0 && buffer[n - 1] == k) return;
        buffer[n++] = k;
    }

    private static int LastLetter(string word)
    {
        for (var i = word.Length - 1; i >= 0; i--)
            if (char.IsLetter(word[i])) return i;
        return -1;
    }

    /// <summary>The class of an abjad letter; '\0' for vowel letters, ain, hamza and marks.</summary>
    internal static char ClassOf(char c) => Classes(c).Class;

    private static (char Class, char Alternative) Classes(char c) => c switch
    {
        // Arabic, Persian, Urdu and Pashto letters.
        'ب' or 'پ' => ('B', '\0'),
        'ت' or 'ط' or 'ټ' => ('T', '\0'),
        'ث' => ('T', 'S'),
        'س' or 'ص' or 'څ' => ('S', '\0'),
        'ش' or 'چ' or 'ښ' => ('C', '\0'),
        'ج' => ('J', 'G'),
        'ژ' or 'ږ' => ('J', '\0'),
        'د' or 'ذ' or 'ز' or 'ض' or 'ظ' or 'ډ' or 'ځ' or 'ڈ' => ('D', '\0'),
        'ر' or 'ڑ' => ('R', '\0'),
        'ك' or 'ک' => ('K', '\0'),
        'ق' => ('K', 'G'),
        'گ' => ('G', '\0'),
        'غ' => ('G', 'K'),
        'خ' => ('X', '\0'),
        'ح' or 'ه' or 'ھ' or 'ہ' => ('H', '\0'),
        'ف' => ('F', '\0'),
        'ل' => ('L', '\0'),
        'م' => ('M', '\0'),
        'ن' or 'ں' or 'ڼ' => ('N', '\0'),
        // Hebrew.
        'ב' => ('B', '\0'),
        'פ' or 'ף' => ('F', 'B'),
        'ת' => ('T', 'S'),
        'ט' => ('T', '\0'),
        'ס' => ('S', '\0'),
        'צ' or 'ץ' => ('S', '\0'),
        'ש' => ('C', 'S'),
        'ג' => ('G', 'J'),
        'ז' => ('D', '\0'),
        'ד' => ('D', '\0'),
        'ר' => ('R', '\0'),
        'כ' or 'ך' => ('K', 'X'),
        'ק' => ('K', '\0'),
        'ח' => ('X', 'H'),
        'ה' => ('H', '\0'),
        'ל' => ('L', '\0'),
        'מ' or 'ם' => ('M', '\0'),
        'נ' or 'ן' => ('N', '\0'),
        // Vowel letters, ain, hamza, marks: not compared.
        _ => ('\0', '\0'),
    };
}
