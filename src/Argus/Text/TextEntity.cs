namespace Argus.Text;

/// <summary>What an entity of a text is.</summary>
public enum TextEntityType
{
    Person,
    Organization,
    Location,
    /// <summary>A name of unknown kind that the list names did not claim.</summary>
    Other,
}

/// <summary>
/// One person, organisation or place a text names, with all its mentions ("Kim Jong Un", "Kim Jong-un", "Kim")
/// and what the text says about it.
/// </summary>
public sealed record TextEntity
{
    /// <summary>The fullest name the text gives (its first full mention).</summary>
    public required string Name { get; init; }
    public required TextEntityType Type { get; init; }
    /// <summary>Mentions in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }
    /// <summary>Distinct full spellings the text uses (short mentions left out): what is screened.</summary>
    public required IReadOnlyList<string> Variants { get; init; }
    /// <summary>Countries the text ties to it (nationality beside it, the country it belongs to).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>Roles and titles the text gives ("Marshal of the Korean People's Army").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Organisations named in the roles.</summary>
    public IReadOnlyList<string> RoleOrganizations { get; init; } = [];
    /// <summary>For places: kind and country.</summary>
    public PlaceKind? PlaceKind { get; init; }
    public string? Country { get; init; }
}
