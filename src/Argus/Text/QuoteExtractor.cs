namespace Argus.Text;

/// <summary>
/// Finds direct quotes (double quotation marks of any style: "…", “…”, „…“, «…») and their speakers:
/// "X stated, '…'", "'…,' X said", "'…,' said X", "according to X", "he said" (the person last named), and
/// scare quotes inside a sentence whose subject speaks ("South Korea conveyed its '…'"). A quote runs across
/// sentences, and across paragraphs when the next paragraph reopens it (news style). Quotes nested inside
/// quotes stay part of the outer one; an unclosed quote at the end of a paragraph is not a quote.
/// </summary>
public static class QuoteExtractor
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "warned", "noted", "declared", "announced",
        "explained", "insisted", "replied", "wrote", "writes", "asked", "continued", "remarked", "emphasized", "emphasised",
        "stressed", "argued", "claimed", "conveyed", "expressed", "urged", "vowed", "promised", "accused", "cautioned",
        "commented", "confirmed", "denied", "concluded", "recalled", "tweeted", "posted", "acknowledged", "admitted", "called",
        "described", "mentioned", "pointed", "assured", "threatened", "demanded",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    public static List<TextQuote> Extract(TextDocument doc, IReadOnlyList<Mention> mentions, IReadOnlyDictionary<Mention, TextEntity> entityOf)
    {
        var spans = FindQuoteSpans(doc);
        var result = new List<TextQuote>(spans.Count);
        var sentenceOfToken = new SentenceIndex(doc);
        var speakers = new MentionIndex(mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization
            || (m.Type == MentionType.Location && m.PlaceKind == PlaceKind.Country)).OrderBy(m => m.FirstToken).ToList());
        foreach (var (open, close, text) in spans)
        {
            var speaker = FindSpeaker(doc, open, close, speakers, sentenceOfToken);
            var name = speaker is null ? null : entityOf.TryGetValue(speaker, out var e) ? e.Name : speaker.Text;
            var start = doc.Tokens[open].End;
            var end = doc.Tokens[close].Start;
            result.Add(new TextQuote(name, text ?? doc.Text[start..end], start, end));
        }
        return result;
    }

    /// <summary>Pairs of opening and closing quotation-mark tokens, outermost only.</summary>
    private static List<(int Open, int Close, string? Text)> FindQuoteSpans(TextDocument doc)
    {
        var result = new List<(int, int, string?)>();
        var text = doc.Text;
        int? pendingOpen = null;
        List<(int, int)>? pieces = null;
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var para = doc.Paragraphs[p];
            int? open = null;
            var depth = 0;
            var startToken = para.FirstToken;
            if (pendingOpen is not null)
            {
                // A quote left open at the end of the previous paragraph goes on only if this one reopens it.
                if (IsDoubleQuote(doc, para.FirstToken) && IsOpening(text, doc, para.FirstToken))
                {
                    open = para.FirstToken;
                    depth = 1;
                    startToken = para.FirstToken + 1;
                }
                else
                {
                    pendingOpen = null;
                    pieces = null;
                }
            }
            for (var t = startToken; t < para.EndToken; t++)
            {
                if (!IsDoubleQuote(doc, t)) continue;
                var opening = depth == 0 || (IsOpening(text, doc, t) && !IsClosing(text, doc, t));
                if (opening)
                {
                    if (depth == 0) open = t;
                    // Deeper nesting than any prose needs is counted no further, so hostile input stays linear and bounded.
                    if (depth < 64) depth++;
                    continue;
                }
                if (depth == 0) continue;
                depth--;
                if (depth > 0) continue;
                if (pendingOpen is { } po && pieces is not null)
                {
                    pieces.Add((doc.Tokens[open!.Value].End, doc.Tokens[t].Start));
                    result.Add((po, t, string.Join("\n", pieces.Select(x => text[x.Item1..x.Item2]))));
                    pendingOpen = null;
                    pieces = null;
                }
                else result.Add((open!.Value, t, null));
                open = null;
            }
            if (depth > 0 && open is { } o && p + 1 < doc.Paragraphs.Count)
            {
                pieces ??= [];
                pieces.Add((doc.Tokens[o].End, para.End));
                pendingOpen ??= o;
            }
            else
            {
                pendingOpen = null;
                pieces = null;
            }
        }
        return result;
    }

    private static bool IsDoubleQuote(TextDocument doc, int t) =>
        doc.Tokens[t].Kind == TokenKind.Quote && doc.Text[doc.Tokens[t].Start] is '"' or '“' or '”' or '„' or '«' or '»';

    private static bool IsOpening(string text, TextDocument doc, int t)
    {
        var c = text[doc.Tokens[t].Start];
        if (c is '“' or '„' or '«') return true;
        if (c is '”' or '»') return false;
        var s = doc.Tokens[t].Start;
        return s == 0 || char.IsWhiteSpace(text[s - 1]) || text[s - 1] is '(' or '[' or '—' or '–';
    }

    private static bool IsClosing(string text, TextDocument doc, int t)
    {
        var c = text[doc.Tokens[t].Start];
        if (c is '”' or '»') return true;
        if (c is '“' or '„' or '«') return false;
        var e = doc.Tokens[t].End;
        return e >= text.Length || char.IsWhiteSpace(text[e]) || char.IsPunctuation(text[e]);
    }

    private static Mention? FindSpeaker(TextDocument doc, int open, int close, MentionIndex speakers, SentenceIndex sentences)
    {
        var closeSentence = sentences.Of(close);
        var openSentence = sentences.Of(open);
        // After the quote: "…," X said / "…," said X / "…," he said.
        var after = close + 1;
        var limit = Math.Min(doc.Tokens.Count, after + 8);
        // Only a quote that ends on a comma, question or exclamation mark ("…," X said) or is followed by a comma
        // or dash hands the sentence on to its speaker.
        var handsOn = (close > open + 1 && doc.Tokens[close - 1].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[close - 1].Start] is ',' or '?' or '!')
            || (after < doc.Tokens.Count && doc.Tokens[after].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[after].Start] is ',' or '—' or '–');
        if (handsOn && after < doc.Tokens.Count && !StartsNewSentence(doc, after, sentences, closeSentence))
        {
            for (var t = after; t < limit; t++)
            {
                if (doc.Tokens[t].Kind == TokenKind.Quote) break;
                if (doc.Tokens[t].Kind != TokenKind.Word || !SpeechVerbs.Has(doc.TokenSpan(t))) continue;
                var before = speakers.LastWithin(after, t);
                if (before is not null) return before;
                var next = speakers.FirstStartingIn(t + 1, t + 5);
                if (next is not null) return next;
                if (t > after && Pronouns.Contains(doc.TokenText(t - 1)))
                    return speakers.LastPersonBefore(open);
                break;
            }
        }
        // Before the quote: X stated, "…"  /  X said: "…"  /  X conveyed its "…"
        var sentenceStart = doc.Sentences[openSentence].FirstToken;
        for (var t = open - 1; t >= sentenceStart && t >= open - 12; t--)
        {
            if (doc.Tokens[t].Kind == TokenKind.Quote) break;
            if (doc.Tokens[t].Kind != TokenKind.Word || !SpeechVerbs.Has(doc.TokenSpan(t))) continue;
            var subject = speakers.LastWithin(sentenceStart, t);
            if (subject is not null) return subject;
            if (t > sentenceStart && Pronouns.Contains(doc.TokenText(t - 1)))
                return speakers.LastPersonBefore(t);
            break;
        }
        // "according to X" in the sentences of the quote.
        // Within a window around the quote: a run-on "sentence" of hostile input must not make this quadratic.
        var from = Math.Max(doc.Sentences[openSentence].FirstToken, open - 40);
        var to = Math.Min(doc.Sentences[closeSentence].EndToken, close + 40);
        for (var t = from; t + 2 < to; t++)
        {
            if (t > open && t < close)
            {
                t = close;
                continue;
            }
            if (!doc.TokenText(t).Equals("according", StringComparison.OrdinalIgnoreCase) || doc.TokenText(t + 1) != "to") continue;
            var who = speakers.FirstStartingIn(t + 2, t + 7);
            if (who is not null) return who;
        }
        return null;
    }

    private static bool StartsNewSentence(TextDocument doc, int token, SentenceIndex sentences, int closeSentence) =>
        sentences.Of(token) != closeSentence && doc.Text[doc.Tokens[token].Start] is var c && char.IsUpper(c) && !SpeechVerbs.Contains(doc.TokenText(token));
}

/// <summary>Which sentence a token belongs to, by binary search over the sentence ranges.</summary>
public sealed class SentenceIndex(TextDocument doc)
{
    public int Of(int token)
    {
        var s = doc.Sentences;
        int lo = 0, hi = s.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (s[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}

/// <summary>Mentions in token order, searched by binary search so that many quotes over a long text stay cheap.</summary>
public sealed class MentionIndex(IReadOnlyList<Mention> sorted)
{
    /// <summary>Index of the first mention whose FirstToken is at least <paramref name="token"/>.</summary>
    private int LowerBound(int token)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].FirstToken < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The last mention lying wholly inside tokens [from, to).</summary>
    public Mention? LastWithin(int from, int to)
    {
        for (var i = LowerBound(to) - 1; i >= 0 && sorted[i].FirstToken >= from; i--)
            if (sorted[i].EndToken <= to) return sorted[i];
        return null;
    }

    /// <summary>The first mention starting in tokens [from, to).</summary>
    public Mention? FirstStartingIn(int from, int to)
    {
        var i = LowerBound(from);
        return i < sorted.Count && sorted[i].FirstToken < to ? sorted[i] : null;
    }

    /// <summary>The last person named before token <paramref name="to"/> (searching back at most 200 mentions).</summary>
    public Mention? LastPersonBefore(int to)
    {
        var i = LowerBound(to) - 1;
        for (var n = 0; i >= 0 && n < 200; i--, n++)
            if (sorted[i].Type == MentionType.Person && sorted[i].EndToken <= to) return sorted[i];
        return null;
    }
}
