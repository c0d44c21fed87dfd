namespace Argus.Bench;

public static class ScreenBenchTask
{
    public static int Run(string[] args) => 2;
}
