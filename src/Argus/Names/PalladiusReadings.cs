using System.Text;

namespace Argus.Names;

/// <summary>
/// Reads a Chinese name written in Cyrillic by the Palladius system (Си Цзиньпин, Мао Цзэдун) as the lists
/// write it, in pinyin (Xi Jinping, Mao Zedong): ICU's Russian transliteration would give "Si Tszin'pin".
/// The syllables are <c>Resources/palladius-pinyin.tsv</c>; a name is read only when every word of it is
/// made of one to three of them.
/// </summary>
public static class PalladiusReadings
{
    private const int MostSyllablesPerWord = 3;

    private static readonly Dictionary<string, string> Syllables = Load();
    private static readonly int LongestSyllable = Syllables.Keys.Max(k => k.Length);

    private static Dictionary<string, string> Load()
    {
        var syllables = new Dictionary<string, string>(StringComparer.Ordinal);
        // The first pinyin of a spelling stands for it (хуэй and хуй are both hui; ло is luo).
        foreach (var row in NameResources.Rows("palladius-pinyin.tsv")) syllables.TryAdd(row[0], row[1]);
        return syllables;
    }

    /// <summary>The name in pinyin, one word per word (Цзиньпин → Jinping), or null when a word is not Palladius syllables.</summary>
    public static string? Read(string name)
    {
        if (!AllCyrillic(name)) return null;
        var words = name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var sb = new StringBuilder(name.Length + 8);
        foreach (var word in words)
        {
            var pinyin = ReadWord(word.ToLowerInvariant().Replace('ё', 'е'));
            if (pinyin is null) return null;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(char.ToUpperInvariant(pinyin[0])).Append(pinyin, 1, pinyin.Length - 1);
        }
        return sb.ToString();
    }

    // Latin queries, the most, are turned away without allocating.
    private static bool AllCyrillic(string name)
    {
        var any = false;
        foreach (var c in name)
        {
            if (c is ' ' or '-' or '\t') continue;
            if (c is < '\u0400' or > '\u04FF') return false;
            any = true;
        }
        return any;
    }

    // The fewest syllables that spell the word (Цзиньпин = цзинь + пин, not цзи + ...), hyphenated parts each.
    private static string? ReadWord(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        var count = 0;
        foreach (var part in parts)
        {
            var syllables = Segment(part);
            if (syllables is null) return null;
            count += syllables.Count;
            if (sb.Length > 0) sb.Append('-');
            foreach (var s in syllables) sb.Append(s);
        }
        return count is 0 or > MostSyllablesPerWord ? null : sb.ToString();
    }

    private static List<string>? Segment(string text)
    {
        // best[i]: the fewest syllables spelling text[..i], and where its last syllable starts.
        var best = new (int Count, int From)[text.Length + 1];
        for (var i = 1; i <= text.Length; i++)
        {
            best[i] = (int.MaxValue, -1);
            for (var length = 1; length <= Math.Min(LongestSyllable, i); length++)
            {
                var from = i - length;
                if (best[from].Count == int.MaxValue || !Syllables.ContainsKey(text.Substring(from, length))) continue;
                if (best[from].Count + 1 < best[i].Count) best[i] = (best[from].Count + 1, from);
            }
        }
        if (best[text.Length].Count == int.MaxValue) return null;
        var result = new List<string>();
        for (var i = text.Length; i > 0; i = best[i].From) result.Add(Syllables[text[best[i].From..i]]);
        result.Reverse();
        return result;
    }
}
