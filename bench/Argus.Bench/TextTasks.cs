namespace Argus.Bench;

/// <summary>The text-scanning tasks: `ner-eval [CONLL]` and `scan-bench [MB] [--official]`.</summary>
public static class TextTasks
{
    public static readonly string[] Names = ["ner-eval", "scan-bench"];

    public static int Run(string task, string[] args) => task switch
    {
        "ner-eval" => NerEvaluation.Run(args),
        "scan-bench" => ScanBenchmark.Run(args),
        _ => 2,
    };
}
