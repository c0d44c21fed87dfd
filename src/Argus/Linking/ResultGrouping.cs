namespace Argus.Linking;

/// <summary>How screening results are grouped: one per real-world target (default) or one per list entry.</summary>
public enum ResultGrouping
{
    Target,
    Entry,
}

/// <summary>The names of <see cref="ResultGrouping"/> as the command line and the run store write them.</summary>
public static class ResultGroupings
{
    public static string Name(this ResultGrouping g) => g == ResultGrouping.Entry ? "entry" : "target";

    /// <summary>"target" or "entry"; anything else is refused with the choices.</summary>
    public static ResultGrouping Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "target" => ResultGrouping.Target,
        "entry" => ResultGrouping.Entry,
        _ => throw new ArgumentException($"--by '{text}' must be target or entry"),
    };
}
