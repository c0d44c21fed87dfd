using Argus.Matching;

namespace Argus.Text;

/// <summary>What a scan of a text found: entities with their list matches, quotes, events, and a summary.</summary>
public sealed record ScanReport(
    IReadOnlyList<ScannedEntity> Entities,
    IReadOnlyList<TextQuote> Quotes,
    IReadOnlyList<TextEvent> Events,
    ScanSummary Summary)
{
    /// <summary>The scanned text (offsets of mentions, quotes and events point into it).</summary>
    public required string Text { get; init; }
}

/// <summary>
/// One entity of the text with the list entries it matched. <see cref="Matches"/> holds the chosen matches
/// (<c>Match</c> true) first, then near misses (<c>Match</c> false) that explain why nothing else was flagged.
/// </summary>
public sealed record ScannedEntity(TextEntity Entity, IReadOnlyList<ScreeningResult> Matches)
{
    public bool Flagged => Matches.Any(m => m.Match);
    /// <summary>Whether the entity was screened at all (places and single unknown words are not).</summary>
    public bool Screened { get; init; }
    /// <summary>Countries the screening query carried (from the text and from the role's organisation).</summary>
    public IReadOnlyList<string> QueryCountries { get; init; } = [];
}

/// <summary>A direct quote: [Start, End) is the quoted text without its quotation marks; Speaker is null when unknown.</summary>
public sealed record TextQuote(string? Speaker, string Text, int Start, int End);

/// <summary>An event the text reports: a meeting between named people, with its date and place as written.</summary>
public sealed record TextEvent(string Type, IReadOnlyList<string> Participants, string? Date, string? Place, IReadOnlyList<TextEvidence> Evidence);

/// <summary>A sentence an event was read from.</summary>
public sealed record TextEvidence(int Start, int End, string Text);

/// <summary>Counts and settings of a scan.</summary>
public sealed record ScanSummary
{
    public int Characters { get; init; }
    public int Paragraphs { get; init; }
    public int Sentences { get; init; }
    public int Tokens { get; init; }
    public int Persons { get; init; }
    public int Organizations { get; init; }
    public int Locations { get; init; }
    public int Others { get; init; }
    public int Screened { get; init; }
    public int Flagged { get; init; }
    public IReadOnlyList<string> FlaggedNames { get; init; } = [];
    public double Threshold { get; init; }
    /// <summary>True when the text named more entities than <see cref="ScanOptions.MaxScreenedEntities"/> and the rest were not screened.</summary>
    public bool ScreeningTruncated { get; init; }
    /// <summary>Where the list entities came from (e.g. "6 lists imported …").</summary>
    public string? Lists { get; init; }
}

/// <summary>Settings of a scan.</summary>
public sealed record ScanOptions
{
    /// <summary>Match threshold; null: the screener's calibrated default.</summary>
    public double? Threshold { get; init; }
    /// <summary>A dataset's best match is kept only within this distance of the entity's best score, so that
    /// a list without the person does not contribute its nearest namesake.</summary>
    public double MatchMargin { get; init; } = 0.15;
    /// <summary>When the text gives the entity a nationality that none of a candidate's listed countries share, the
    /// candidate flags only at this score or above ("Saddam Hussain, a Pakistani fast bowler").</summary>
    public double ConflictingCountryThreshold { get; init; } = 0.9;
    /// <summary>Near misses (below threshold) shown per entity to explain a non-flag.</summary>
    public int NearMisses { get; init; } = 2;
    /// <summary>Most entities screened per text; beyond that the summary says the screening was truncated.</summary>
    public int MaxScreenedEntities { get; init; } = 5_000;
    /// <summary>Largest text accepted, in UTF-16 characters (64 Mi).</summary>
    public int MaxCharacters { get; init; } = 64 * 1024 * 1024;
    /// <summary>Where the list entities came from, echoed in the summary.</summary>
    public string? ListsDescription { get; init; }
}
