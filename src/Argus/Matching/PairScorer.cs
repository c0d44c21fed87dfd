using Argus.Model;
using Argus.Names;

namespace Argus.Matching;

/// <summary>The score of one pair of names and whether it reaches the threshold.</summary>
public sealed record PairScore(double Score, bool Match, NameComparison Comparison);

/// <summary>Scores two names against each other, without any list (`argus pairs`, the evaluation).</summary>
public sealed class PairScorer(NameComparer comparer, double threshold = ScoreCalibration.DefaultThreshold)
{
    public static PairScorer Default { get; } = new(NameComparer.Default);

    public double Threshold => threshold;

    public PairScore Score(string name1, string name2, EntitySchema schema = EntitySchema.Thing)
    {
        NameComparison? cmp = null;
        foreach (var (query, candidate) in Forms(name1, name2, schema, comparer))
        {
            var c = comparer.Compare(query, candidate);
            if (cmp is null || c.Score > cmp.Score) cmp = c;
        }
        var score = Math.Round(cmp!.Score, 4);
        return new PairScore(score, score >= threshold, cmp);
    }

    /// <summary>
    /// Every reading of the first name against every reading of the second, as a screen compares them: the
    /// alternatives of each (';'-separated) and, for a person, the second's one-word names combined with its given names.
    /// </summary>
    public static IEnumerable<(NameForm Query, NameForm Candidate)> Forms(string name1, string name2, EntitySchema schema, NameComparer comparer)
    {
        var reading = ScreeningIndex.ReadingFor(schema);
        var candidates = NameParser.Alternatives(name2).Select(b => (Full: b, Form: NameParser.Parse(b, reading))).ToList();
        // The alternatives of the second name are one person's names, as an index holds them.
        if (schema == EntitySchema.Person && candidates.Count > 1)
            candidates.AddRange(OneWordNames.Combine(candidates, comparer.Weights, comparer.Population).Select(c => (c.Name, NameParser.Parse(c.Name, reading))));
        // Neither name is the list's: the second is read in the other spellings too (another nation's romanisation,
        // a name written by sound), still compared as the name the first is checked against.
        foreach (var b in QueryReadings.Of(name2, reading))
            if (!candidates.Exists(x => x.Full == b)) candidates.Add((b, NameParser.Parse(b, reading)));
        foreach (var form in SoundedReadings.Forms(name2, reading)) candidates.Add((form.Original, form));
        candidates.RemoveAll(c => ScreeningIndex.ForeignInHangul(c.Full, c.Form));
        foreach (var a in QueryReadings.Of(name1, reading))
        {
            var query = NameParser.Parse(a, reading);
            if (ScreeningIndex.ForeignInHangul(a, query)) continue;
            foreach (var b in candidates) yield return (query, b.Form);
        }
        foreach (var query in SoundedReadings.Forms(name1, reading))
            foreach (var b in candidates) yield return (query, b.Form);
    }
}
