namespace Argus.Model;

/// <summary>How a list presents a name: the authority's main name, an alias, a low-quality alias, …</summary>
public enum NameKind
{
    Primary,
    Alias,
    /// <summary>Low-quality alias ("weak a.k.a.", UN quality "Low"): shown, scored lower.</summary>
    WeakAlias,
    PreviousName,
    /// <summary>The name written in its original, non-Latin script.</summary>
    OriginalScript,
}

/// <summary>
/// One name of a listed entity. The parts are filled only where the list says which part is which;
/// otherwise only <see cref="Full"/> is set.
/// </summary>
public sealed record EntityName(string Full, NameKind Kind = NameKind.Primary)
{
    public string? Given { get; init; }
    public string? Middle { get; init; }
    public string? Father { get; init; }
    public string? Family { get; init; }
    /// <summary>Language or script tag the list gives for the name (EU nameLanguage, "ko", …), if any.</summary>
    public string? Language { get; init; }
}
