namespace Argus.Text;

/// <summary>
/// Cuts paragraphs into sentences at ".", "!", "?" and "…", keeping closing quotes and brackets with the
/// sentence they close, and not cutting after abbreviations ("Mr.", "Gen.", "Jan."), initials ("John F.
/// Kennedy"), or inside decimal numbers (which the tokenizer keeps whole).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen", "rep",
        "rev", "st", "mt", "ft", "jr", "sr", "no", "nos", "vol", "vs", "etc", "approx", "dept", "est", "fig", "cf", "al",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "pp", "p",
    };

    public static List<TextRange> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextRange> paragraphs)
    {
        var result = new List<TextRange>();
        foreach (var p in paragraphs)
        {
            var first = p.FirstToken;
            var t = p.FirstToken;
            while (t < p.EndToken)
            {
                if (!IsTerminator(text, tokens, t, p.FirstToken))
                {
                    t++;
                    continue;
                }
                var last = t;
                while (last + 1 < p.EndToken && IsCloser(text, tokens[last + 1])) last++;
                if (last + 1 < p.EndToken && !StartsSentence(text, tokens, last + 1, p.EndToken))
                {
                    t = last + 1;
                    continue;
                }
                result.Add(new TextRange(tokens[first].Start, tokens[last].End, first, last + 1));
                first = t = last + 1;
            }
            if (first < p.EndToken) result.Add(new TextRange(tokens[first].Start, tokens[p.EndToken - 1].End, first, p.EndToken));
        }
        return result;
    }

    private static bool IsTerminator(string text, IReadOnlyList<Token> tokens, int t, int paragraphStart)
    {
        var tok = tokens[t];
        if (tok.Kind == TokenKind.Word)
        {
            // "U.S." or "Jr." ending a sentence carries the full stop inside the token: a break only before a
            // capitalised common word ("… in the U.S. The talks …").
            return text[tok.End - 1] == '.' && tok.Length > 2 && t + 1 < tokens.Count && IsCommonCapitalised(text, tokens[t + 1]);
        }
        if (tok.Kind != TokenKind.Punctuation) return false;
        var c = text[tok.Start];
        if (c is '!' or '?' or '…' or '。' or '！' or '？' or '؟') return true;
        if (c != '.') return false;
        if (t == paragraphStart) return false;
        var prev = tokens[t - 1];
        if (prev.End != tok.Start || prev.Kind != TokenKind.Word) return true;
        var word = prev.In(text);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !Abbreviations.Contains(word.ToString());
    }

    private static bool IsCommonCapitalised(string text, Token next) =>
        next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && next.Length <= 12 && Gazetteer.Default.IsCommonWord(next.In(text));

    private static bool IsCloser(string text, Token tok) =>
        tok.Kind == TokenKind.Quote ? text[tok.Start] is '"' or '”' or '’' or '\'' or '»' or '›' or '」' or '』'
        : tok.Kind == TokenKind.Punctuation && text[tok.Start] is ')' or ']' or '.' or '!' or '?';

    private static bool StartsSentence(string text, IReadOnlyList<Token> tokens, int t, int end)
    {
        var tok = tokens[t];
        // Between a terminator and a word on a new line there is always a break.
        if (tok.Kind is TokenKind.Quote or TokenKind.Number) return true;
        if (tok.Kind == TokenKind.Punctuation) return text[tok.Start] is '(' or '[' or '-' or '—' or '–' or '•';
        var c = text[tok.Start];
        return !char.IsLower(c);
    }
}
