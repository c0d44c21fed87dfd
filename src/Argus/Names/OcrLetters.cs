namespace Argus.Names;

/// <summary>
/// Letters that scanning and retyping confuse with digits or with other letters: 0/O, 1/I/l, 5/S, 8/B in a
/// word, a small l in a word written in capitals, and the letter groups a scanner reads as one letter
/// (rn/m, cl/d, ri/n, ii/u, vv/w).
/// </summary>
public static class OcrLetters
{
    /// <summary>
    /// A word mixing letters with digits that look like letters ("5ERGEI", "0leg", "KORYO 8ANK"), read as the
    /// letters; a small l in a word otherwise in capitals ("lNTERNATIONAL", "SlK") read as I. The word as it was
    /// when it is neither: a number ("12", "1st", "B52") stays one.
    /// </summary>
    /// <param name="text">The word in lower case.</param>
    /// <param name="source">The word as written, in its own case.</param>
    public static string Read(string text, ReadOnlySpan<char> source)
    {
        int letters = 0, digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c)) letters++;
            else if (c is '0' or '1' or '5' or '8') digits++;
            else if (char.IsAsciiDigit(c)) return text;
        }
        if (digits > 0)
            return letters >= digits && letters > 0 && !IsOrdinal(text) ? string.Create(text.Length, text, static (into, t) =>
            {
                for (var i = 0; i < t.Length; i++) into[i] = t[i] switch { '0' => 'o', '1' => 'i', '5' => 's', '8' => 'b', var c => c };
            }) : text;
        return SmallLInCapitals(source) ? CapitalI(text, source) : text;
    }

    // "1st", "22nd", "5th": digits with an ordinal ending are a number.
    private static bool IsOrdinal(string text) =>
        text.Length >= 3 && char.IsAsciiDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th" && text[..^2].All(char.IsAsciiDigit);

    // The word with each small l of its source read as i (the source's letters and digits are the text's, in order).
    private static string CapitalI(string text, ReadOnlySpan<char> source)
    {
        var letters = text.ToCharArray();
        var k = 0;
        foreach (var c in source)
        {
            if (!char.IsAsciiLetterOrDigit(c)) continue;
            if (k >= letters.Length) break;
            if (c == 'l') letters[k] = 'i';
            k++;
        }
        return new string(letters);
    }

    // Two capitals or more and no small letter but l: the l stands where a capital I was.
    private static bool SmallLInCapitals(ReadOnlySpan<char> source)
    {
        int capitals = 0, smallL = 0;
        foreach (var c in source)
        {
            if (char.IsAsciiLetterUpper(c)) capitals++;
            else if (c == 'l') smallL++;
            else if (char.IsAsciiLetterLower(c)) return false;
        }
        return smallL > 0 && capitals >= 2;
    }

    /// <summary>
    /// The token with every group a scanner confuses written one way (rn → m, cl → d, ri → n, ii → u, vv → w,
    /// l → i): two tokens of one fold differ only in what a scan misreads ("Drnitry" / "Dmitry", "Ahmacl" /
    /// "Ahmad", "Hassari" / "Hassan", "llya" / "Ilya"). The text itself when it holds none of them.
    /// </summary>
    public static string Fold(string text)
    {
        if (!MayFold(text)) return text;
        Span<char> into = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var pair = (c, next) switch { ('r', 'n') => 'm', ('c', 'l') => 'd', ('r', 'i') => 'n', ('i', 'i') => 'u', ('v', 'v') => 'w', _ => '\0' };
            if (pair != '\0') { into[n++] = pair; i++; continue; }
            into[n++] = c == 'l' ? 'i' : c;
        }
        return new string(into[..n]);
    }

    private static bool MayFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'l') return true;
            if (i + 1 < text.Length && (c, text[i + 1]) is ('r', 'n') or ('c', 'l') or ('r', 'i') or ('i', 'i') or ('v', 'v')) return true;
        }
        return false;
    }
}
