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
        // One builder per thread, the sentence written straight into it: a screen words up to ten of these.
        var sb = summaryBuilder ??= new StringBuilder(512);
        sb.Clear();
        sb.Append('\'').Append(cmp.Query.Original).Append("' ");
        sb.Append(score >= 0.5 ? "resembles " : "hardly resembles ");
        var combinedFrom = matched.Combined is { } combined ? $"the one-word name '{combined.OneWord}' after the given names of '{combined.FullName}'" : null;
        if (combinedFrom is not null)
            sb.Append('\'').Append(matched.Name.Full).Append("' (").Append(combinedFrom).Append(')');
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
        var first = true;
        foreach (var t in tokens)
        {
            if (t.QueryToken is null && t.ListToken is null) continue;
            if (!first) sb.Append("; ");
            first = false;
            if (t.QueryToken is not null && t.ListToken is not null)
            {
                if (t.Rule == "exact") sb.Append(t.QueryToken).Append(" = ").Append(t.ListToken);
                else sb.Append(t.QueryToken).Append(" ≈ ").Append(t.ListToken).Append(" (").Append(t.Rule).Append(')');
            }
            else if (t.QueryToken is not null) sb.Append(t.QueryToken).Append(" not in the list name");
            else sb.Append(t.ListToken).Append(' ').Append(t.Rule);
        }
        if (cmp.Reordered) sb.Append("; name parts in another order");
        if (cmp.NumberMismatch) sb.Append("; the numbers differ");
        if (cmp.CommonNameLeftOver) sb.Append("; a name common among people with list name parts it does not give: a namesake as likely");
        if (cmp.Query.Titles.Count > 0)
        {
            sb.Append("; title ");
            for (var i = 0; i < cmp.Query.Titles.Count; i++) (i > 0 ? sb.Append(' ') : sb).Append(cmp.Query.Titles[i]);
            sb.Append(" set aside");
        }
        foreach (var f in facts.Facts)
            sb.Append("; ").Append(FactName(f.Feature)).Append(' ').Append(f.Outcome);
        sb.Append('.');
        var summary = sb.ToString();
        if (sb.Capacity > 4096) summaryBuilder = null;
        return new MatchExplanation(cmp.Query.Original, matched.Name.Full, tokens, facts.Facts, summary)
        {
            NameScore = Math.Round(cmp.Score, 4),
            MatchedNameKind = matched.Name.Kind,
            CombinedFrom = combinedFrom,
            Reordered = cmp.Reordered,
            QueryTitles = cmp.Query.Titles,
            LegalForms = cmp.Query.LegalForm is null && cmp.Candidate.LegalForm is null ? null
                : $"{cmp.Query.LegalForm ?? "none"} / {cmp.Candidate.LegalForm ?? "none"}",
        };
    }

    [ThreadStatic] private static StringBuilder? summaryBuilder;

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
            else rule = LeftOverRule(cmp.Candidate, p.Candidate);
            result.Add(new TokenMatch(qt, ct, rule, Math.Round(p.Similarity.Score, 3)));
        }
        return result;
    }

    // Only a person's name has middle names: a word inside an organisation's name is just a word left out.
    private static string LeftOverRule(NameForm candidate, int index)
    {
        var tokens = candidate.Tokens;
        if (tokens[index].Role == TokenRole.Particle) return "particle missing in the query";
        var organisation = candidate.Reading == NameReading.Organisation || candidate.LegalForm is not null;
        return !organisation && index > 0 && index < tokens.Count - 1 ? "missing middle name" : "missing in the query";
    }

    /// <summary>The rule that related two tokens, in words.</summary>
    public static string RuleText(TokenSimilarity s, NameToken q, NameToken c) => s.Rule switch
    {
        TokenRule.Exact => q.Script != NameScript.Latin && q.Script == c.Script ? "exact" : "exact",
        TokenRule.Transliterated => $"transliterated from {ScriptName(q.Script != NameScript.Latin ? q.Script : c.Script)}",
        TokenRule.Equivalent => NameEquivalences.Groups[s.Detail].Kind switch
        {
            EquivalenceKind.OrganisationWord => $"abbreviation ({Cap(q.Text)} = {Cap(c.Text)})",
            EquivalenceKind.GivenName => $"same given name ({Cap(q.Text)} = {Cap(c.Text)})",
            _ => $"romanisation variant ({NameEquivalences.Groups[s.Detail].Language}: {Cap(q.Text)} = {Cap(c.Text)})",
        },
        TokenRule.KoreanVariant => KoreanRule(q, c, s.Detail),
        TokenRule.SoundVariant when s.Detail == TokenComparer.EastSlavicDetail => $"the same name in Russian, Ukrainian or Belarusian (h = g, ў = v, vowels: {Cap(q.Text)} = {Cap(c.Text)})",
        TokenRule.SoundVariant when s.Detail == TokenComparer.ArabicLettersDetail => $"romanisation variant (the same Arabic letters: {Cap(q.Text)} = {Cap(c.Text)})",
        TokenRule.SoundVariant => $"romanisation variant ({SoundRules(q, c)})",
        TokenRule.Consonants => $"same consonants, transliterated from {ScriptName(NameParser.IsAbjad(q.Script) ? q.Script : c.Script)}",
        TokenRule.Typo => $"typo ({s.Detail} letter{(s.Detail == 1 ? "" : "s")} differ)",
        TokenRule.Initial => "initial",
        TokenRule.Joined => "joined/split",
        TokenRule.Vowels => "vowels written otherwise",
        TokenRule.GluedForm => "legal form glued to the name",
        TokenRule.Contraction => "abbreviation (letters left out)",
        TokenRule.Initialism => "initials of the words",
        TokenRule.Sounded => $"written by sound in {ScriptName((q.SoundedFrom ?? c.SoundedFrom)!.Value)}",
        TokenRule.NumberInWords => $"number in words ({Cap(q.Text)} = {Cap(c.Text)})",
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
        // The rules one token went through and the other did not (each once, the query's first), by name.
        Span<int> rules = stackalloc int[Math.Min(q.Rules.Length + c.Rules.Length, 256)];
        var count = 0;
        foreach (var r in q.Rules)
            if (Array.IndexOf(c.Rules, r) < 0 && rules[..count].IndexOf(r) < 0 && count < rules.Length) rules[count++] = r;
        foreach (var r in c.Rules)
            if (Array.IndexOf(q.Rules, r) < 0 && rules[..count].IndexOf(r) < 0 && count < rules.Length) rules[count++] = r;
        var sb = new StringBuilder(64);
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var name = SoundKeys.Rules[rules[i]].Name;
            var repeated = false;
            for (var k = 0; k < i && !repeated; k++) repeated = SoundKeys.Rules[rules[k]].Name == name;
            if (repeated) continue;
            if (written++ > 0) sb.Append(", ");
            sb.Append(name);
        }
        if (written == 0) sb.Append("spelling");
        return sb.Append(": ").Append(Cap(q.Text)).Append(" = ").Append(Cap(c.Text)).ToString();
    }

    private static string Cap(string s) => s.Length == 0 || char.IsUpper(s[0]) ? s
        : string.Create(s.Length, s, static (into, from) => { from.CopyTo(into); into[0] = char.ToUpperInvariant(from[0]); });

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
