using Argus.Model;

namespace Argus.Matching;

/// <summary>What is known about the person, company, vessel or aircraft to screen.</summary>
public sealed record ScreeningQuery
{
    /// <summary>Names to screen (at least one); any script.</summary>
    public required IReadOnlyList<string> Names { get; init; }
    /// <summary>Schema of the subject; <see cref="EntitySchema.Thing"/> when unknown.</summary>
    public EntitySchema Schema { get; init; } = EntitySchema.Thing;
    public IReadOnlyList<FuzzyDate> BirthDates { get; init; } = [];
    /// <summary>Nationalities or countries (ISO 3166-1 alpha-2, lower case).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>"male", "female" or null.</summary>
    public string? Gender { get; init; }
    /// <summary>Identifier numbers of any type (passport, IMO, SWIFT/BIC, registration…).</summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];

    public static ScreeningQuery ForName(string name, EntitySchema schema = EntitySchema.Thing) =>
        new() { Names = [name], Schema = schema };
}

/// <summary>Options of one screening call.</summary>
public sealed record ScreeningOptions
{
    /// <summary>Results at or above this score are matches. Null: the calibrated default.</summary>
    public double? Threshold { get; init; }
    /// <summary>Most results to return.</summary>
    public int Limit { get; init; } = 10;
    /// <summary>Only entities of these datasets (empty: all).</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];
    /// <summary>Smallest score worth returning at all (below threshold results explain near misses).</summary>
    public double MinScore { get; init; } = 0.5;
    /// <summary>
    /// Most list names compared in full with the query (the candidates sharing most of it). Null: <see cref="DefaultCandidates"/>,
    /// or three times <see cref="Limit"/> when that is more.
    /// </summary>
    public int? Candidates { get; init; }

    /// <summary>The candidates a screen of ten results compares.</summary>
    public const int DefaultCandidates = 32;
}

/// <summary>Screens a query against a set of listed entities.</summary>
public interface IScreener
{
    /// <summary>The calibrated default threshold of this screener.</summary>
    double DefaultThreshold { get; }

    /// <summary>Ranked results, best first.</summary>
    IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null);
}

/// <summary>One candidate with its score, decision and the reasons for it.</summary>
/// <remarks>
/// The index writes the explanation when it is first read (once, thread-safely): aligning the names
/// again and wording the reasons is most of what a screen allocates, and callers that keep only scores
/// (a CSV of hits, a count of alerts) never read it. The explanation is the same whenever it is read.
/// </remarks>
public sealed record ScreeningResult
{
    // Written once, under a lock on its writer (a screen returns up to ten results: no Lazy per result).
    private MatchExplanation? explanation;
    private readonly Func<MatchExplanation>? explain;

    public ScreeningResult(WatchlistEntity entity, double score, bool match, MatchExplanation explanation)
    {
        Entity = entity;
        Score = score;
        Match = match;
        this.explanation = explanation;
    }

    /// <summary>A result whose explanation <paramref name="explain"/> writes when first read.</summary>
    public ScreeningResult(WatchlistEntity entity, double score, bool match, Func<MatchExplanation> explain)
    {
        Entity = entity;
        Score = score;
        Match = match;
        this.explain = explain;
    }

    public WatchlistEntity Entity { get; init; }
    /// <summary>When results are grouped by target: the target <see cref="Entity"/> belongs to. Null in the per-entry view.</summary>
    public ResultTarget? Target { get; init; }
    /// <summary>What a hit is keyed by: the target's id when results are grouped by target, else the entry's id.</summary>
    public string Key => Target?.Id ?? Entity.Id;
    public double Score { get; init; }
    public bool Match { get; init; }
    public MatchExplanation Explanation { get => Volatile.Read(ref explanation) ?? Write(); init => explanation = value; }

    private MatchExplanation Write()
    {
        lock (explain!)
        {
            if (explanation is { } written) return written;
            var value = explain();
            Volatile.Write(ref explanation, value);
            return value;
        }
    }
}

/// <summary>Why a candidate scored as it did.</summary>
/// <param name="QueryName">The query name that scored best.</param>
/// <param name="MatchedName">The list name it matched.</param>
/// <param name="Tokens">Token-by-token alignment with the rule used for each pair.</param>
/// <param name="Facts">Secondary facts that agreed or disagreed (date of birth, nationality, identifiers, …).</param>
/// <param name="Summary">One plain sentence for a reviewer.</param>
public sealed record MatchExplanation(
    string QueryName,
    string MatchedName,
    IReadOnlyList<TokenMatch> Tokens,
    IReadOnlyList<FactComparison> Facts,
    string Summary)
{
    /// <summary>Score of the names alone, before facts.</summary>
    public double NameScore { get; init; }
    /// <summary>How the list presents the matched name (primary name, alias, weak alias…).</summary>
    public NameKind MatchedNameKind { get; init; }
    /// <summary>
    /// When the matched name is not written in the list but combined from two of its names (a one-word name
    /// after the given names of a full name, <see cref="OneWordNames"/>): which, in words; null otherwise.
    /// </summary>
    public string? CombinedFrom { get; init; }
    /// <summary>True when the name parts matched in another order (family name first or last).</summary>
    public bool Reordered { get; init; }
    /// <summary>Titles and honorifics set aside from the query name ("marshal"), kept as evidence.</summary>
    public IReadOnlyList<string> QueryTitles { get; init; } = [];
    /// <summary>Company legal forms set aside (query, list), if any.</summary>
    public string? LegalForms { get; init; }
}

/// <summary>One query token aligned with one list token (either may be missing), with the rule that related them.</summary>
public sealed record TokenMatch(string? QueryToken, string? ListToken, string Rule, double Score);

/// <summary>A secondary fact compared: what the query said, what the list said, and the effect on the score.</summary>
public sealed record FactComparison(string Feature, string Query, string Candidate, string Outcome, double Effect);

/// <summary>The real-world target a result stands for: the entries of every list that name it.</summary>
/// <param name="Id">The target's stable id (its UN member's entity id, else that of its first member).</param>
/// <param name="Members">Every member entry, the UN's first, then in the documented dataset order.</param>
/// <param name="Lists">The lists with their references, "UN KPi.076 · UK 13572 · AU 3443".</param>
public sealed record ResultTarget(string Id, IReadOnlyList<WatchlistEntity> Members, string Lists);
