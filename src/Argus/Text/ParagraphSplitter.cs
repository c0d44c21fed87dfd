namespace Argus.Text;

/// <summary>
/// Cuts a text into paragraphs. When the text has blank lines, they separate paragraphs (so that hard-wrapped
/// lines stay together); otherwise every line is a paragraph, as in web copy with one paragraph per line.
/// </summary>
public static class ParagraphSplitter
{
    public static List<TextRange> Split(string text, IReadOnlyList<Token> tokens)
    {
        var blankLines = HasBlankLine(text);
        var result = new List<TextRange>();
        var first = 0;
        for (var t = 1; t <= tokens.Count; t++)
        {
            if (t < tokens.Count && !IsBreak(text, tokens[t - 1].End, tokens[t].Start, blankLines)) continue;
            if (t > first) result.Add(new TextRange(tokens[first].Start, tokens[t - 1].End, first, t));
            first = t;
        }
        return result;
    }

    private static bool HasBlankLine(string text)
    {
        var newlines = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (++newlines >= 2) return true;
            }
            else if (c != '\r' && !char.IsWhiteSpace(c)) newlines = 0;
        }
        return false;
    }

    private static bool IsBreak(string text, int from, int to, bool needBlankLine)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '\n' or '\u2029' or '\u2028' || (c == '\r' && (i + 1 >= to || text[i + 1] != '\n'))) newlines++;
        }
        return needBlankLine ? newlines >= 2 : newlines >= 1;
    }
}
