using Argus.Model;

namespace Argus.Sources;

/// <summary>Everything one list file holds, parsed: the dataset it belongs to, its publication date and its entities.</summary>
/// <param name="Dataset">Dataset name (see <see cref="Datasets"/>).</param>
/// <param name="Format">The format that read it (<see cref="IListFormat.Name"/>).</param>
/// <param name="Published">The list's own publication date, when the file states one.</param>
/// <param name="Entities">Entities in file order; ids are unique.</param>
/// <param name="Warnings">Rows the parser skipped or repaired, each naming its place in the file.</param>
/// <param name="Doubt">
/// Why the file may be cut short, from the format's own evidence (a missing end marker, fewer records than
/// the file declares), naming the place; null when the evidence holds or the format gives none. The import
/// refuses a doubted file unless forced.
/// </param>
public sealed record ListSnapshot(
    string Dataset,
    string Format,
    DateTimeOffset? Published,
    IReadOnlyList<WatchlistEntity> Entities,
    IReadOnlyList<string> Warnings,
    string? Doubt = null)
{
    /// <summary>Entity counts by FollowTheMoney schema name.</summary>
    public IReadOnlyDictionary<string, int> CountsBySchema() =>
        Entities.GroupBy(e => e.Schema.FtmName()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
}
