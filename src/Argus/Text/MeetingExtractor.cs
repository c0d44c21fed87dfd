namespace Argus.Text;

/// <summary>
/// Reads meetings from the sentences that speak of one ("meeting", "summit", "talks", "met"): the people
/// meeting ("between X and Y", "X met Y", "talks with Y"), the date as written ("September 13",
/// "13 September 2023") and the place ("meeting in X", "summit at X", "X as the meeting location").
/// Sentences about "the meeting" that name no other pair of people add to the meeting last reported.
/// </summary>
public static class MeetingExtractor
{
    private const int MaxSentenceTokens = 400;
    private const int MaxEvents = 1_000;
    private const int MaxEvidence = 20;

    private static readonly HashSet<string> MeetingWords = new(StringComparer.OrdinalIgnoreCase)
        { "meeting", "meetings", "summit", "talks", "met", "meet", "meets" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase) { "location", "venue", "place", "site", "host" };

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static List<TextEvent> Extract(TextDocument doc, IReadOnlyList<Mention> mentions, IReadOnlyDictionary<Mention, TextEntity> entityOf)
    {
        var events = new List<Builder>();
        var bySentence = mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.OrderBy(m => m.FirstToken).ToList());
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var range = doc.Sentences[s];
            // No sentence of prose is this long; skipping run-on input keeps the work linear.
            if (range.TokenCount > MaxSentenceTokens || events.Count >= MaxEvents) continue;
            var meetingToken = -1;
            for (var t = range.FirstToken; t < range.EndToken; t++)
            {
                if (doc.Tokens[t].Kind == TokenKind.Word && doc.Tokens[t].Length <= 8 && MeetingWords.Has(doc.TokenSpan(t)))
                {
                    meetingToken = t;
                    break;
                }
            }
            if (meetingToken < 0) continue;
            var here = bySentence.TryGetValue(s, out var list) ? list : [];
            var participants = Participants(doc, range, meetingToken, here, entityOf);
            var date = FindDate(doc, range);
            var place = FindPlace(doc, range, meetingToken, here, entityOf);
            var evidence = new TextEvidence(range.Start, range.End, doc.Text[range.Start..range.End]);
            // The meeting is one of the last few reported (a bounded look-back keeps long texts linear).
            var target = participants.Count >= 2
                ? events.TakeLast(20).LastOrDefault(e => e.Participants.Overlaps(participants))
                : events.LastOrDefault();
            if (target is null)
            {
                if (participants.Count < 2 && date is null && place is null) continue;
                target = new Builder();
                events.Add(target);
            }
            target.Participants.UnionWith(participants);
            target.Order.AddRange(participants.Where(p => !target.Order.Contains(p)));
            target.Date ??= date;
            target.Place ??= place;
            if (target.Evidence.Count < MaxEvidence) target.Evidence.Add(evidence);
        }
        return events.Select(e => new TextEvent("meeting", e.Order, e.Date, e.Place, e.Evidence)).ToList();
    }

    private static HashSet<string> Participants(TextDocument doc, TextRange range, int meetingToken, List<Mention> here, IReadOnlyDictionary<Mention, TextEntity> entityOf)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        string NameOf(Mention m) => entityOf.TryGetValue(m, out var e) ? e.Name : m.Text;
        var people = here.Where(m => m.Type == MentionType.Person).ToList();
        for (var t = range.FirstToken; t < range.EndToken; t++)
        {
            var w = doc.Tokens[t].Kind == TokenKind.Word ? doc.TokenText(t) : "";
            if (w.Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                // "between X and Y": the people named up to the end of the clause.
                var clauseEnd = ClauseEnd(doc, t + 1, range.EndToken);
                foreach (var m in people.Where(m => m.FirstToken > t && m.EndToken <= clauseEnd).Take(4)) result.Add(NameOf(m));
            }
            else if (w is "met" or "meet" or "meets")
            {
                var subject = people.LastOrDefault(m => m.EndToken <= t);
                var obj = people.FirstOrDefault(m => m.FirstToken > t && m.FirstToken <= t + 8);
                if (subject is not null && obj is not null)
                {
                    result.Add(NameOf(subject));
                    result.Add(NameOf(obj));
                }
            }
            else if (w is "with" && t > range.FirstToken && doc.TokenText(t - 1) is "talks" or "meeting" or "summit" or "met")
            {
                var obj = people.FirstOrDefault(m => m.FirstToken > t && m.FirstToken <= t + 6);
                var subject = people.LastOrDefault(m => m.EndToken <= t);
                if (obj is not null) result.Add(NameOf(obj));
                if (obj is not null && subject is not null) result.Add(NameOf(subject));
            }
        }
        return result.Count >= 2 ? result : [];
    }

    private static int ClauseEnd(TextDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind == TokenKind.Punctuation && doc.Text[tok.Start] is ',' or ';' or ':' or '(' or ')') return t;
            if (tok.Kind == TokenKind.Word && doc.TokenText(t) is "aimed" or "which" or "who" or "that" or "could" or "to" or "in" or "at" or "on") return t;
        }
        return to;
    }

    private static string? FindPlace(TextDocument doc, TextRange range, int meetingToken, List<Mention> here, IReadOnlyDictionary<Mention, TextEntity> entityOf)
    {
        var places = here.Where(m => m.Type == MentionType.Location).ToList();
        if (places.Count == 0) return null;
        string NameOf(Mention m) => entityOf.TryGetValue(m, out var e) ? e.Name : m.Text;
        // "… X as the meeting location", "the venue, X"
        for (var t = range.FirstToken; t < range.EndToken; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Word || !PlaceWords.Contains(doc.TokenText(t))) continue;
            if (t == 0 || !MeetingWords.Has(doc.TokenSpan(t - 1))) continue;
            var nearest = places.OrderBy(m => Math.Abs(m.FirstToken - t)).First();
            return NameOf(nearest);
        }
        // "meeting in X", "summit at X", "meeting between A and B in X": "in"/"at" after the meeting word, with
        // only the names of those meeting (and the words joining them) in between.
        var covered = new HashSet<int>();
        foreach (var m in here)
            for (var k = m.FirstToken; k < m.EndToken; k++) covered.Add(k);
        for (var t = meetingToken + 1; t < range.EndToken && t - meetingToken <= 30; t++)
        {
            if (covered.Contains(t)) continue;
            var tok = doc.Tokens[t];
            var w = tok.Kind == TokenKind.Word ? doc.TokenText(t) : "";
            if (w is "in" or "at")
            {
                var m = places.FirstOrDefault(p => p.FirstToken == t + 1 || (p.FirstToken == t + 2 && doc.TokenText(t + 1) == "the"));
                return m is null ? null : NameOf(m);
            }
            if (w is "between" or "and" or "with" or "the" or "of" || MentionRecognizer.RoleNouns.Contains(w) || tok.Kind == TokenKind.Possessive
                || (tok.Kind == TokenKind.Punctuation && doc.Text[tok.Start] == ',')) continue;
            return null;
        }
        return null;
    }

    /// <summary>"September 13", "September 13, 2023", "13 September 2023", "Sept. 13" as written.</summary>
    private static string? FindDate(TextDocument doc, TextRange range)
    {
        for (var t = range.FirstToken; t < range.EndToken; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Word || !IsMonth(doc.TokenSpan(t))) continue;
            var first = t;
            var last = t;
            var next = t + 1;
            if (next < range.EndToken && doc.Tokens[next].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[next].Start] == '.') next++;
            if (next < range.EndToken && IsDay(doc, next))
            {
                last = next;
                var y = next + 1;
                if (y < range.EndToken && doc.Text[doc.Tokens[y].Start] == ',') y++;
                if (y < range.EndToken && IsYear(doc, y)) last = y;
            }
            else if (t > range.FirstToken && IsDay(doc, t - 1))
            {
                first = t - 1;
                if (next < range.EndToken && IsYear(doc, next)) last = next;
            }
            else continue;
            return doc.Slice(first, last);
        }
        return null;
    }

    private static bool IsMonth(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w.Length > 9 || !char.IsUpper(w[0])) return false;
        foreach (var m in Months)
        {
            if (w.Length == m.Length && w.Equals(m, StringComparison.OrdinalIgnoreCase)) return true;
            if (w.Length is 3 or 4 && m.StartsWith(w.ToString(), StringComparison.OrdinalIgnoreCase) && m != "may") return true;
        }
        return false;
    }

    private static bool IsDay(TextDocument doc, int t)
    {
        var tok = doc.Tokens[t];
        if (tok.Kind != TokenKind.Number || tok.Length > 2) return false;
        return int.TryParse(doc.TokenSpan(t), out var d) && d is >= 1 and <= 31;
    }

    private static bool IsYear(TextDocument doc, int t)
    {
        var tok = doc.Tokens[t];
        return tok.Kind == TokenKind.Number && tok.Length == 4 && int.TryParse(doc.TokenSpan(t), out var y) && y is >= 1900 and <= 2100;
    }

    private sealed class Builder
    {
        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);
        public List<string> Order { get; } = [];
        public string? Date { get; set; }
        public string? Place { get; set; }
        public List<TextEvidence> Evidence { get; } = [];
    }
}
