// Entry point of the benchmarks and evaluations: `dotnet run -c Release --project bench/Argus.Bench -- <task>`.
using Argus.Bench;

return args.FirstOrDefault() switch
{
    "list-import" => ListImportBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Argus.Bench <task> [options]; tasks: list-import DIR [--loads N]");
    return 2;
}
