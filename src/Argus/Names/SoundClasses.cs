namespace Argus.Names;

/// <summary>
/// The consonants of a Latin spelling in the broad classes that scripts writing foreign names by sound
/// leave apart or merge (Kana, Hangul, Thai, Greek, Ge'ez, Cyrillic and pointed Arabic or Hebrew read
/// back into Latin letters). Such a script adds vowels a consonant cluster lacks (Kana アレクサンデル
/// "arekusanderu" for Aleksandr), has one letter for l and r (Kana, Hangul), for b, v, p and f (Greek
/// β is v, Hangul ㅍ is p and f, Arabic has no p, Hebrew ב is b and v), no sh, zh or ch of its own (Greek
/// σ, τσ) and no h (Greek): so vowels, h, w and y are left out, and B (b p f v ph), T (d t th),
/// K (k g q c kh gh ck, x = K S), S (s z j sh ch zh ts tz dz cz, c before e i y), R (l r), M (m, and n
/// before b p f v), N remain.
/// A class repeated without a vowel between is one (Ammash, Mohammed).
/// </summary>
public static class SoundClasses
{
    /// <summary>The class string of a lower-case ASCII spelling (other characters are left out).</summary>
    public static string Of(string text)
    {
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length * 2 + 2] : new char[text.Length * 2 + 2];
        var n = 0;
        var adjacent = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            char k;
            if (next == 'h' && c is 's' or 'c' or 'z' or 'j' or 'k' or 'g' or 't' or 'd' or 'p')
            {
                k = c switch { 'k' or 'g' => 'K', 't' or 'd' => 'T', 'p' => 'B', _ => 'S' };
                i++;
            }
            else if (c is 't' or 'd' && next is 's' or 'z' || c == 'c' && next == 'z') { k = 'S'; i++; }
            else if (c == 'c' && next == 'k') { k = 'K'; i++; }
            else if (c == 'x')
            {
                Append(buffer, ref n, 'K', adjacent);
                k = 'S';
                adjacent = true;
            }
            else
            {
                k = c switch
                {
                    'b' or 'p' or 'f' or 'v' => 'B',
                    'd' or 't' => 'T',
                    'g' or 'k' or 'q' => 'K',
                    'c' => next is 'e' or 'i' or 'y' ? 'S' : 'K',
                    's' or 'z' or 'j' => 'S',
                    'l' or 'r' => 'R',
                    'm' => 'M',
                    // Before b, p, f or v, n is said m (Kana ン, Hangul ㄴ write both: sutanpanofu for Stampanov).
                    'n' => next is 'b' or 'p' or 'f' or 'v' ? 'M' : 'N',
                    _ => '\0',
                };
            }
            if (k != '\0')
            {
                Append(buffer, ref n, k, adjacent);
                adjacent = true;
            }
            // h, w and marks between two consonants do not part them (an epenthetic "h" of Thai or Ge'ez readings);
            // a vowel does.
            else if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') adjacent = false;
        }
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Whether a word read from Kana, Hangul or Chinese characters agrees with a Latin spelling once the sounds those scripts do not
    /// write are taken out of it: kh, written h (ミハイル, <i>mihairu</i>, Mikhail), and an r after the last vowel,
    /// not said (밀러, <i>milleo</i>, Miller; ミラー); from Greek, with an h of the spelling written χ; and as a
    /// letter-for-letter transliterator writes the spelling in the script (<see cref="SoundedReadings.AsWrittenIn"/>).
    /// </summary>
    public static bool AgreeUnwritten(string soundedClasses, string latin, NameScript script)
    {
        // Written letter for letter from a Latin name: the spelling written so too (Thai h as ก, Hebrew ch as קה).
        if (Cached(SoundedReadings.AsWrittenIn(script, latin)) == soundedClasses) return true;
        // Greek writes the h of an Arabic name as χ, kh (Ζαουάχρι, Zawahiri).
        if (script == NameScript.Greek)
            return latin.Contains('h') && Of(System.Text.RegularExpressions.Regex.Replace(latin, "(?<![sckgtdzp])h", "kh")) == soundedClasses;
        if (script is not (NameScript.Kana or NameScript.Hangul or NameScript.Han)) return false;
        var unsaid = Unsaid(latin);
        return unsaid != latin && Of(unsaid) == soundedClasses;
    }

    /// <summary>
    /// A Latin spelling without the sounds Kana, Hangul and Chinese characters do not write (kh as h, an r after the
    /// last vowel left out): the spelling itself when it has none.
    /// </summary>
    public static string Unsaid(string latin)
    {
        var unsaid = latin.Contains("kh", StringComparison.Ordinal) ? latin.Replace("kh", "h") : latin;
        if (unsaid.Length > 3 && unsaid[^1] == 'r' && unsaid[^2] is 'a' or 'e' or 'o' or 'u') unsaid = unsaid[..^1];
        return unsaid;
    }

    private static void Append(Span<char> buffer, ref int n, char k, bool adjacent)
    {
        if (adjacent && n > 0 && buffer[n - 1] == k) return;
        buffer[n++] = k;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private const int CacheLimit = 200_000;
    private static int cacheCount;

    /// <summary><see cref="Of"/>, worked out once per spelling (up to a bound): list tokens are compared with many queries.</summary>
    public static string Cached(string text)
    {
        if (Cache.TryGetValue(text, out var classes)) return classes;
        classes = Of(text);
        if (Volatile.Read(ref cacheCount) < CacheLimit && Cache.TryAdd(text, classes)) Interlocked.Increment(ref cacheCount);
        return classes;
    }
}
