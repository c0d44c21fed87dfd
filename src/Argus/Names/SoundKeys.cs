namespace Argus.Names;

/// <summary>One named spelling rule of the sound key ("Russian kh/h": kh → h).</summary>
public sealed record SpellingRule(string Name, string From, string To, SpellingRulePlace Place);

public enum SpellingRulePlace { Anywhere, Start, End }

/// <summary>
/// Maps a romanised name token to a sound key: the spellings that romanisation systems disagree on
/// (kh/h, ou/u, eo/o, voiced/voiceless consonants, vowel qualities…) collapse to one form, so that
/// Yevgeny/Evgeniy or Husayn/Hussein share a key. Rules come from the embedded table sound-rules.tsv.
/// </summary>
public static class SoundKeys
{
    public static IReadOnlyList<SpellingRule> Rules { get; } = NameResources.Rows("sound-rules.tsv")
        .Select(r => new SpellingRule(r[0], r[1], r[2], r.Length > 3 && r[3] == "start" ? SpellingRulePlace.Start : r.Length > 3 && r[3] == "end" ? SpellingRulePlace.End : SpellingRulePlace.Anywhere))
        .ToArray();

    /// <summary>The sound key of a normalised (lower-case ASCII) token.</summary>
    public static string Key(string token) => Key(token, null);

    /// <summary>The sound key; <paramref name="applied"/> receives the indexes of the rules that changed the token.</summary>
    public static string Key(string token, List<int>? applied)
    {
        if (token.Length == 0 || char.IsAsciiDigit(token[0])) return token;
        var s = token;
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            string next;
            switch (rule.Place)
            {
                case SpellingRulePlace.Start:
                    next = s.StartsWith(rule.From, StringComparison.Ordinal) ? rule.To + s[rule.From.Length..] : s;
                    break;
                case SpellingRulePlace.End:
                    next = s.EndsWith(rule.From, StringComparison.Ordinal) ? s[..^rule.From.Length] + rule.To : s;
                    break;
                default:
                    next = s.Contains(rule.From, StringComparison.Ordinal) ? s.Replace(rule.From, rule.To, StringComparison.Ordinal) : s;
                    break;
            }
            if (!ReferenceEquals(next, s) && next != s)
            {
                applied?.Add(i);
                s = next;
            }
        }
        return Collapse(s);
    }

    // Doubled letters carry no sound difference across romanisations (Mohammed/Mohamed), and a
    // final h after a vowel is silent (Abdullah/Abdulla).
    private static string Collapse(string s)
    {
        Span<char> buffer = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (n > 0 && buffer[n - 1] == c) continue;
            buffer[n++] = c;
        }
        if (n > 2 && buffer[n - 1] == 'h' && buffer[n - 2] is 'a' or 'i' or 'u') n--;
        return new string(buffer[..n]);
    }
}
