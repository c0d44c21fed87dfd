namespace Argus.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters of any script, with inner hyphens and apostrophes ("Pyeong-chol", "O'Brien", "U.S.").</summary>
    Word,
    /// <summary>Digits, with inner decimal points or group separators ("3.5", "1,000").</summary>
    Number,
    /// <summary>The possessive ending "'s" split off a word ("Russia" + "'s").</summary>
    Possessive,
    /// <summary>A quotation mark that is not part of a word.</summary>
    Quote,
    /// <summary>Any other single character: punctuation, symbols.</summary>
    Punctuation,
}

/// <summary>
/// One token: a range of the scanned string. Offsets count UTF-16 code units of the .NET string
/// (as <see cref="string.Substring(int, int)"/> does), End exclusive.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public string TextOf(string text) => text.Substring(Start, End - Start);
}
