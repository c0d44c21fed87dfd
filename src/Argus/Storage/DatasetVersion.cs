namespace Argus.Storage;

/// <summary>One imported version of a dataset, as recorded in the store.</summary>
/// <param name="Dataset">Dataset name, e.g. <c>un_sc_sanctions</c>.</param>
/// <param name="Version">1, 2, 3, … per dataset, in import order.</param>
/// <param name="Format">The format that read the file ("un-xml", …).</param>
/// <param name="Source">The file name or URL it was read from.</param>
/// <param name="Published">The list's own publication date, when the file states one.</param>
/// <param name="ImportedAt">When it was written to the store (UTC).</param>
/// <param name="Sha256">SHA-256 of the file's bytes, as downloaded (before any gunzip), lower-case hex.</param>
/// <param name="ContentSha256">SHA-256 over the stored entities in file order: equal when the content is equal.</param>
/// <param name="EntityCount">Number of entities.</param>
/// <param name="Counts">Entity counts by FollowTheMoney schema name.</param>
/// <param name="Warnings">Rows the parser skipped or repaired.</param>
/// <param name="Status">"good" for a version that passed every check; only good versions can be active.</param>
public sealed record DatasetVersion(
    string Dataset,
    int Version,
    string Format,
    string Source,
    DateTimeOffset? Published,
    DateTimeOffset ImportedAt,
    string Sha256,
    string ContentSha256,
    int EntityCount,
    IReadOnlyDictionary<string, int> Counts,
    int Warnings,
    string Status)
{
    public const string Good = "good";
}

/// <summary>A dataset as the store knows it, whatever its versions.</summary>
/// <param name="Name">Dataset name (<see cref="Model.DatasetNames"/>).</param>
/// <param name="Title">The title given at import, else the official list's title, else the name.</param>
/// <param name="Format">The format of its first import; later imports must be of the same family (<see cref="Sources.ListFormats.FamilyOf"/>).</param>
public sealed record DatasetInfo(string Name, string Title, string Format);
