namespace Argus.Bench;

public static class MicroTask
{
    public static int Run(string[] args) => 2;
}
