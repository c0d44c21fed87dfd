using Argus.Matching;

namespace Argus.Batch;

/// <summary>One customer row made ready to screen: its query, and what the output carries along.</summary>
/// <param name="Row">1-based number of the data record.</param>
/// <param name="Query">What is screened.</param>
/// <param name="Reference">The customer's own reference, when the file has one.</param>
/// <param name="BirthPlace">Place of birth as written (shown in output; not scored).</param>
public sealed record BatchSubject(long Row, ScreeningQuery Query, string? Reference = null, string? BirthPlace = null)
{
    /// <summary>The name shown in reports: the first query name.</summary>
    public string DisplayName => Query.Names.Count > 0 ? Query.Names[0] : "";
}

/// <summary>A row that cannot be screened, and why.</summary>
public sealed record RejectedRow(long Row, string Location, string Reason);
