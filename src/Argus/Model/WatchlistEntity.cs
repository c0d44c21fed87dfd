namespace Argus.Model;

/// <summary>
/// One listed target (person, organisation, vessel, aircraft) as one authority lists it.
/// Immutable; collections are never null.
/// </summary>
public sealed record WatchlistEntity
{
    /// <summary>Stable id: <c>{dataset}-{reference}</c>, e.g. <c>un_sc_sanctions-KPi.076</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Dataset name, e.g. <c>un_sc_sanctions</c>, <c>us_ofac_sdn</c>.</summary>
    public required string Dataset { get; init; }
    /// <summary>The authority's own reference ("KPi.076", OFAC entity number "23215", OFSI group ID, …).</summary>
    public required string Reference { get; init; }
    public required EntitySchema Schema { get; init; }
    /// <summary>The name to show: the authority's primary name.</summary>
    public required string Caption { get; init; }

    public IReadOnlyList<EntityName> Names { get; init; } = [];
    public IReadOnlyList<FuzzyDate> BirthDates { get; init; } = [];
    public IReadOnlyList<Place> BirthPlaces { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-2 codes, lower case.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    /// <summary>Countries of residence, incorporation, operation or flag: ISO 3166-1 alpha-2, lower case.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>"male", "female" or null.</summary>
    public string? Gender { get; init; }
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    public IReadOnlyList<Address> Addresses { get; init; } = [];
    /// <summary>Sanctions programmes or regimes ("DPRK3", "Russia", "Al-Qaida").</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];
    /// <summary>Titles, designations and positions ("Marshal", "Minister of Defence").</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];
    public PartialDate? ListingDate { get; init; }
    public PartialDate? ModifiedAt { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>Other FollowTheMoney properties the list states (flag, callSign, incorporationDate, …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Extra { get; init; } = EmptyExtra;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyExtra =
        new Dictionary<string, IReadOnlyList<string>>();

    public static string MakeId(string dataset, string reference) => $"{dataset}-{reference.Trim()}";
}
