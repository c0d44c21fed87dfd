// Entry point of the benchmarks and evaluations: `dotnet run -c Release --project bench/Argus.Bench -- <task>`.
using Argus.Bench;

return args.FirstOrDefault() switch
{
    "ner-eval" => NerEvaluation.Run(args[1..]),
    "scan-bench" => ScanBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Argus.Bench <task>; tasks: ner-eval [CONLL], scan-bench [MB]");
    return 2;
}
