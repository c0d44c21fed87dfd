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
        // A category prefix (a second argument) screens that category's queries instead ("script-kana (ICU)").
        var category = args.Length > 1 ? args[1] : null;
        var pairs = PairEvaluation.Load(Path.Combine(EvalTask.EvalDirectory, split))
            .Where(p => p.Same && (category is null
                ? p.Category.StartsWith("script-arabic (list)", StringComparison.Ordinal) || p.Category.StartsWith("script-persian", StringComparison.Ordinal)
                : p.Category.StartsWith(category, StringComparison.Ordinal))).ToList();
        int found = 0, top3 = 0;
        foreach (var p in pairs)
        {
            // The source of a generated pair names the transform after the entity id: "us_ofac_sdn-46703 (Latin-Katakana)".
            var id = p.Source.Split(" (")[0];
            var results = index.Screen(ScreeningQuery.ForName(p.Name1, EntitySchema.Person), new ScreeningOptions { Limit = 3 });
            var at = results.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Entity.Id == id);
            if (at.r is not null && at.r.Match) { top3++; if (at.i == 0) found++; }
        }
        Console.WriteLine($"{split}: {pairs.Count} names of listed people ({category ?? "abjad script"}) against Latin names only: top-1 {(double)found / Math.Max(1, pairs.Count):0.000}, top-3 {(double)top3 / Math.Max(1, pairs.Count):0.000} (at the threshold)");
        return 0;
    }
}
