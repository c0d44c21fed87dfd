using System.Text;

namespace Argus.Names;

/// <summary>
/// Reads a name that a scanner or a hurried typist wrote with look-alike characters as the letters meant:
/// a digit inside a word of letters ("5TEEL", "W0n", "Kova1enko") is the letter it looks like, a word
/// starting with a small l before a consonant ("lbrahim") starts with a capital I, a digit alone beside a letter
/// written apart is a letter of an initialism ("5.P.R.", "SP 2 O O"), and "vv" is w. Only
/// such words are read otherwise; a word that is a number or an ordinal ("12", "1st") stays as it is.
/// </summary>
public static class LookAlikeReadings
{
    // The letters digits are taken for in print (one reading per digit; 1 is l or I, read both ways).
    private static readonly Dictionary<char, string> DigitLetters = new()
    {
        ['0'] = "o", ['1'] = "li", ['2'] = "z", ['5'] = "s", ['6'] = "g", ['8'] = "b", ['9'] = "g",
    };

    /// <summary>The name with its look-alike characters read as letters (one reading per way of reading 1), or none.</summary>
    public static IReadOnlyList<string> Read(string name)
    {
        var first = Reading(name, 0);
        if (first is null) return [];
        var second = Reading(name, 1);
        return second is null || second == first ? [first] : [first, second];
    }

    // Reads each word; `way` picks the letter of a digit that has two. Null when no word changed.
    private static string? Reading(string name, int way)
    {
        var sb = new StringBuilder(name.Length);
        var changed = false;
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsLetterOrDigit(name[i])) { sb.Append(name[i++]); continue; }
            var start = i;
            while (i < name.Length && char.IsLetterOrDigit(name[i])) i++;
            var word = name.AsSpan(start, i - start);
            if (ReadWord(word, way) is { } read) { sb.Append(read); changed = true; }
            else if (word.Length == 1 && char.IsAsciiDigit(word[0]) && AmongLetters(name, start) is { } upper && DigitLetters.TryGetValue(word[0], out var l))
            {
                // A digit alone among letters written apart (5.P.R., SP 2 O O) is one of the initialism's letters.
                var letter = l[Math.Min(way, l.Length - 1)];
                sb.Append(upper ? char.ToUpperInvariant(letter) : letter);
                changed = true;
            }
            else sb.Append(word);
        }
        return changed ? sb.ToString() : null;
    }

    // Whether the character at `at` has a single letter beside it, across a dot or a space (an initialism written
    // apart): the case of that letter (true for a capital), or null.
    private static bool? AmongLetters(string name, int at)
    {
        bool Apart(int i) => i >= 0 && i < name.Length && name[i] is '.' or ' ';
        bool? Single(int i) => i >= 0 && i < name.Length && char.IsLetter(name[i])
            && (i == 0 || !char.IsLetterOrDigit(name[i - 1])) && (i + 1 == name.Length || !char.IsLetterOrDigit(name[i + 1]))
            ? char.IsUpper(name[i]) : null;
        return Apart(at + 1) && Single(at + 2) is { } after ? after : Apart(at - 1) && Single(at - 2) is { } before ? before : null;
    }

    private static string? ReadWord(ReadOnlySpan<char> word, int way)
    {
        int letters = 0, digits = 0;
        foreach (var c in word)
            if (char.IsAsciiDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
        var upper = letters > 0 && IsUpper(word);
        if (digits > 0)
        {
            // A word of letters with a digit or two in it; not a number, an ordinal (1st, 12th) or a code of
            // more digits than letters (A320).
            if (letters < 2 || digits > letters || IsOrdinal(word)) return null;
            var sb = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                if (!char.IsAsciiDigit(c)) { sb.Append(c); continue; }
                if (!DigitLetters.TryGetValue(c, out var l)) return null;
                var letter = l[Math.Min(way, l.Length - 1)];
                sb.Append(upper ? char.ToUpperInvariant(letter) : letter);
            }
            return sb.ToString();
        }
        // "lbrahim": no name starts with l and a consonant other than l, y or h (Lloyd, Lhamo).
        if (word.Length >= 4 && word[0] == 'l' && IsConsonant(word[1]) && word[1] is not ('l' or 'y' or 'h'))
            return "I" + word[1..].ToString();
        var vv = word.IndexOf("vv", StringComparison.OrdinalIgnoreCase);
        if (vv >= 0) return word[..vv].ToString() + (char.IsUpper(word[vv]) ? "W" : "w") + word[(vv + 2)..].ToString();
        return null;
    }

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        var d = 0;
        while (d < word.Length && char.IsAsciiDigit(word[d])) d++;
        return d > 0 && d == word.Length - 2 && word[d..].ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th";
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetter(c) && "aeiouyAEIOUY".IndexOf(c) < 0;
}
