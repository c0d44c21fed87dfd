using System.Diagnostics;
using System.Text;

namespace Argus.Cli.Tests.Support;

/// <summary>The outcome of one run of the <c>argus</c> command.</summary>
public sealed record ArgusRun(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs the built <c>argus</c> command as a user would, in its own process.</summary>
public static class ArgusProcess
{
    private static readonly string ArgusDll = Path.Combine(AppContext.BaseDirectory, "argus.dll");

    public static ArgusRun Run(string dataDir, params string[] args) => Start(dataDir, null, args);

    /// <summary>
    /// Runs argus as on its first run: no --data and no ARGUS_DATA, the default data directory under
    /// <paramref name="home"/> ($XDG_DATA_HOME/argus) not yet there, so the bundled samples stand in.
    /// </summary>
    public static ArgusRun RunFirstTime(string home, params string[] args) => Start(null, null, args, home);

    /// <summary><see cref="RunFirstTime"/> with <paramref name="stdin"/> as standard input.</summary>
    public static ArgusRun RunFirstTimeWithInput(string home, string stdin, params string[] args) => Start(null, stdin, args, home);

    /// <summary>
    /// Runs argus with <paramref name="stdin"/> as its standard input. A name of its own: an overload
    /// Run(dataDir, stdin, params args) would capture every Run(dataDir, "lists", "--json") call.
    /// </summary>
    public static ArgusRun RunWithInput(string dataDir, string stdin, params string[] args) => Start(dataDir, stdin, args);

    /// <summary>Starts argus and returns at once, its output discarded: for tests that kill it midway.</summary>
    public static Process Launch(string dataDir, params string[] args)
    {
        var psi = StartInfo(dataDir, args);
        psi.RedirectStandardOutput = false;
        psi.RedirectStandardError = false;
        psi.StandardOutputEncoding = null;
        psi.StandardErrorEncoding = null;
        psi.ArgumentList.Insert(0, "--");
        psi.FileName = "sh";
        psi.ArgumentList.Insert(0, "exec dotnet \"$@\" >/dev/null 2>&1");
        psi.ArgumentList.Insert(0, "-c");
        return Process.Start(psi)!;
    }

    /// <summary>Runs argus through sh with a shell prefix, e.g. "ulimit -f 256;".</summary>
    public static ArgusRun RunUnder(string shellPrefix, string dataDir, params string[] args)
    {
        var psi = StartInfo(dataDir, args);
        psi.FileName = "sh";
        psi.ArgumentList.Insert(0, "--");
        psi.ArgumentList.Insert(0, shellPrefix + " exec dotnet \"$@\"");
        psi.ArgumentList.Insert(0, "-c");
        return Wait(psi, null, args);
    }

    private static ProcessStartInfo StartInfo(string? dataDir, string[] args, string? home = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(ArgusDll);
        if (dataDir is not null)
        {
            psi.ArgumentList.Add("--data");
            psi.ArgumentList.Add(dataDir);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("ARGUS_DATA");
        if (home is not null) psi.Environment["XDG_DATA_HOME"] = home;
        return psi;
    }

    private static ArgusRun Wait(ProcessStartInfo psi, string? stdin, string[] args)
    {
        psi.RedirectStandardInput = stdin is not null;
        using var p = Process.Start(psi)!;
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("argus " + string.Join(' ', args) + " did not finish in 5 minutes");
        }
        return new ArgusRun(p.ExitCode, outTask.Result, errTask.Result);
    }

    private static ArgusRun Start(string? dataDir, string? stdin, string[] args, string? home = null) =>
        Wait(StartInfo(dataDir, args, home), stdin, args);
}
