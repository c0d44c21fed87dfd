using System.Globalization;
using System.Text;

namespace Argus.Text;

/// <summary>
/// Splits text into tokens in one left-to-right pass (linear time, no regular expressions), for any
/// script. Invisible formatting characters (bidirectional marks, zero-width spaces, byte-order marks)
/// separate tokens like spaces do, except the zero-width joiners that belong inside Persian and Indic words.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Max(16, text.Length / 5));
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsSeparator(text, i))
            {
                i++;
                continue;
            }
            if (IsLetterAt(text, i, out var width))
            {
                i = ReadWord(text, i, width, tokens);
                continue;
            }
            if (char.IsAsciiDigit(c) || char.IsDigit(c))
            {
                var start = i++;
                while (i < n)
                {
                    if (char.IsDigit(text[i])) i++;
                    else if ((text[i] == '.' || text[i] == ',') && i + 1 < n && char.IsDigit(text[i + 1])) i += 2;
                    else break;
                }
                tokens.Add(new Token(start, i, TokenKind.Number));
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Punctuation));
                i += 2;
                continue;
            }
            tokens.Add(new Token(i, i + 1, IsQuoteChar(c) ? TokenKind.Quote : TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    /// <summary>Quotation marks of the languages a newsroom meets.</summary>
    public static bool IsQuoteChar(char c) => c is '"' or '\'' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '«' or '»' or '‹' or '›' or '「' or '」' or '『' or '』';

    /// <summary>Single capital letters (initials) and the abbreviations of titles and name parts that take a full stop.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0]))
        || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Jr" or "Sr" or "St" or "Mt" or "Ft" or "Gen" or "Lt" or "Col" or "Maj" or "Capt" or "Sgt"
            or "Prof" or "Rev" or "Gov" or "Sen" or "Rep" or "Adm" or "Cmdr" or "Brig" or "Messrs" or "Mme" or "Mlle" or "Hon" or "Sheikh";

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static bool IsSeparator(string text, int i)
    {
        var c = text[i];
        if (char.IsWhiteSpace(c)) return true;
        if (c is '\u200C' or '\u200D') return false;
        return char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;
    }

    private static bool IsLetterAt(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsLetter(c)) return true;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return Rune.GetUnicodeCategory(new Rune(c, text[i + 1])) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
        }
        return false;
    }

    private static bool IsWordInner(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D') return true;
        var cat = char.GetUnicodeCategory(c);
        if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return true;
        return IsLetterAt(text, i, out width);
    }

    /// <summary>"'s" or "’s" ending a word (followed by a non-letter or the end).</summary>
    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && IsApostrophe(text[i]) && (text[i + 1] is 's' or 'S')
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static int ReadWord(string text, int start, int firstWidth, List<Token> tokens)
    {
        var n = text.Length;
        var i = start + firstWidth;
        // Dotted abbreviations of single letters ("U.S.", "U.N.", "D.C.") are one token with their dots.
        if (firstWidth == 1 && i + 2 < n && text[i] == '.' && char.IsLetter(text[i + 1]) && text[i + 2] == '.'
            && (i + 3 >= n || !char.IsLetter(text[i + 3])))
        {
            i += 3;
            while (i + 1 < n && char.IsLetter(text[i]) && text[i + 1] == '.' && (i + 2 >= n || !char.IsLetter(text[i + 2]))) i += 2;
            tokens.Add(new Token(start, i, TokenKind.Word));
            return i;
        }
        // An initial ("John F. Kennedy") or a short abbreviation of names and titles ("Jr.", "St.", "Gen.") keeps its full stop.
        if (i < n && text[i] == '.' && IsAbbreviation(text.AsSpan(start, i - start)) && (i + 1 >= n || !char.IsLetterOrDigit(text[i + 1])))
        {
            tokens.Add(new Token(start, i + 1, TokenKind.Word));
            return i + 1;
        }
        while (i < n)
        {
            if (IsWordInner(text, i, out var w))
            {
                i += w;
                continue;
            }
            var c = text[i];
            if (IsHyphen(c) && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            // "AT&T", "S&P", "B&SR": an ampersand between capitals is inside an acronym.
            if (c == '&' && i + 1 < n && char.IsUpper(text[i + 1]) && char.IsUpper(text[i - 1]))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i))
            {
                i++;
                continue;
            }
            break;
        }
        if (i < n && text[i] == '.' && IsAbbreviation(text.AsSpan(start, i - start)) && (i + 1 >= n || !char.IsLetterOrDigit(text[i + 1])))
            i++;
        tokens.Add(new Token(start, i, TokenKind.Word));
        if (i < n && IsPossessiveAt(text, i))
        {
            tokens.Add(new Token(i, i + 2, TokenKind.Possessive));
            i += 2;
        }
        return i;
    }
}
