using Argus.Matching;
using Argus.Model;

namespace Argus.Screening;

/// <summary>Builds a <see cref="ScreeningQuery"/> from what a caller typed or sent, with clear errors for bad values.</summary>
public static class ScreeningQueries
{
    public static ScreeningQuery Build(IReadOnlyList<string> names, string? schema, IReadOnlyList<string> dobs, IReadOnlyList<string> countries, string? gender, IReadOnlyList<string> ids)
    {
        var cleaned = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToArray();
        if (cleaned.Length == 0) throw new InvalidQueryException("name", "give a name to screen, e.g. \"Ri Pyong Chol\"");
        return new ScreeningQuery
        {
            Names = cleaned,
            Schema = Schema(schema),
            BirthDates = dobs.Select(BirthDate).ToArray(),
            Countries = countries.Select(Country).ToArray(),
            Gender = Gender(gender),
            Identifiers = ids.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToArray(),
        };
    }

    /// <summary>The schema named (null or empty: any).</summary>
    public static EntitySchema Schema(string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema)) return EntitySchema.Thing;
        return EntitySchemas.TryParse(schema, out var s) ? s
            : throw new InvalidQueryException("schema", $"unknown schema '{schema}'; use Person, Organization, Company, LegalEntity, Vessel, Airplane or Thing");
    }

    public static FuzzyDate BirthDate(string date) =>
        FuzzyDate.TryParse(date, out var fd) && fd is not null ? fd
            : throw new InvalidQueryException("birthDate", $"date of birth '{date}' is not a date; write 1948, 1960-04 or 1960-04-04");

    public static string Country(string country) =>
        Countries.ToCode(country) ?? throw new InvalidQueryException("country", $"country '{country}' is not a country Argus knows; use an ISO code such as kp or ru");

    public static string? Gender(string? gender)
    {
        if (string.IsNullOrWhiteSpace(gender)) return null;
        return gender.Trim().ToLowerInvariant() switch
        {
            "m" or "male" or "man" => "male",
            "f" or "female" or "woman" => "female",
            _ => throw new InvalidQueryException("gender", $"gender '{gender}' must be male or female"),
        };
    }

    /// <summary>Checks a threshold and a result limit as every surface accepts them.</summary>
    public static void CheckOptions(double? threshold, int limit, int maxLimit = 500)
    {
        if (threshold is < 0 or > 1) throw new InvalidQueryException("threshold", "threshold must be between 0 and 1, e.g. 0.8");
        if (limit < 1 || limit > maxLimit) throw new InvalidQueryException("limit", $"limit must be between 1 and {maxLimit}");
    }
}
