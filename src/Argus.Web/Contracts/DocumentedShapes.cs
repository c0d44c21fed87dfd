using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Argus.Web.Contracts;

// The JSON shapes the routes read and write, for the OpenAPI document only: the handlers read bodies and
// write answers with the library's readers and writers (ScreeningJson, ScanReportJson), and the tests check
// real answers against these shapes (OpenApiDocumentTests).

[Description("yente's EntityMatchQuery: named example entities to match, with optional weights and algorithm settings.")]
public sealed record MatchQueryBody(
    [property: Description("Name → example; at most 100; a null example is skipped. Responses come back under the same names, in the order sent.")] IReadOnlyDictionary<string, ExampleEntity> Queries,
    [property: Description("Feature → number; accepted, not used (the scoring is calibrated as a whole).")] IReadOnlyDictionary<string, double>? Weights,
    [property: Description("Algorithm settings; Argus's algorithm has none, so any key is a 400.")] IReadOnlyDictionary<string, JsonElement>? Config);

[Description("yente's EntityExample: a FollowTheMoney-style entity to match.")]
public sealed record ExampleEntity(
    [property: Description("The caller's own id, echoed in the cleaned query.")] string? Id,
    [property: Description("Person, Organization, Company, LegalEntity, Vessel or Airplane.")] string Schema,
    [property: Description("Property → values (a scalar is read as a one-value list): name, birthDate, nationality, country, gender, idNumber, ...")] IReadOnlyDictionary<string, IReadOnlyList<string>> Properties);

[Description("The answer of POST /match: one response per query, keyed as sent.")]
public sealed record MatchResponse(IReadOnlyDictionary<string, QueryMatches> Responses, int Limit);

public sealed record QueryMatches(int Status, IReadOnlyList<ScoredEntity> Results, Total Total,
    [property: Description("The cleaned example: lists of strings, countries as ISO codes, dates normalised.")] ExampleEntity Query);

public sealed record Total(int Value, [property: Description("eq, or gte when there are more than counted.")] string Relation);

[Description("A listed target (its best-matching entry) with its score, decision and explanations.")]
public sealed record ScoredEntity(
    [property: Description("The target's id (the entry's own id when it stands alone).")] string Id,
    [property: Description("The best-matching entry of a linked target.")] string? Entry,
    string Dataset, string Reference, string Caption, string Schema, double Score,
    [property: Description("score ≥ threshold.")] bool Match,
    IReadOnlyList<string> Datasets,
    [property: Description("The ids of a linked target's entries.")] IReadOnlyList<string>? Referents,
    [property: Description("The lists a linked target is on, in one line.")] string? Lists,
    IReadOnlyList<TargetEntry>? Entries,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties,
    [property: Description("One sentence.")] string Explanation,
    [property: Description("Per feature: name (with the token alignment), birthDate, nationality, gender, identifier, summary.")] IReadOnlyDictionary<string, FeatureExplanation> Explanations);

public sealed record TargetEntry(string Id, string Dataset, string Reference, string Caption, string? ListingDate);

public sealed record FeatureExplanation(double Score, string Detail, string? Query, string? Candidate, IReadOnlyList<TokenAlignment>? Tokens);

public sealed record TokenAlignment(string? Query, string? Candidate, string Rule, double Score);

[Description("yente's EntityResponse: one listed entity.")]
public sealed record EntityResponse(string Id, string Caption, string Schema, string Dataset, string Reference,
    IReadOnlyList<string> Datasets, IReadOnlyList<string> Referents, bool Target,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties,
    [property: JsonPropertyName("last_change")] string? LastChange);

public sealed record SearchHit(string Id, string Caption, string Schema, string Dataset, string Reference, double Score,
    IReadOnlyList<string> Datasets, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties);

[Description("yente's SearchResponse: a page of entities, the total, and facets.")]
public sealed record SearchResponse(IReadOnlyList<SearchHit> Results, Total Total, int Limit, int Offset, IReadOnlyDictionary<string, Facet> Facets);

public sealed record Facet(string Label, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Name, string Label, int Count);

public sealed record AdjacentResponse(EntityResponse Entity, [property: Description("Property → page of adjacent entities (always empty: no official list points at another entity).")] IReadOnlyDictionary<string, AdjacentPage> Adjacent);

public sealed record AdjacentPage(IReadOnlyList<EntityResponse> Results, Total Total, int Limit, int Offset);

[Description("yente's DataCatalogModel: the datasets loaded and the collections over them.")]
public sealed record CatalogResponse(IReadOnlyList<CatalogDataset> Datasets, IReadOnlyList<string> Current, IReadOnlyList<string> Outdated,
    [property: JsonPropertyName("index_stale")] bool IndexStale,
    [property: Description("Where the entities come from (the imported lists, or the bundled samples).")] string Source,
    bool Samples,
    [property: JsonPropertyName("index_built_at")] string IndexBuiltAt);

public sealed record CatalogDataset(string Name, string Title,
    [property: Description("source or collection.")] string Type,
    [property: JsonPropertyName("entity_count")] int EntityCount, bool Load, string? Version,
    [property: JsonPropertyName("updated_at")] string? UpdatedAt,
    [property: JsonPropertyName("last_export")] string? LastExport,
    string? Sha256, IReadOnlyList<string>? Children);

public sealed record AlgorithmsResponse(IReadOnlyList<AlgorithmDescription> Algorithms, string Default, string Best);

public sealed record AlgorithmDescription(string Name, string Description, IReadOnlyDictionary<string, FeatureDescription> Features, AlgorithmDocs Docs);

public sealed record AlgorithmDocs(string Description, IReadOnlyDictionary<string, FeatureDescription> Features, IReadOnlyDictionary<string, JsonElement> Config);

public sealed record FeatureDescription(string Description);

public sealed record HealthResponse(string Status);

public sealed record ReadyResponse([property: Description("ok, or loading (with 503).")] string Status, int? Entities, string? Source);

public sealed record UpdateResponse(string Status, string Source, int Entities, [property: JsonPropertyName("built_in_ms")] long BuiltInMs);

[Description("The JSON of argus scan --json: the people, organisations and places a text names, screened, with quotes and events.")]
public sealed record ScanResponse(IReadOnlyList<ScannedName> Entities, IReadOnlyList<JsonElement> Quotes, IReadOnlyList<JsonElement> Events, ScanSummary Summary);

public sealed record ScannedName(string Name, string Type, bool Flagged, bool Screened, IReadOnlyList<JsonElement> Mentions, IReadOnlyList<JsonElement> Matches);

public sealed record ScanSummary(int Characters, int Paragraphs, int Sentences, int Tokens, int Persons, int Organizations, int Locations, int Others,
    int Screened, int Flagged, IReadOnlyList<string> FlaggedNames, double Threshold, bool ScreeningTruncated, string? Lists, string Offsets);

[Description("A text to scan (as JSON; text/plain and a multipart file are read the same).")]
public sealed record ScanBody([property: Description("At most 1,048,576 characters.")] string Text);

[Description("A batch job (or a run of argus batch, for an admin key): its state, progress and counts.")]
public sealed record BatchJobResponse(
    long Id,
    [property: Description("running, stopped, complete or abandoned.")] string State,
    [property: Description("Why a run was abandoned.")] string? Reason,
    [property: Description("The fraction of the file read, 0–1: 1 when complete, null when not known.")] double? Progress,
    [property: JsonPropertyName("rows_read")] long RowsRead,
    [property: JsonPropertyName("rows_screened")] long RowsScreened,
    [property: JsonPropertyName("rows_with_matches")] long RowsWithMatches,
    [property: JsonPropertyName("rows_rejected")] long RowsRejected,
    [property: JsonPropertyName("last_row")] long LastRow,
    double Threshold,
    [property: Description("The column mapping, as argus batch --map gives it.")] IReadOnlyList<string> Mapping,
    [property: Description("Dataset → the list version screened against.")] IReadOnlyDictionary<string, int> Lists,
    string Started,
    string? Updated,
    double Seconds,
    [property: Description("Where its results are served once it is complete.")] string Results);

[Description("The batch jobs the key may see, newest first: a read key those it submitted, an admin key every run.")]
public sealed record BatchListResponse(IReadOnlyList<BatchJobResponse> Batches, [property: Description("How many match, before the limit.")] int Total, int Limit);
