using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Bench;

/// <summary>
/// How often a listed person's name in the list's own abjad script finds that person when the lists hold
/// Latin names only: candidate generation and scoring across scripts, on the original-script pairs of a split.
/// </summary>
public static class ScriptScreenTask
{
    public static int Run(string[] args)
    {
        var split = args.Length > 0 ? args[0] : "dev";
        // Every name in an abjad is taken out of the lists: the query must find the Latin ones.
        var entities = SharedLists.Load().Select(e => e with { Names = [.. e.Names.Where(n => !n.Full.Any(c => NameParser.IsAbjad(ScriptTransliterator.ScriptOf(c))))] })
            .Where(e => e.Names.Count > 0).ToList();
        var index = ScreeningIndex.Build(entities);
        var pairs = PairEvaluation.Load(Path.Combine(EvalTask.EvalDirectory, split))
            .Where(p => p.Same && p.Category.StartsWith("script-arabic (list)", StringComparison.Ordinal) || p.Same && p.Category.StartsWith("script-persian", StringComparison.Ordinal)).ToList();
        int found = 0, top3 = 0;
        foreach (var p in pairs)
        {
            var results = index.Screen(ScreeningQuery.ForName(p.Name1, EntitySchema.Person), new ScreeningOptions { Limit = 3 });
            var at = results.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Entity.Id == p.Source);
            if (at.r is not null && at.r.Match) { top3++; if (at.i == 0) found++; }
        }
        Console.WriteLine($"{split}: {pairs.Count} abjad names of listed people against Latin names only: top-1 {(double)found / pairs.Count:0.000}, top-3 {(double)top3 / pairs.Count:0.000} (at the threshold)");
        return 0;
    }
}
