namespace Argus.Bench;

public static class ScanBenchmark
{
    public static int Run(string[] args) => 0;
}
