namespace Argus.Tests.Support;

/// <summary>Where the repository, its samples and the shared official data are, seen from a test.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding Argus.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>
    /// The shared data folder (<c>../shared/data</c> beside the repository, or $ARGUS_SHARED/data),
    /// or null when it is absent.
    /// </summary>
    public static string? SharedData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("ARGUS_SHARED");
            var dir = !string.IsNullOrWhiteSpace(env) ? Path.Combine(env, "data") : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>Reason to skip a test that needs the shared official data, or null when it is there.</summary>
    public static string? SkipUnlessSharedData =>
        SharedData is null ? "needs ../shared/data (the official list files), which is absent here; the samples cover the same code path" : null;

    /// <summary>Path of a file under the shared data folder; call only when <see cref="SharedData"/> is not null.</summary>
    public static string Shared(params string[] parts) =>
        Path.Combine([SharedData ?? throw new InvalidOperationException("shared data absent"), .. parts]);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Argus.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that is skipped, with its reason, when ../shared/data is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestPaths.SkipUnlessSharedData is { } reason) Skip = reason;
    }
}

/// <summary>A theory that is skipped, with its reason, when ../shared/data is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (TestPaths.SkipUnlessSharedData is { } reason) Skip = reason;
    }
}

/// <summary>A temporary directory removed when disposed.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "argus-test-" + Guid.NewGuid().ToString("N")[..12]);
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
