namespace Argus.Bench;

public static class EvalTask
{
    public static int Run(string[] args) => 2;
}
