using System.Globalization;
using System.Text;
using Argus.Model;
using Argus.Names;

namespace Argus.Matching;

/// <summary>Turns a name comparison and the facts compared into a <see cref="MatchExplanation"/>: data and one sentence.</summary>
public static class MatchExplainer
{
    public static MatchExplanation Explain(NameComparison cmp, IndexedName matched, WatchlistEntity entity, FactOutcome facts, double score)
    {
        var tokens = Tokens(cmp);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"'{cmp.Query.Original}' ");
        sb.Append(score >= 0.5 ? "resembles " : "hardly resembles ");
        if (matched.Combined is { } combined)
            sb.Append(CultureInfo.InvariantCulture, $"'{matched.Name.Full}' (the one-word name '{combined.OneWord}' after the given names of '{combined.FullName}')");
        else
        {
            sb.Append(matched.Name.Kind switch
            {
                NameKind.Primary => "the name",
                NameKind.Alias => "the alias",
                NameKind.WeakAlias => "the weak alias",
                NameKind.PreviousName => "the former name",
                NameKind.OriginalScript => "the original-script name",
                _ => "the name",
            });
            sb.Append(CultureInfo.InvariantCulture, $" '{matched.Name.Full}'");
        }
        sb.Append(CultureInfo.InvariantCulture, $" of {entity.Caption} ({Datasets.Title(entity.Dataset)} {entity.Reference}), score {score:0.00}: ");
        var parts = new List<string>();
        foreach (var t in tokens)
        {
            if (t.QueryToken is not null && t.ListToken is not null)
                parts.Add(t.Rule == "exact" ? $"{t.QueryToken} = {t.ListToken}" : $"{t.QueryToken} ≈ {t.ListToken} ({t.Rule})");
            else if (t.QueryToken is not null) parts.Add($"{t.QueryToken} not in the list name");
            else if (t.ListToken is not null) parts.Add($"{t.ListToken} {t.Rule}");
        }
        sb.Append(string.Join("; ", parts));
        if (cmp.Reordered) sb.Append("; name parts in another order");
        if (cmp.NumberMismatch) sb.Append("; the numbers differ");
        if (cmp.CommonNameLeftOver) sb.Append("; a name common among people with list name parts it does not give: a namesake as likely");
        if (cmp.Query.Titles.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"; title {string.Join(" ", cmp.Query.Titles)} set aside");
        foreach (var f in facts.Facts)
            sb.Append(CultureInfo.InvariantCulture, $"; {FactName(f.Feature)} {f.Outcome}");
        sb.Append('.');
        return new MatchExplanation(cmp.Query.Original, matched.Name.Full, tokens, facts.Facts, sb.ToString())
        {
            NameScore = Math.Round(cmp.Score, 4),
            MatchedNameKind = matched.Name.Kind,
            Reordered = cmp.Reordered,
            QueryTitles = cmp.Query.Titles,
            LegalForms = cmp.Query.LegalForm is null && cmp.Candidate.LegalForm is null ? null
                : $"{cmp.Query.LegalForm ?? "none"} / {cmp.Candidate.LegalForm ?? "none"}",
        };
    }

    /// <summary>The token alignment with a rule in words for each pair.</summary>
    public static IReadOnlyList<TokenMatch> Tokens(NameComparison cmp)
    {
        var q = cmp.Query.Tokens;
        var c = cmp.Candidate.Tokens;
        var result = new List<TokenMatch>(cmp.Pairs.Count);
        foreach (var p in cmp.Pairs)
        {
            var qt = p.Query >= 0 ? q[p.Query].Source + (p.QueryNext >= 0 ? " " + q[p.QueryNext].Source : "") : null;
            var ct = p.Candidate >= 0 ? c[p.Candidate].Source + (p.CandidateNext >= 0 ? " " + c[p.CandidateNext].Source : "") : null;
            string rule;
            if (p.Query >= 0 && p.Candidate >= 0) rule = RuleText(p.Similarity, q[p.Query], c[p.Candidate]);
            else if (p.Query >= 0) rule = "not in the list name";
            else rule = c[p.Candidate].Role == TokenRole.Particle ? "particle missing in the query" : p.Candidate > 0 && p.Candidate < c.Count - 1 ? "missing middle name" : "missing in the query";
            result.Add(new TokenMatch(qt, ct, rule, Math.Round(p.Similarity.Score, 3)));
        }
        return result;
    }

    /// <summary>The rule that related two tokens, in words.</summary>
    public static string RuleText(TokenSimilarity s, NameToken q, NameToken c) => s.Rule switch
    {
        TokenRule.Exact => q.Script != NameScript.Latin && q.Script == c.Script ? "exact" : "exact",
        TokenRule.Transliterated => $"transliterated from {ScriptName(q.Script != NameScript.Latin ? q.Script : c.Script)}",
        TokenRule.Equivalent => $"romanisation variant ({NameEquivalences.Groups[s.Detail].Language}: {Cap(q.Text)} = {Cap(c.Text)})",
        TokenRule.KoreanVariant => KoreanRule(q, c, s.Detail),
        TokenRule.SoundVariant => $"romanisation variant ({SoundRules(q, c)})",
        TokenRule.Consonants => $"same consonants, transliterated from {ScriptName(NameParser.IsAbjad(q.Script) ? q.Script : c.Script)}",
        TokenRule.Typo => $"typo ({s.Detail} letter{(s.Detail == 1 ? "" : "s")} differ)",
        TokenRule.Initial => "initial",
        TokenRule.Joined => "joined/split",
        TokenRule.Vowels => "vowels written otherwise",
        _ => "no match",
    };

    private static string KoreanRule(NameToken q, NameToken c, int syllable)
    {
        // Of the syllables both tokens can spell, show the one either is the usual spelling of (철 for Chol/Chul).
        var common = q.Syllables.Intersect(c.Syllables).ToArray();
        var usual = common.FirstOrDefault(s => KoreanReadings.Romanise(s, true) is var f && (f == q.Text || f == c.Text));
        if (usual == 0 && !common.Contains(0) && common.Length > 0)
            usual = common.MinBy(s => KoreanReadings.Romanise(s) is var r
                ? Math.Min(StringDistance.Damerau(r, q.Text, 8), StringDistance.Damerau(r, c.Text, 8)) : 9);
        var hangul = KoreanReadings.CharOf(common.Length > 0 ? usual : syllable);
        if (q.Script == NameScript.Hangul || c.Script == NameScript.Hangul)
            return $"transliterated from Hangul ({hangul} = {Cap(q.Script == NameScript.Hangul ? c.Text : q.Text)})";
        var a = q.Text; var b = c.Text;
        if (a.Length != b.Length && (Strip(a) == b || Strip(b) == a || Strip(a) == Strip(b)))
            return $"romanisation variant (Korean initial sound law: {Cap(a)} = {Cap(b)}, {hangul})";
        return $"romanisation variant (Korean: {Cap(a)} = {Cap(b)}, {hangul})";

        static string Strip(string t) => t.Length > 2 && t[0] is 'r' or 'l' or 'n' ? t[1..] : t;
    }

    private static string SoundRules(NameToken q, NameToken c)
    {
        var qs = q.Rules.ToHashSet();
        var cs = c.Rules.ToHashSet();
        var diff = qs.Except(cs).Concat(cs.Except(qs)).Distinct().Select(i => SoundKeys.Rules[i].Name).Distinct().ToArray();
        var names = diff.Length > 0 ? string.Join(", ", diff) : "spelling";
        return $"{names}: {Cap(q.Text)} = {Cap(c.Text)}";
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string ScriptName(NameScript script) => script switch
    {
        NameScript.Han => "Chinese characters",
        NameScript.Kana => "Japanese kana",
        _ => script.ToString(),
    };

    private static string FactName(string feature) => feature switch
    {
        "birthDate" => "date of birth",
        "country" => "country",
        "gender" => "gender",
        _ => feature,
    };
}
