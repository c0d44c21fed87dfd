using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// The facts gathered for one listed entity while a file is read. Adding skips blanks and repeats,
/// so readers can add whatever the list states; <see cref="Build"/> makes the immutable entity.
/// </summary>
public sealed class EntityDraft
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

    public EntityDraft(string dataset, string reference, EntitySchema schema)
    {
        Dataset = dataset;
        Reference = reference.Trim();
        Schema = schema;
    }

    public string Dataset { get; }
    public string Reference { get; }
    public EntitySchema Schema { get; set; }
    public string? Gender { get; set; }
    /// <summary>The caption to show; when not set, the first primary name (else the first name) is used.</summary>
    public string? Caption { get; set; }
    /// <summary>Where the entity starts in the file ("row 14465"), for messages.</summary>
    public string? Place { get; init; }
    public PartialDate? ListingDate { get; set; }
    public PartialDate? ModifiedAt { get; set; }
    public IReadOnlyList<EntityName> Names => _names;

    /// <summary>Sets the gender from a list's word ("Male", "F", "female"); other words are ignored.</summary>
    public void SetGender(string? text)
    {
        var g = Clean(text).ToLowerInvariant();
        if (g is "male" or "m" or "man") Gender = "male";
        else if (g is "female" or "f" or "woman") Gender = "female";
    }

    /// <summary>Like <see cref="Clean"/>, but null when nothing is left.</summary>
    public static string? CleanOrNull(string? text)
    {
        var t = Clean(text);
        return t.Length == 0 ? null : t;
    }

    /// <summary>"male"/"female" from the words lists use ("Male", "M", "F", "female"), else null.</summary>
    public static string? NormaliseGender(string? text) => Clean(text).ToLowerInvariant() switch
    {
        "m" or "male" or "man" => "male",
        "f" or "female" or "woman" => "female",
        _ => null,
    };

    /// <summary>Collapses runs of white space (including non-breaking spaces) to one space and trims.</summary>
    public static string Clean(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void AddName(EntityName name)
    {
        var full = Clean(name.Full);
        if (full.Length == 0) return;
        name = name with { Full = full };
        if (_names.Any(n => n.Kind == name.Kind && string.Equals(n.Full, full, StringComparison.OrdinalIgnoreCase))) return;
        // A name already held as a stronger kind is not repeated as a weaker one.
        if (name.Kind is not NameKind.Primary && _names.Any(n => string.Equals(n.Full, full, StringComparison.OrdinalIgnoreCase))) return;
        // A primary name replaces the same name met earlier as an alias (it takes the alias's place).
        var weaker = _names.FindIndex(n => n.Kind is not NameKind.Primary && string.Equals(n.Full, full, StringComparison.OrdinalIgnoreCase));
        if (weaker >= 0)
        {
            _names[weaker] = name;
            _names.RemoveAll(n => n.Kind is not NameKind.Primary && string.Equals(n.Full, full, StringComparison.OrdinalIgnoreCase));
            return;
        }
        _names.Add(name);
    }

    public void AddBirthDate(FuzzyDate? date)
    {
        if (date is not null && !_birthDates.Contains(date)) _birthDates.Add(date);
    }

    public void AddBirthDates(IEnumerable<FuzzyDate> dates)
    {
        foreach (var d in dates) AddBirthDate(d);
    }

    public void AddNationalities(IEnumerable<string> countries)
    {
        foreach (var c in countries) AddNationality(c);
    }

    public void AddCountries(IEnumerable<string> countries)
    {
        foreach (var c in countries) AddCountry(c);
    }

    public bool HasExtra(string property) => _extra.ContainsKey(property);

    public void AddBirthPlace(string? text, string? country = null)
    {
        var t = Clean(text);
        if (t.Length == 0) return;
        if (!_birthPlaces.Any(p => string.Equals(p.Text, t, StringComparison.OrdinalIgnoreCase)))
            _birthPlaces.Add(new Place(t, country));
    }

    /// <summary>Adds a nationality given as a country name or code; returns false when the country is unknown.</summary>
    public bool AddNationality(string? country) => AddCode(_nationalities, country);

    /// <summary>Adds a country of residence, operation or flag; returns false when the country is unknown.</summary>
    public bool AddCountry(string? country) => AddCode(_countries, country);

    private static bool AddCode(List<string> list, string? country)
    {
        var code = CountryCodes.Of(country);
        if (code is null) return false;
        if (!list.Contains(code)) list.Add(code);
        return true;
    }

    public void AddIdentifier(string type, string? number, string? country = null, string? note = null)
    {
        var n = Clean(number);
        if (n.Length == 0) return;
        var noteText = Clean(note);
        if (_identifiers.Any(i => i.Type == type && string.Equals(i.Number, n, StringComparison.OrdinalIgnoreCase))) return;
        _identifiers.Add(new Identifier(type, n, country, noteText.Length == 0 ? null : noteText));
    }

    public void AddAddress(string? full, string? city, string? country)
    {
        var f = Clean(full);
        if (f.Length == 0) return;
        var code = CountryCodes.Of(country);
        if (!_addresses.Any(a => string.Equals(a.Full, f, StringComparison.OrdinalIgnoreCase)))
        {
            var c = Clean(city);
            _addresses.Add(new Address(f, c.Length == 0 ? null : c, code));
        }
        if (code is not null && !_countries.Contains(code)) _countries.Add(code);
    }

    public void AddProgram(string? program) => AddText(_programs, program);
    public void AddPosition(string? position) => AddText(_positions, position);
    public void AddNote(string? note) => AddText(_notes, note);

    /// <summary>Adds a value of another FollowTheMoney property (flag, callSign, website, …).</summary>
    public void AddExtra(string property, string? value)
    {
        var v = Clean(value);
        if (v.Length == 0) return;
        if (!_extra.TryGetValue(property, out var list)) _extra[property] = list = [];
        if (!list.Contains(v, StringComparer.OrdinalIgnoreCase)) list.Add(v);
    }

    /// <summary>Keeps the later of the current and the given modification date.</summary>
    public void TouchModified(PartialDate? date)
    {
        if (date is { } d && (ModifiedAt is not { } m || d.CompareTo(m) > 0)) ModifiedAt = d;
    }

    private static void AddText(List<string> list, string? text)
    {
        var t = Clean(text);
        if (t.Length > 0 && !list.Contains(t, StringComparer.OrdinalIgnoreCase)) list.Add(t);
    }

    /// <summary>The entity; throws when no name was found (callers check <see cref="Names"/> first).</summary>
    public WatchlistEntity Build()
    {
        var primary = _names.FirstOrDefault(n => n.Kind == NameKind.Primary) ?? _names.FirstOrDefault()
            ?? throw new InvalidOperationException($"entity {Reference} has no name");
        var caption = Caption is { Length: > 0 } c ? Clean(c) : primary.Full;
        return new WatchlistEntity
        {
            Id = WatchlistEntity.MakeId(Dataset, Reference),
            Dataset = Dataset,
            Reference = Reference,
            Schema = Schema,
            Caption = caption,
            Names = [.. _names.OrderBy(n => n.Kind == NameKind.Primary ? 0 : 1)],
            BirthDates = [.. _birthDates],
            BirthPlaces = [.. _birthPlaces],
            Nationalities = [.. _nationalities],
            Countries = [.. _countries],
            Gender = Gender,
            Identifiers = [.. _identifiers],
            Addresses = [.. _addresses],
            Programs = [.. _programs],
            Positions = [.. _positions],
            ListingDate = ListingDate,
            ModifiedAt = ModifiedAt,
            Notes = [.. _notes],
            Extra = _extra.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToArray(), StringComparer.Ordinal),
        };
    }
}
