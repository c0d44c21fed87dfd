namespace Argus.Bench;

public static class DeriveEvalTask
{
    public static int Run(string[] args) => 2;
}
