using Argus.Matching;
using Argus.Model;

namespace Argus.Screening;

/// <summary>
/// A query written as a FollowTheMoney entity (yente's "example"): a schema and properties with lists of
/// values, and the caller's own id.
/// </summary>
public sealed record EntityExample(string? Id, string Schema, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties);

/// <summary>An example turned into a screening query, with its cleaned properties to echo back.</summary>
/// <param name="Query">What is screened; null when the example names no one (nothing to screen).</param>
/// <param name="Cleaned">The example as Argus read it: every value a string in a list, countries as ISO codes, dates normalised, unreadable values left out.</param>
public sealed record ExampleQuery(ScreeningQuery? Query, EntityExample Cleaned);

/// <summary>Reads FollowTheMoney examples into screening queries the way yente cleans them.</summary>
public static class EntityExamples
{
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias", "abbreviation"];
    private static readonly string[] NamePartProperties = ["firstName", "secondName", "middleName", "fatherName", "lastName"];
    private static readonly string[] CountryProperties = ["nationality", "citizenship", "country", "jurisdiction", "flag", "birthCountry", "mainCountry"];
    private static readonly string[] DateProperties = ["birthDate", "incorporationDate", "deathDate", "buildDate"];
    private static readonly string[] IdentifierProperties =
        ["idNumber", "passportNumber", "registrationNumber", "taxNumber", "imoNumber", "mmsi", "swiftBic", "leiCode", "innCode", "ogrnCode", "vatCode", "callSign", "serialNumber"];

    /// <exception cref="InvalidQueryException">The schema is not one Argus screens.</exception>
    public static ExampleQuery Read(EntityExample example)
    {
        var schema = ScreeningQueries.Schema(example.Schema);
        var cleaned = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (property, values) in example.Properties)
        {
            var clean = Clean(property, values);
            if (clean.Count > 0) cleaned[property] = clean;
        }
        var names = new List<string>();
        foreach (var p in NameProperties)
            if (cleaned.TryGetValue(p, out var v)) names.AddRange(v);
        // Name parts make one name when the example gives them (yente does the same).
        var parts = NamePartProperties.Select(p => cleaned.TryGetValue(p, out var v) ? string.Join(" ", v) : null).Where(s => s is not null).ToArray();
        if (parts.Length > 0) names.Add(string.Join(" ", parts));
        var dates = cleaned.TryGetValue("birthDate", out var bd) ? bd.Select(ScreeningQueries.BirthDate).ToArray() : [];
        var countries = CountryProperties.SelectMany(p => cleaned.TryGetValue(p, out var v) ? v : []).Distinct(StringComparer.Ordinal).ToArray();
        var ids = IdentifierProperties.SelectMany(p => cleaned.TryGetValue(p, out var v) ? v : []).Distinct(StringComparer.Ordinal).ToArray();
        var gender = cleaned.TryGetValue("gender", out var g) ? g[0] : null;
        var query = names.Count == 0 ? null : new ScreeningQuery
        {
            Names = names.Distinct(StringComparer.Ordinal).ToArray(),
            Schema = schema,
            BirthDates = dates,
            Countries = countries,
            Gender = gender,
            Identifiers = ids,
        };
        return new ExampleQuery(query, new EntityExample(example.Id, schema.FtmName(), cleaned));
    }

    /// <summary>The values of one property as Argus reads them; values it cannot read are left out, as yente's cleaning does.</summary>
    private static List<string> Clean(string property, IReadOnlyList<string> values)
    {
        var list = new List<string>();
        foreach (var raw in values)
        {
            var v = raw.Trim();
            if (v.Length == 0) continue;
            string? clean = v;
            if (CountryProperties.Contains(property)) clean = Countries.ToCode(v);
            else if (DateProperties.Contains(property)) clean = FuzzyDate.TryParse(v, out var d) && d is not null ? d.ToString() : null;
            else if (property == "gender") clean = GenderOf(v);
            if (clean is not null && !list.Contains(clean)) list.Add(clean);
        }
        return list;
    }

    private static string? GenderOf(string v)
    {
        try
        {
            return ScreeningQueries.Gender(v);
        }
        catch (InvalidQueryException)
        {
            return null;
        }
    }
}
