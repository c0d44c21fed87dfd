namespace Argus.Text;

/// <summary>What a mention names.</summary>
public enum MentionType
{
    Person,
    Organization,
    /// <summary>A country, city, region or facility.</summary>
    Location,
    /// <summary>A nationality or demonym ("North Korean"): context for the names beside it, not an entity.</summary>
    Nationality,
    /// <summary>A capitalised name of unknown kind: kept as a candidate for the list names.</summary>
    Other,
}

/// <summary>
/// One span of the text that names something, with what the words around it say about it.
/// Offsets are UTF-16 code units of the scanned string, End exclusive.
/// </summary>
public sealed record Mention
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required MentionType Type { get; init; }
    /// <summary>Token range [FirstToken, EndToken) of the mention.</summary>
    public required int FirstToken { get; init; }
    public required int EndToken { get; init; }
    /// <summary>Index of the sentence holding the mention.</summary>
    public required int Sentence { get; init; }
    /// <summary>For places and nationalities: which kind.</summary>
    public PlaceKind? PlaceKind { get; init; }
    /// <summary>For places and nationalities: the country (ISO alpha-2, lower case), when known.</summary>
    public string? Country { get; init; }
    /// <summary>The title or role written before the name ("Marshal of the Korean People's Army", "President").</summary>
    public string? Role { get; init; }
    /// <summary>The kind of role: military, government, religious, business, honorific.</summary>
    public string? RoleKind { get; init; }
    /// <summary>The organisation named in the role ("Korean People's Army"), whose listing may tell the person's country.</summary>
    public string? RoleOrganization { get; init; }
    /// <summary>Countries the adjacent words give ("North Korean leader …", "Russia's …").</summary>
    public IReadOnlyList<string> ContextCountries { get; init; } = [];
    /// <summary>Followed by a possessive "'s".</summary>
    public bool Possessive { get; init; }
    /// <summary>Which rule gave the type (title, given name, organisation word, gazetteer, list name, coreference…).</summary>
    public required string Cue { get; init; }
}
