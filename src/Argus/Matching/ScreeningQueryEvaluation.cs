using Argus.Model;
using Sylvan.Data.Csv;

namespace Argus.Matching;

/// <summary>One labelled screening query: the entity ids (and UN references) a screen of it should return, none for an innocent.</summary>
public sealed record LabelledQuery(string Query, EntitySchema Schema, IReadOnlyList<string> ExpectedIds, IReadOnlyList<string> UnReferences, string Category, string Source)
{
    public bool Innocent => ExpectedIds.Count == 0;

    /// <summary>Whether a result is one of the expected subjects: one of the ids, or an entry of the same UN reference.</summary>
    public bool Expects(WatchlistEntity e) =>
        ExpectedIds.Contains(e.Id, StringComparer.Ordinal)
        || UnReferences.Count > 0 && (e.Dataset == Datasets.UnSc && UnReferences.Contains(e.Reference, StringComparer.OrdinalIgnoreCase)
            || (e.Extra.GetValueOrDefault("unReference") ?? []).Any(r => UnReferences.Contains(r, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Whether a result is the expected subject: its entry, or, screening by target, any member of its target.</summary>
    public bool Expects(ScreeningResult r) => Expects(r.Entity) || r.Target is { } t && t.Members.Any(Expects);
}

/// <summary>Ranking figures of the screening queries: the expected subject first, in the top three, among the candidates at all; innocents without an alert.</summary>
public sealed record ScreeningFigures(string Category, int Listed, int Top1, int Top3, int Candidates, int Innocents, int InnocentAlerts)
{
    public double Top1Share => Listed == 0 ? 1 : (double)Top1 / Listed;
    public double Top3Share => Listed == 0 ? 1 : (double)Top3 / Listed;
    public double CandidateRecall => Listed == 0 ? 1 : (double)Candidates / Listed;
    public double InnocentAlertShare => Innocents == 0 ? 0 : (double)InnocentAlerts / Innocents;
}

/// <summary>Reads the labelled screening queries and measures a screener on them.</summary>
public static class ScreeningQueryEvaluation
{
    public static IReadOnlyList<LabelledQuery> Load(string path)
    {
        var (header, body) = LabelledFile.Read(path);
        using var reader = CsvDataReader.Create(new StringReader(body), new CsvDataReaderOptions { HasHeaders = true });
        var queries = new List<LabelledQuery>();
        var line = header.Count + 1;
        string[] Split(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        while (reader.Read())
        {
            line++;
            if (!EntitySchemas.TryParse(reader.GetString(1), out var schema)) throw new FormatException($"{path}: line {line}: unknown schema '{reader.GetString(1)}'");
            if (reader.GetString(0).Trim().Length == 0) throw new FormatException($"{path}: line {line}: empty query");
            queries.Add(new LabelledQuery(reader.GetString(0), schema, Split(reader.GetString(2)), Split(reader.GetString(3)), reader.GetString(4), reader.GetString(5)));
        }
        return queries;
    }

    /// <summary>
    /// Screens each query twice: as a customer screen would (results at or above the threshold, ranked) for
    /// top 1 and top 3; and with every candidate returned (any score, up to 50) for candidate recall.
    /// </summary>
    public static (IReadOnlyList<ScreeningFigures> ByCategory, ScreeningFigures Overall) Evaluate(IReadOnlyList<LabelledQuery> queries, IScreener screener, double threshold)
    {
        var rows = new (string Category, bool Innocent, bool Top1, bool Top3, bool Candidate, bool Alert)[queries.Count];
        Parallel.For(0, queries.Count, i =>
        {
            var q = queries[i];
            var query = ScreeningQuery.ForName(q.Query, q.Schema);
            var matches = screener.Screen(query, new ScreeningOptions { Threshold = threshold, Limit = 10 }).Where(r => r.Score >= threshold).ToList();
            var all = screener.Screen(query, new ScreeningOptions { Threshold = threshold, Limit = 50, MinScore = 0, Candidates = 150 });
            rows[i] = (q.Category, q.Innocent, matches.Take(1).Any(q.Expects), matches.Take(3).Any(q.Expects), all.Any(q.Expects), matches.Count > 0);
        });
        ScreeningFigures Figures(string name, IEnumerable<(string Category, bool Innocent, bool Top1, bool Top3, bool Candidate, bool Alert)> rs)
        {
            var list = rs.ToList();
            var listed = list.Where(r => !r.Innocent).ToList();
            return new ScreeningFigures(name, listed.Count, listed.Count(r => r.Top1), listed.Count(r => r.Top3), listed.Count(r => r.Candidate), list.Count(r => r.Innocent), list.Count(r => r.Innocent && r.Alert));
        }
        var byCategory = rows.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Figures(g.Key, g)).ToList();
        return (byCategory, Figures("overall", rows));
    }
}
