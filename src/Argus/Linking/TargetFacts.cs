using Argus.Model;

namespace Argus.Linking;

/// <summary>A value that one or more members state, with the datasets that state it.</summary>
public sealed record StatedValue(string Value, IReadOnlyList<string> Datasets);

/// <summary>
/// The union of what a target's members state: names, dates of birth, nationalities, identifiers and
/// addresses, each value with the datasets that state it. Values that disagree (two dates of birth) are both kept.
/// </summary>
public sealed record TargetFacts(
    IReadOnlyList<StatedValue> Names,
    IReadOnlyList<StatedValue> BirthDates,
    IReadOnlyList<StatedValue> Nationalities,
    IReadOnlyList<StatedValue> Identifiers,
    IReadOnlyList<StatedValue> Addresses)
{
    public static TargetFacts Of(Target target) => new(
        Union(target, e => e.Names.Select(n => n.Full)),
        Union(target, e => e.BirthDates.Select(d => d.ToString())),
        Union(target, e => e.Nationalities),
        Union(target, e => e.Identifiers.Select(i => i.Country is null ? $"{i.Type} {i.Number}" : $"{i.Type} {i.Number} ({i.Country})")),
        Union(target, e => e.Addresses.Select(a => a.Full)));

    private static StatedValue[] Union(Target target, Func<WatchlistEntity, IEnumerable<string>> values)
    {
        var by = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in target.Entities)
            foreach (var v in values(e))
            {
                if (string.IsNullOrWhiteSpace(v)) continue;
                if (!by.TryGetValue(v, out var ds)) { by[v] = ds = []; order.Add(v); }
                if (!ds.Contains(e.Dataset)) ds.Add(e.Dataset);
            }
        return order.Select(v => new StatedValue(v, by[v])).ToArray();
    }
}
