namespace Argus.Web.Queries;

/// <summary>
/// The scoring algorithms a request may name. Argus has one; "best" and yente's own algorithm names are
/// read as it, so that a yente client that names one keeps working. Anything else is a 400, as in yente.
/// </summary>
public static class MatchAlgorithms
{
    public const string Name = "argus-v1";

    public const string Description =
        "Argus's name matcher: names compared token by token across scripts and romanisations (sound keys, " +
        "equivalences, typos, reordering), then adjusted by date of birth, nationality, gender and identifiers; " +
        "calibrated so that a score at or above the threshold is a match.";

    private static readonly string[] YenteNames = ["logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1", "regression-v2", "regression-v3", "ticket-v1"];

    /// <summary>True when <paramref name="name"/> (null: the default) names Argus's algorithm.</summary>
    public static bool IsKnown(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return true;
        var n = name.Trim().ToLowerInvariant();
        return n is Name or "best" or "default" || YenteNames.Contains(n);
    }

    /// <summary>Settings <c>config</c> may hold for the algorithm: none yet, so every key is refused.</summary>
    public static bool IsConfigKey(string key) => false;

    /// <summary>The features an explanation may hold, each with what it means.</summary>
    public static readonly IReadOnlyDictionary<string, string> Features = new Dictionary<string, string>
    {
        ["name"] = "Best name of the candidate against the query's names, token by token, with the rule used for each pair.",
        ["birthDate"] = "Dates of birth agreeing (raises the score) or disagreeing (lowers it).",
        ["nationality"] = "Nationalities or countries agreeing or disagreeing.",
        ["gender"] = "Gender disagreeing.",
        ["identifier"] = "An identifier (passport, IMO, registration, SWIFT/BIC…) equal on both sides.",
        ["summary"] = "The final score and one sentence for a reviewer.",
    };
}
