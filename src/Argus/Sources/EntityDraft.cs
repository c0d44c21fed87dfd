using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Collects the facts of one listed target while its rows are read (lists spread a target over several
/// rows: one per name, per date of birth, …) and builds the immutable <see cref="WatchlistEntity"/>.
/// Every collection keeps the first occurrence of each value, in file order.
/// </summary>
public sealed class EntityDraft(string dataset, string reference, EntitySchema schema)
{
    private readonly List<EntityName> _names = [];
    private readonly List<FuzzyDate> _birthDates = [];
    private readonly List<Place> _birthPlaces = [];
    private readonly List<string> _nationalities = [];
    private readonly List<string> _countries = [];
    private readonly List<Identifier> _identifiers = [];
    private readonly List<Address> _addresses = [];
    private readonly List<string> _programs = [];
    private readonly List<string> _positions = [];
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, List<string>> _extra = new(StringComparer.Ordinal);

    public string Dataset { get; } = dataset;
    public string Reference { get; } = reference;
    public EntitySchema Schema { get; set; } = schema;
    /// <summary>The caption; when never set, the first primary name (else the first name) is used.</summary>
    public string? Caption { get; set; }
    public string? Gender { get; set; }
    public PartialDate? ListingDate { get; set; }
    public PartialDate? ModifiedAt { get; set; }
    /// <summary>Where the target starts in the file, for messages ("row 14465").</summary>
    public string? Place { get; init; }

    public IReadOnlyList<EntityName> Names => _names;

    public void AddName(EntityName? name)
    {
        if (name is null || string.IsNullOrWhiteSpace(name.Full)) return;
        var n = name with { Full = CollapseSpaces(name.Full) };
        // The same spelling under a weaker kind adds nothing; under a stronger kind it is promoted.
        var same = _names.FindIndex(x => string.Equals(x.Full, n.Full, StringComparison.Ordinal));
        if (same < 0) { _names.Add(n); return; }
        if (Strength(n.Kind) > Strength(_names[same].Kind)) _names[same] = n;
    }

    public void AddBirthDate(FuzzyDate? date) => AddUnique(_birthDates, date);
    public void AddBirthDates(IEnumerable<FuzzyDate> dates) { foreach (var d in dates) AddBirthDate(d); }
    public void AddBirthPlace(Place? place) { if (place is not null && !string.IsNullOrWhiteSpace(place.Text)) AddUnique(_birthPlaces, place with { Text = CollapseSpaces(place.Text) }); }
    public void AddNationality(string? code) => AddUnique(_nationalities, code);
    public void AddNationalities(IEnumerable<string> codes) { foreach (var c in codes) AddNationality(c); }
    public void AddCountry(string? code) => AddUnique(_countries, code);
    public void AddCountries(IEnumerable<string> codes) { foreach (var c in codes) AddCountry(c); }
    public void AddIdentifier(Identifier? id) { if (id is not null && !string.IsNullOrWhiteSpace(id.Number)) AddUnique(_identifiers, id with { Number = id.Number.Trim() }); }
    public void AddAddress(Address? address) { if (address is not null && !string.IsNullOrWhiteSpace(address.Full)) AddUnique(_addresses, address with { Full = CollapseSpaces(address.Full) }); }
    public void AddProgram(string? program) => AddUnique(_programs, Clean(program));
    public void AddPosition(string? position) => AddUnique(_positions, Clean(position));
    public void AddNote(string? note) => AddUnique(_notes, Clean(note));

    /// <summary>Adds a value to an extra FollowTheMoney property (flag, phone, unReference, …).</summary>
    public void AddExtra(string property, string? value)
    {
        var v = Clean(value);
        if (v is null) return;
        if (!_extra.TryGetValue(property, out var list)) _extra[property] = list = [];
        if (!list.Contains(v)) list.Add(v);
    }

    public bool HasExtra(string property) => _extra.ContainsKey(property);

    /// <summary>Keeps the later of two modification dates.</summary>
    public void TouchModified(PartialDate? date)
    {
        if (date is { } d && (ModifiedAt is null || d.CompareTo(ModifiedAt.Value) > 0)) ModifiedAt = d;
    }

    public WatchlistEntity Build()
    {
        var caption = Caption
            ?? _names.FirstOrDefault(n => n.Kind == NameKind.Primary)?.Full
            ?? _names.FirstOrDefault()?.Full
            ?? Reference;
        return new WatchlistEntity
        {
            Id = WatchlistEntity.MakeId(Dataset, Reference),
            Dataset = Dataset,
            Reference = Reference.Trim(),
            Schema = Schema,
            Caption = CollapseSpaces(caption),
            Names = _names.ToArray(),
            BirthDates = _birthDates.ToArray(),
            BirthPlaces = _birthPlaces.ToArray(),
            Nationalities = _nationalities.ToArray(),
            Countries = _countries.ToArray(),
            Gender = Gender,
            Identifiers = _identifiers.ToArray(),
            Addresses = _addresses.ToArray(),
            Programs = _programs.ToArray(),
            Positions = _positions.ToArray(),
            ListingDate = ListingDate,
            ModifiedAt = ModifiedAt,
            Notes = _notes.ToArray(),
            Extra = _extra.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    /// <summary>"male"/"female" from the words lists use ("Male", "M", "F", "female"), else null.</summary>
    public static string? NormaliseGender(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "m" or "male" or "man" => "male",
        "f" or "female" or "woman" => "female",
        _ => null,
    };

    /// <summary>Trims, turns non-breaking and repeated spaces into one space; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = CollapseSpaces(text);
        return s.Length == 0 ? null : s;
    }

    public static string CollapseSpaces(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Strength(NameKind kind) => kind switch
    {
        NameKind.Primary => 4,
        NameKind.Alias => 3,
        NameKind.OriginalScript => 2,
        NameKind.PreviousName => 1,
        _ => 0,
    };

    private static void AddUnique<T>(List<T> list, T? value)
    {
        if (value is null) return;
        if (value is string s && string.IsNullOrWhiteSpace(s)) return;
        if (!list.Contains(value)) list.Add(value);
    }
}
