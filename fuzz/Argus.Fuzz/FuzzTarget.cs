namespace Argus.Fuzz;

/// <summary>One input of a target's corpus: a file name (readers take it as a hint) and its bytes.</summary>
public sealed record FuzzSeed(string Name, byte[] Bytes);

/// <summary>
/// One input path under fuzzing: its seeds, how to feed it one input, and which exceptions its contract
/// allows (a documented error that names the place). Anything else it throws is a finding.
/// </summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<FuzzSeed> Seeds, Action<FuzzSeed> Run, Func<Exception, bool> IsDocumented)
{
    /// <summary>The most bytes a mutated input may grow to: large enough for every sample, small enough to stay fast.</summary>
    public int MaxInputBytes { get; init; } = 256 * 1024;
}
