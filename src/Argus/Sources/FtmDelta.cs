using System.Text.Json.Nodes;
using Argus.Model;

namespace Argus.Sources;

/// <summary>One operation of a FollowTheMoney delta file.</summary>
/// <param name="Line">1-based line in the delta file.</param>
/// <param name="Op">"ADD", "MOD" or "DEL".</param>
/// <param name="Entity">The entity line as it would appear in a full file (for DEL, often only its id).</param>
public sealed record FtmDeltaOperation(int Line, string Op, FtmLine Entity);

/// <summary>
/// FollowTheMoney delta files (OpenSanctions' entities.delta.json: one {"op": "ADD"|"MOD"|"DEL",
/// "entity": {…}} per line). A delta is not a list on its own; it changes the previous version of one.
/// </summary>
/// <remarks>
/// Applying: ADD inserts the entity (or replaces it, with a warning, when its id is already there); MOD
/// replaces the whole entity (a MOD for an unknown id adds it, with a warning); DEL removes it (a DEL for an
/// unknown id is a warning). Ids are matched after the same dataset/reference rule as a full import.
/// An unknown op or a line that is not JSON refuses the whole delta: nothing is applied.
/// </remarks>
public static class FtmDelta
{
    /// <summary>True when the file's first line is a delta operation.</summary>
    public static bool IsDelta(ListSource source)
    {
        var lines = FtmJsonFormat.ReadLines(source);
        return lines.Count > 0 && lines[0].Json.ContainsKey("op");
    }

    /// <summary>Reads every operation; refuses the file on any line that is not a well-formed operation.</summary>
    public static IReadOnlyList<FtmDeltaOperation> Read(ListSource source)
    {
        var result = new List<FtmDeltaOperation>();
        foreach (var line in FtmJsonFormat.ReadLines(source))
        {
            var op = ((string?)line.Json["op"])?.Trim().ToUpperInvariant();
            if (op is not ("ADD" or "MOD" or "DEL"))
                throw new ListFormatException(source.Name, $"line {line.Line}", $"not a delta operation: \"op\" is '{(string?)line.Json["op"] ?? "(missing)"}', expected ADD, MOD or DEL");
            if (line.Json["entity"] is not JsonObject entity || (string?)entity["id"] is not { Length: > 0 })
                throw new ListFormatException(source.Name, $"line {line.Line}", $"{op} without an \"entity\" object that has an \"id\"");
            result.Add(new FtmDeltaOperation(line.Line, op, new FtmLine(line.Line, entity)));
        }
        if (result.Count == 0) throw new ListFormatException(source.Name, "line 1", "the delta holds no operation");
        return result;
    }

    /// <summary>
    /// The new version of <paramref name="previous"/> after the operations of <paramref name="delta"/>; the
    /// previous snapshot is not changed. Warnings name the delta's lines.
    /// </summary>
    public static ListSnapshot Apply(ListSnapshot previous, ListSource delta)
    {
        var operations = Read(delta);
        var warnings = new List<string>();
        var entities = new List<WatchlistEntity>(previous.Entities);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++) index[entities[i].Id] = i;
        var removed = new HashSet<string>(StringComparer.Ordinal);

        foreach (var op in operations)
        {
            var id = WatchlistEntity.MakeId(previous.Dataset, ReferenceOf(op.Entity.Id!, previous.Dataset));
            if (op.Op == "DEL")
            {
                if (index.ContainsKey(id) && removed.Add(id)) continue;
                warnings.Add($"{delta.Name}: line {op.Line}: DEL of {op.Entity.Id}, which the list does not hold");
                continue;
            }
            var built = FtmEntityReader.Read(delta.Name, "ftm-delta", [op.Entity], previous.Dataset);
            warnings.AddRange(built.Warnings);
            if (built.Entities.Count == 0) continue;
            var entity = built.Entities[0];
            if (index.TryGetValue(entity.Id, out var at))
            {
                var wasDeleted = removed.Remove(entity.Id);
                if (op.Op == "ADD" && !wasDeleted) warnings.Add($"{delta.Name}: line {op.Line}: ADD of {op.Entity.Id}, which the list already holds; replaced");
                if (op.Op == "MOD" && wasDeleted) warnings.Add($"{delta.Name}: line {op.Line}: MOD of {op.Entity.Id}, which an earlier line deleted; restored");
                entities[at] = entity;
            }
            else
            {
                if (op.Op == "MOD") warnings.Add($"{delta.Name}: line {op.Line}: MOD of {op.Entity.Id}, which the list does not hold; added");
                index[entity.Id] = entities.Count;
                entities.Add(entity);
            }
        }
        var result = entities.Where(e => !removed.Contains(e.Id)).ToList();
        return new ListSnapshot(previous.Dataset, previous.Format, previous.Published, result, warnings);
    }

    private static string ReferenceOf(string id, string dataset) =>
        id.StartsWith(dataset + "-", StringComparison.Ordinal) ? id[(dataset.Length + 1)..] : id;
}
