using System.Globalization;
using Argus.Model;

namespace Argus.Matching;

/// <summary>The FollowTheMoney-style property map of an entity, as screening results show it.</summary>
public static class ResultProperties
{
    /// <summary>Property name → values ("name", "alias", "birthDate", "nationality", "passportNumber"…); empty properties left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(WatchlistEntity e)
    {
        var p = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            if (!p.TryGetValue(key, out var list)) p[key] = list = [];
            if (!list.Contains(value)) list.Add(value);
        }
        Add("name", e.Caption);
        foreach (var n in e.Names)
            Add(n.Kind switch
            {
                NameKind.Primary => "name",
                NameKind.WeakAlias => "weakAlias",
                NameKind.PreviousName => "previousName",
                _ => "alias",
            }, n.Full);
        foreach (var d in e.BirthDates) Add("birthDate", d.ToString());
        foreach (var b in e.BirthPlaces) Add("birthPlace", b.Text);
        var isPerson = e.Schema == EntitySchema.Person;
        foreach (var c in e.Nationalities) Add(isPerson ? "nationality" : "country", c);
        foreach (var c in e.Countries) Add("country", c);
        Add("gender", e.Gender);
        foreach (var i in e.Identifiers)
            Add(i.Type switch
            {
                IdentifierTypes.Passport => "passportNumber",
                IdentifierTypes.Imo => "imoNumber",
                IdentifierTypes.SwiftBic => "swiftBic",
                IdentifierTypes.Registration => "registrationNumber",
                IdentifierTypes.TaxId => "taxNumber",
                IdentifierTypes.Lei => "leiCode",
                IdentifierTypes.Mmsi => "mmsi",
                IdentifierTypes.CallSign => "callSign",
                _ => "idNumber",
            }, i.Number);
        foreach (var a in e.Addresses) Add("address", a.Full);
        foreach (var prog in e.Programs) Add("program", prog);
        foreach (var pos in e.Positions) Add("position", pos);
        if (e.ListingDate is { } ld) Add("listingDate", ld.ToString());
        if (e.ModifiedAt is { } m) Add("modifiedAt", m.ToString());
        foreach (var (k, values) in e.Extra)
            foreach (var v in values) Add(k, v);
        Add("topics", "sanction");
        return p.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    internal static string Format(double d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
