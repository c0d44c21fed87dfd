using System.Globalization;
using System.Text.Json.Nodes;
using Argus.Model;

namespace Argus.Reconciliation;

/// <summary>
/// The suggest and extend services of the reconciliation API over the listed entities: entities,
/// types and properties by prefix (OpenRefine's autocompletion), and the values of chosen properties
/// for reconciled ids (its "add columns from reconciled values").
/// </summary>
public sealed class ReconciliationSuggest(IReadOnlyList<WatchlistEntity> entities)
{
    /// <summary>Most suggestions in one answer.</summary>
    public const int MaxSuggestions = 50;

    private readonly Dictionary<string, WatchlistEntity> _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    private static readonly EntitySchema[] Types =
        [EntitySchema.LegalEntity, EntitySchema.Person, EntitySchema.Organization, EntitySchema.Company, EntitySchema.Vessel, EntitySchema.Airplane];

    /// <summary>
    /// Entities one of whose names starts with <paramref name="prefix"/> (word by word, any case), best known first;
    /// only those of <paramref name="datasets"/> when it is given.
    /// </summary>
    public JsonObject Entities(string prefix, int limit = 10, IReadOnlyCollection<string>? datasets = null)
    {
        var p = Prefix(prefix);
        limit = Math.Clamp(limit, 1, MaxSuggestions);
        var found = entities
            .Where(e => p.Length > 0 && (datasets is null || datasets.Contains(e.Dataset)) && e.Names.Any(n => StartsWith(n.Full, p)))
            .Take(limit)
            .Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["name"] = e.Caption,
                ["description"] = $"{e.Schema.FtmName()} · {Datasets.Title(e.Dataset)} {e.Reference}",
                ["type"] = new JsonArray(TypeOf(e.Schema)),
            });
        return Answer(prefix, found);
    }

    /// <summary>The screened schemata whose name starts with <paramref name="prefix"/>.</summary>
    public static JsonObject TypesFor(string prefix) =>
        Answer(prefix, Types.Where(t => t.FtmName().StartsWith(Prefix(prefix), StringComparison.OrdinalIgnoreCase)).Select(t => (JsonNode)TypeOf(t)));

    /// <summary>The query properties whose id or label starts with <paramref name="prefix"/>.</summary>
    public static JsonObject PropertiesFor(string prefix)
    {
        var p = Prefix(prefix);
        return Answer(prefix, ReconciliationService.Properties
            .Where(kv => kv.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase) || kv.Value.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            .Select(kv => (JsonNode)new JsonObject { ["id"] = kv.Key, ["name"] = kv.Value }));
    }

    /// <summary>The properties a column can be extended with, for entities of <paramref name="type"/>.</summary>
    public static JsonObject ProposeProperties(string type, int limit = 0) => new()
    {
        ["limit"] = limit,
        ["type"] = type,
        ["properties"] = new JsonArray(Extendable.Select(kv => (JsonNode)new JsonObject { ["id"] = kv.Key, ["name"] = kv.Value }).ToArray()),
    };

    private static readonly IReadOnlyDictionary<string, string> Extendable = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "Name", ["alias"] = "Other name", ["birthDate"] = "Date of birth", ["country"] = "Country",
        ["nationality"] = "Nationality", ["gender"] = "Gender", ["idNumber"] = "ID number", ["program"] = "Programme",
        ["dataset"] = "Dataset", ["listingDate"] = "Listed on",
    };

    /// <summary>
    /// Answers an extend request <c>{"ids": [...], "properties": [{"id": ..., "settings": {"limit": n}}]}</c>:
    /// a row per id (empty for an id that is not listed), a meta entry per known property.
    /// </summary>
    public JsonObject Extend(JsonObject request)
    {
        var ids = (request["ids"] as JsonArray ?? throw new ReconciliationException("extend needs \"ids\": a list of entity ids"))
            .Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new ReconciliationException("each of \"ids\" must be a string")).ToList();
        if (ids.Count > ReconciliationService.MaxBatch) throw new ReconciliationException($"Too many queries in one batch (limit: {ReconciliationService.MaxBatch})");
        var props = new List<(string Id, int Limit)>();
        foreach (var p in request["properties"] as JsonArray ?? throw new ReconciliationException("extend needs \"properties\": a list of {\"id\": …}"))
        {
            var id = p?["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new ReconciliationException("each property needs an \"id\" string");
            if (!Extendable.ContainsKey(id)) throw new ReconciliationException($"unknown property '{id}'; use one of {string.Join(", ", Extendable.Keys)}");
            var limit = p["settings"]?["limit"] is JsonValue lv && lv.TryGetValue<int>(out var l) ? l : 0;
            props.Add((id, Math.Max(0, limit)));
        }
        var rows = new JsonObject();
        foreach (var id in ids)
        {
            var row = new JsonObject();
            if (_byId.TryGetValue(id, out var e))
                foreach (var (prop, limit) in props)
                {
                    var values = ValuesOf(e, prop);
                    row[prop] = new JsonArray((limit > 0 ? values.Take(limit) : values).Select(x => (JsonNode)new JsonObject { ["str"] = x }).ToArray());
                }
            rows[id] = row;
        }
        return new JsonObject
        {
            ["meta"] = new JsonArray(props.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = Extendable[p.Id] }).ToArray()),
            ["rows"] = rows,
        };
    }

    private static IEnumerable<string> ValuesOf(WatchlistEntity e, string property) => property switch
    {
        "name" => [e.Caption],
        "alias" => e.Names.Where(n => n.Full != e.Caption).Select(n => n.Full),
        "birthDate" => e.BirthDates.Select(d => d.ToString()),
        "country" => e.Countries,
        "nationality" => e.Nationalities,
        "gender" => e.Gender is null ? [] : [e.Gender],
        "idNumber" => e.Identifiers.Select(i => i.Number),
        "program" => e.Programs,
        "dataset" => [e.Dataset],
        "listingDate" => e.ListingDate is { } d ? [d.ToString()!] : [],
        _ => [],
    };

    private static string Prefix(string? prefix) => (prefix ?? "").Trim();

    // A prefix matches at the start of the name or of any of its words.
    private static bool StartsWith(string name, string prefix) =>
        CultureInfo.InvariantCulture.CompareInfo.IsPrefix(name, prefix, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace)
        || name.Split(' ').Skip(1).Any(w => CultureInfo.InvariantCulture.CompareInfo.IsPrefix(w, prefix, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace));

    private static JsonObject Answer(string prefix, IEnumerable<JsonNode> result) => new()
    {
        ["code"] = "/api/status/ok",
        ["status"] = "200 OK",
        ["prefix"] = prefix,
        ["result"] = new JsonArray(result.ToArray()),
    };

    private static JsonObject TypeOf(EntitySchema s) => new() { ["id"] = s.FtmName(), ["name"] = s.FtmName() };
}
