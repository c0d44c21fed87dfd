using System.Diagnostics;

namespace Argus.Screening;

/// <summary>
/// With <c>ARGUS_START_STAGES=1</c>, each stage of a load says on standard error how long it took since the
/// previous one on its thread (wall), the process's CPU and compilation time so far: where a start spends its time.
/// </summary>
public static class StartStages
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("ARGUS_START_STAGES") == "1";
    private static readonly long ProcessStart = Process.GetCurrentProcess().StartTime.ToUniversalTime().Ticks;

    [ThreadStatic] private static long last;

    /// <summary>Says that <paramref name="stage"/> ended now.</summary>
    public static void Mark(string stage)
    {
        if (!Enabled) return;
        var now = Stopwatch.GetTimestamp();
        var since = last == 0 ? 0 : Stopwatch.GetElapsedTime(last, now).TotalMilliseconds;
        last = now;
        var sinceStart = (DateTime.UtcNow.Ticks - ProcessStart) / TimeSpan.TicksPerMillisecond;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        Console.Error.WriteLine($"stage {stage,-28} thread {Environment.CurrentManagedThreadId,2} +{since,6:N0} ms  at {sinceStart,5:N0} ms  cpu {cpu,6:N0} ms  jit {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,5:N0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods)");
    }
}
