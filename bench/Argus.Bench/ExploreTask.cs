using System.Globalization;
using Argus.Matching;
using Argus.Names;

namespace Argus.Bench;

/// <summary>Tasks for looking at what the matcher does with given names.</summary>
public static class ExploreTask
{
    public static int Screen(string[] names)
    {
        var index = ScreeningIndex.Build(SharedLists.Load());
        Console.Error.WriteLine($"{index.Entities.Count:N0} entities, {index.Names.Count:N0} names, {index.TermCount:N0} terms, built in {index.BuildTime.TotalMilliseconds:N0} ms");
        foreach (var name in names)
        {
            Console.WriteLine($"== {name}");
            // "person:NAME" screens the name as a person's.
            var query = name.StartsWith("person:", StringComparison.Ordinal)
                ? ScreeningQuery.ForName(name["person:".Length..]) with { Schema = Argus.Model.EntitySchema.Person }
                : ScreeningQuery.ForName(name);
            foreach (var r in index.Screen(query, new ScreeningOptions { Limit = 8, MinScore = 0.3 }))
                Console.WriteLine($"  {r.Score.ToString("0.000", CultureInfo.InvariantCulture)} {(r.Match ? "MATCH" : "     ")} {r.Entity.Id,-40} {r.Explanation.Summary}");
        }
        return 0;
    }

    public static int Compare(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            // The best of the readings both names are compared in, as the evaluation and `argus pairs` score them.
            // "person:NAME" compares the names as people's, "org:NAME" as organisations'.
            var (schema, first) = args[i].StartsWith("person:", StringComparison.Ordinal) ? (Argus.Model.EntitySchema.Person, args[i][7..])
                : args[i].StartsWith("org:", StringComparison.Ordinal) ? (Argus.Model.EntitySchema.Organization, args[i][4..]) : (Argus.Model.EntitySchema.Thing, args[i]);
            var cmp = PairScorer.Default.Score(first, args[i + 1], schema).Comparison;
            Console.WriteLine($"{args[i]} / {args[i + 1]}: {cmp.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
            foreach (var form in new[] { cmp.Query, cmp.Candidate })
                Console.WriteLine("   tokens: " + string.Join(" | ", form.Tokens.Select(t =>
                    $"{t.Text} [{t.Role} {t.Script} key={t.Key} sk={t.Skeleton} w={NameComparer.Default.Weights.Weight(t).ToString("0.00", CultureInfo.InvariantCulture)}]")));
            foreach (var t in MatchExplainer.Tokens(cmp))
                Console.WriteLine($"   {t.QueryToken ?? "-",-14} {t.ListToken ?? "-",-14} {t.Score,5} {t.Rule}");
        }
        return 0;
    }
}
