using System.Globalization;
using System.Text;

namespace Argus.Text;

/// <summary>
/// Text from files, lists and queries made safe to show on a terminal or in a log line: control
/// characters (C0, DEL, C1 — the start of every escape sequence) and the bidirectional overrides and
/// isolates (which reorder what the eye reads) become visible escapes such as <c>\x1B</c> or
/// <c>\u202E</c>. Letters of every script, and the joiners Persian and Indic names need, pass unchanged.
/// </summary>
public static class DisplayText
{
    /// <summary>The text with every unsafe character escaped; the same instance when there is none.</summary>
    /// <param name="text">Text taken from data.</param>
    /// <param name="keepLineBreaks">Keep '\n' (for a multi-line table cell); otherwise it is escaped too, so one message stays one line.</param>
    public static string Escape(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var first = text.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        if (first < 0 && !text.AsSpan().ContainsAny(Unsafe)) return text;
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\n' && keepLineBreaks) b.Append(c);
            else if (c < '\u0100' && char.IsControl(c)) b.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else if (IsDirectionControl(c)) b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else b.Append(c);
        }
        return b.ToString();
    }

    // DEL, C1, and the bidirectional embeddings, overrides and isolates.
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" +
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    private static bool IsDirectionControl(char c) => c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';
}
