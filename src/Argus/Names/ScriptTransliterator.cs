using System.Globalization;
using System.Text;
using Icu;

namespace Argus.Names;

/// <summary>The writing systems a name token may come from.</summary>
public enum NameScript { Latin, Cyrillic, Arabic, Hebrew, Greek, Hangul, Han, Kana, Devanagari, Thai, Georgian, Armenian, Other, Ethiopic }

/// <summary>
/// Writes names of any script in Latin letters with ICU's transliterators (Cyrillic, Arabic, Han…);
/// Hangul is left to <see cref="KoreanReadings"/>. ICU transliterators are not thread-safe: each
/// thread keeps its own instances.
/// </summary>
public static class ScriptTransliterator
{
    private static readonly object InitLock = new();
    private static bool initialised;

    // One instance per transform and thread: creating ICU transliterators is costly (tens of
    // milliseconds) but done once per thread, and threads screening in parallel never wait for each other.
    [ThreadStatic] private static Dictionary<string, Transliterator>? instances;

    /// <summary>The script of a letter (Latin for anything Latin or not a letter).</summary>
    public static NameScript ScriptOf(char c)
    {
        if (c < 0x0250) return NameScript.Latin;
        return c switch
        {
            >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => NameScript.Greek,
            >= '\u0400' and <= '\u052F' => NameScript.Cyrillic,
            >= '\u0530' and <= '\u058F' => NameScript.Armenian,
            >= '\u0590' and <= '\u05FF' => NameScript.Hebrew,
            >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => NameScript.Arabic,
            >= '\u0900' and <= '\u097F' => NameScript.Devanagari,
            >= '\u0E00' and <= '\u0E7F' => NameScript.Thai,
            >= '\u10A0' and <= '\u10FF' => NameScript.Georgian,
            >= '\u1200' and <= '\u139F' or >= '\u2D80' and <= '\u2DDF' => NameScript.Ethiopic,
            >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\uAC00' and <= '\uD7AF' => NameScript.Hangul,
            >= '\u3040' and <= '\u30FF' => NameScript.Kana,
            >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => NameScript.Han,
            >= '\u1E00' and <= '\u1EFF' => NameScript.Latin,
            _ => NameScript.Other,
        };
    }

    /// <summary>The ICU transform used for a script: specific where ICU has a better one for names.</summary>
    public static string TransformFor(NameScript script) => script switch
    {
        NameScript.Cyrillic => "Russian-Latin/BGN; Any-Latin; Latin-ASCII",
        NameScript.Han => "Han-Latin/Names; Latin-ASCII",
        _ => "Any-Latin; Latin-ASCII",
    };

    /// <summary>Latin ASCII text for <paramref name="text"/> written in <paramref name="script"/>.</summary>
    public static string ToLatin(string text, NameScript script)
    {
        if (script == NameScript.Latin) return FoldLatin(text);
        // A word's Latin spelling never changes, and customer files repeat their words (Александр,
        // Мухаммад): each is sent through ICU once (up to a bound), which is most of parsing such a name.
        if (Words.TryGetValue((script, text), out var latin)) return latin;
        latin = script == NameScript.Cyrillic ? Transliterate(CyrillicTransform(text), WithYo(text)) : Transliterate(TransformFor(script), text);
        if (Volatile.Read(ref wordCount) < WordLimit && Words.TryAdd((script, text), latin)) Interlocked.Increment(ref wordCount);
        return latin;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(NameScript, string), string> Words = new();
    private const int WordLimit = 200_000;
    // ConcurrentDictionary.Count takes every lock of the table: the entries added are counted here instead.
    private static int wordCount;

    /// <summary>
    /// Ukrainian and Belarusian words (і ї є ґ; ў) by their own transliterations rather than the
    /// Russian one (Саляєв = Salyayev).
    /// </summary>
    private static string CyrillicTransform(string word)
    {
        foreach (var c in word)
        {
            switch (c)
            {
                case 'ў' or 'Ў': return "Belarusian-Latin/BGN; Any-Latin; Latin-ASCII";
                case 'і' or 'І' or 'ї' or 'Ї' or 'є' or 'Є' or 'ґ' or 'Ґ': return "Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII";
            }
        }
        return TransformFor(NameScript.Cyrillic);
    }

    // ё is "yo" in the lists' spellings (Алёшина = Alyoshina); the transliterators drop its dots.
    private static string WithYo(string word) =>
        word.IndexOf('ё') < 0 && word.IndexOf('Ё') < 0 ? word : word.Replace("ё", "йо").Replace("Ё", "Йо");

    /// <summary>
    /// A word in Cyrillic with Latin letters of the same shape typed into it ("МЕЛЬНIК", "ЯAКУБЕЦ"):
    /// those letters read as the Cyrillic ones they look like. Other text is returned as it is.
    /// </summary>
    public static string CyrillicHomoglyphs(string word)
    {
        bool cyrillic = false, latin = false;
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF') cyrillic = true;
            else if (char.IsAsciiLetter(c)) latin = true;
        }
        if (!cyrillic || !latin) return word;
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'A' => 'А', 'B' => 'В', 'C' => 'С', 'E' => 'Е', 'H' => 'Н', 'I' => 'І', 'K' => 'К', 'M' => 'М',
                'O' => 'О', 'P' => 'Р', 'T' => 'Т', 'X' => 'Х', 'Y' => 'У',
                'a' => 'а', 'c' => 'с', 'e' => 'е', 'i' => 'і', 'o' => 'о', 'p' => 'р', 'x' => 'х', 'y' => 'у',
                var other => other,
            };
        }
        return new string(chars);
    }

    /// <summary>Removes diacritics from Latin text without ICU (fast path for the common case).</summary>
    public static string FoldLatin(string text)
    {
        var needs = false;
        foreach (var c in text) if (c > 0x7F) { needs = true; break; }
        if (!needs) return text;
        var d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (c < 0x80) { sb.Append(c); continue; }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'ß': sb.Append("ss"); break;
                // Capitals stay capitals: the case of a word says which part is the family name and whether a small
                // l among capitals is a misread I (PAWŁOWSKI is not PAWlOWSKI).
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("OE"); break;
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'đ': case 'ð': sb.Append('d'); break;
                case 'Đ': case 'Ð': sb.Append('D'); break;
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'ı': sb.Append('i'); break;
                case 'þ': sb.Append("th"); break;
                case 'Þ': sb.Append("TH"); break;
                case 'ŋ': sb.Append("ng"); break;
                case 'ʻ': case 'ʼ': case 'ʽ': case 'ʾ': case 'ʿ': case '‘': case '’': case '`': case '´': break;
                case '‐': case '‑': case '‒': case '–': case '—': sb.Append('-'); break;
                default:
                    if (char.IsLetter(c) && ScriptOf(c) == NameScript.Latin)
                    {
                        // Rare Latin letters (ǝ, ɨ…): let ICU decide.
                        sb.Append(Transliterate("Any-Latin; Latin-ASCII", c.ToString()));
                    }
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="word"/> through the ICU transform <paramref name="id"/> (another reading than
    /// <see cref="ToLatin"/>'s), once per transform and word up to a bound.
    /// </summary>
    public static string Read(string id, string word)
    {
        if (Readings.TryGetValue((id, word), out var latin)) return latin;
        latin = Transliterate(id, word);
        if (Volatile.Read(ref readingCount) < WordLimit && Readings.TryAdd((id, word), latin)) Interlocked.Increment(ref readingCount);
        return latin;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string> Readings = new();
    private static int readingCount;

    private static string Transliterate(string id, string text)
    {
        return Instance(id).Transliterate(text, 4);
    }

    private static Transliterator Instance(string id)
    {
        var own = instances ??= new Dictionary<string, Transliterator>(StringComparer.Ordinal);
        if (!own.TryGetValue(id, out var t))
        {
            EnsureInitialised();
            own[id] = t = Transliterator.CreateInstance(id);
        }
        return t;
    }

    private static void EnsureInitialised()
    {
        if (Volatile.Read(ref initialised)) return;
        lock (InitLock)
        {
            if (initialised) return;
            Wrapper.Init();
            Volatile.Write(ref initialised, true);
        }
    }
}
