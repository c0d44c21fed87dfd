// Entry point of the benchmarks and evaluations: `dotnet run -c Release --project bench/Argus.Bench -- <task>`.
using Argus.Bench;
using Argus.Bench.Batch;
using Argus.Bench.Lists;

var tasks = new Dictionary<string, (string Help, Func<string[], int> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["eval"] = ("precision, recall, F1 by split and category; the screening queries against all lists", EvalTask.Run),
    ["fit-scorer"] = ("fit the name score model on the dev split and write Matching/Resources/name-score-model.tsv", FitScorerTask.Run),
    ["screen-bench"] = ("index build time, screening latency, batch rate, memory, brute-force baseline (all shared lists)", ScreenBenchTask.Run),
    ["micro"] = ("BenchmarkDotNet micro-benchmarks of name comparison and screening", MicroTask.Run),
    ["derive-eval"] = ("rebuild the dev and test pairs and the screening queries from ../shared/data", DeriveEvalTask.Run),
    ["derive-weights"] = ("regenerate the token frequency table from all shared lists", DeriveWeightsTask.Run),
    ["derive-names"] = ("regenerate the name tables (given names, legal forms, organisation words, number words) from ../shared/data/names", DeriveNamesTask.Run),
    ["derive-population"] = ("regenerate the population name table (given and family names of real people) from ../shared/data/nlp", DerivePopulationTask.Run),
    ["screen"] = ("screen names against all shared lists and print the top results (for exploring)", ExploreTask.Screen),
    ["profile"] = ("where index building spends its time", ProfileTask.Run),
    ["compare"] = ("compare two names and print the alignment", ExploreTask.Compare),
    ["script-screen"] = ("[dev|test] listed people's names in Arabic script screened against the lists' Latin names only", ScriptScreenTask.Run),
    ["ner-eval"] = ("name recogniser: exact-span precision, recall, F1 per type on wikigold (or a CoNLL file given)", NerEvaluation.Run),
    ["link-eval"] = ("links of all shared lists: counts, build time, recall against cited UN references; --sample FILE writes 300 name-and-date links to label", Argus.Bench.Linking.LinkEvalTask.Run),
    ["start-bench"] = ("start-up stages: lists from the store and from the snapshot file, index and links built and from their files, first screen (--data DIR)", StartBenchTask.Run),
    ["scan-bench"] = ("text scanning throughput: [MB] [--official] [--varied] [--one-text], one large text and many documents", ScanBenchmark.Run),
};

if (args.Length > 0 && BatchTasks.Names.Contains(args[0])) return BatchTasks.Run(args[0], args[1..]);
if (args.Length > 0 && ListTasks.Names.Contains(args[0])) return ListTasks.Run(args[0], args[1..]);
if (args.Length > 0 && args[0] == "list-import") return ListImportBench.Run(args[1..]);
if (args.Length == 0 || !tasks.TryGetValue(args[0], out var task))
{
    Console.Error.WriteLine("usage: Argus.Bench <task> [arguments]");
    foreach (var (name, t) in tasks) Console.Error.WriteLine($"  {name,-15} {t.Help}");
    Console.Error.WriteLine("  also: list-import DIR [--loads N], " + string.Join(", ", BatchTasks.Names.Concat(ListTasks.Names)));
    return 2;
}
return task.Run(args[1..]);
