using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Model;

namespace Argus.Sources;

/// <summary>One line of a FollowTheMoney JSON-lines file, parsed.</summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Json">The line's JSON object.</param>
public sealed record FtmLine(int Line, JsonObject Json)
{
    public string? Id => (string?)Json["id"];
    public string? Schema => (string?)Json["schema"];
}

/// <summary>
/// Format "ftm-json": FollowTheMoney entities as JSON lines, as OpenSanctions publishes them
/// (entities.ftm.json) and as <see cref="FtmWriter"/> exports Argus's lists.
/// </summary>
/// <remarks>
/// <para>Screened schemata (Person, Organization, Company, LegalEntity, Vessel, Airplane) become entities.
/// Address entities fill the addresses of the entities that point to them (addressEntity), Sanction
/// entities their programmes and listing date, Passport/Identification entities their identifiers; other
/// schemata (Ownership, Family, …) are not screened and are counted in one warning.</para>
/// <para>Dataset: the first dataset of every screened entity when they all agree ("eu_fsf"); otherwise
/// the file name up to its first dot ("zala.entities.ftm.json" → "zala"). Reference: the FtM id, without
/// a leading "{dataset}-" (so that an Argus export reads back to the same ids); id = {dataset}-{reference}.
/// All datasets and referents are kept in Extra ("datasets", "referents").</para>
/// <para>A delta file (lines of {"op": "ADD"|"MOD"|"DEL", "entity": …}) is not a list: reading it here is
/// refused with a message; apply it to the previous snapshot with <see cref="FtmDelta"/>.</para>
/// <para>A line that is valid JSON but no entity (no id or schema) is skipped with a warning; a line that
/// is not valid JSON (a truncated file) refuses the file, as do more than 5 % bad lines.</para>
/// </remarks>
public sealed class FtmJsonFormat : IListFormat
{
    private const double MaxBadShare = 0.05;

    public string Name => "ftm-json";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName)
    {
        var text = ListFormats.SniffText(head, 16384);
        if (!text.StartsWith('{')) return false;
        var first = text.Split('\n', 2)[0];
        return (first.Contains("\"schema\"", StringComparison.Ordinal) && first.Contains("\"id\"", StringComparison.Ordinal))
            || (first.Contains("\"op\"", StringComparison.Ordinal) && first.Contains("\"entity\"", StringComparison.Ordinal));
    }

    public ListSnapshot Read(ListSource source)
    {
        var lines = ReadLines(source);
        if (lines.Count == 0)
            throw new ListFormatException(source.Name, "line 1", "the file holds no entity");
        if (lines[0].Json.ContainsKey("op"))
            throw new ListFormatException(source.Name, $"line {lines[0].Line}",
                "this is a FollowTheMoney delta (ADD/MOD/DEL operations), not a whole list: apply it to the list's previous version (FtmDelta.Apply) instead of importing it alone");
        var snapshot = FtmEntityReader.Read(source.Name, Name, lines);
        return EndsWithLineEnd(source) ? snapshot : snapshot with
        {
            Doubt = $"{source.Name}: line {lines[^1].Line}: the last line has no line end (FollowTheMoney JSON lines end every entity with one)",
        };
    }

    /// <summary>
    /// The publisher gives no entity count inside the file, so the closing line end is the only evidence
    /// within it: a cut just before a newline leaves whole JSON lines, and only the missing end shows it.
    /// </summary>
    private static bool EndsWithLineEnd(ListSource source)
    {
        using var stream = source.Open();
        int last = -1;
        if (stream.CanSeek)
        {
            if (stream.Length == 0) return false;
            stream.Seek(-1, SeekOrigin.End);
            last = stream.ReadByte();
        }
        else
        {
            var buffer = new byte[81920];
            for (int n; (n = stream.Read(buffer)) > 0;) last = buffer[n - 1];
        }
        return last == '\n';
    }

    /// <summary>Parses every non-empty line as a JSON object; a line that is not one refuses the file.</summary>
    public static List<FtmLine> ReadLines(ListSource source)
    {
        var result = new List<FtmLine>();
        using var stream = source.Open();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (true)
        {
            string? line;
            try { line = reader.ReadLine(); }
            catch (DecoderFallbackException e) { throw new ListFormatException(source.Name, $"line {number + 1}", "the file is not UTF-8 text: " + e.Message, e); }
            if (line is null) break;
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonNode? node;
            try { node = JsonNode.Parse(line); }
            catch (JsonException e)
            {
                throw new ListFormatException(source.Name, $"line {number}, position {(e.BytePositionInLine ?? 0) + 1}",
                    "not valid JSON (a truncated or damaged file?): " + e.Message, e);
            }
            if (node is not JsonObject obj)
                throw new ListFormatException(source.Name, $"line {number}", "each line must be one JSON object (a FollowTheMoney entity)");
            try { _ = obj.Count; } // builds the object's properties, which a repeated name or a broken escape stops
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw new ListFormatException(source.Name, $"line {number}", "not a FollowTheMoney entity (a repeated property or a broken escape): " + e.Message, e);
            }
            result.Add(new FtmLine(number, obj));
        }
        return result;
    }
}

/// <summary>Turns parsed FollowTheMoney lines into Argus entities (see <see cref="FtmJsonFormat"/> for the rules).</summary>
public static class FtmEntityReader
{
    private const double MaxBadShare = 0.05;

    private static readonly IReadOnlySet<string> Screened = new HashSet<string>(StringComparer.Ordinal)
    {
        "Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane",
    };

    // Properties read into the entity's own fields; all others go to Extra.
    private static readonly IReadOnlySet<string> Mapped = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "alias", "weakAlias", "previousName", "firstName", "middleName", "fatherName", "lastName",
        "birthDate", "birthPlace", "nationality", "citizenship", "country", "gender", "address", "addressEntity",
        "program", "programId", "position", "notes", "createdAt", "modifiedAt", "topics", "flag",
    };

    /// <summary>
    /// JSON nodes are read lazily: a repeated property, a broken \u escape or a value of the wrong kind
    /// (a number where a string belongs) shows only when the value is used, so the line in use is tracked.
    /// </summary>
    public static ListSnapshot Read(string sourceName, string format, IReadOnlyList<FtmLine> lines, string? dataset = null)
    {
        var at = new LineCursor();
        try
        {
            return ReadEntities(sourceName, format, lines, dataset, at);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new ListFormatException(sourceName, $"line {at.Line}", "not a FollowTheMoney entity (a repeated property, a broken escape or a value of the wrong JSON type): " + e.Message, e);
        }
    }

    private sealed class LineCursor
    {
        public int Line;
    }

    private static ListSnapshot ReadEntities(string sourceName, string format, IReadOnlyList<FtmLine> lines, string? dataset, LineCursor at)
    {
        var warnings = new List<string>();
        var bad = 0;
        var addresses = new Dictionary<string, Address>(StringComparer.Ordinal);
        var sanctions = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        var targets = new List<FtmLine>();
        var other = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            at.Line = line.Line;
            if (line.Id is not { Length: > 0 } id || line.Schema is not { Length: > 0 } schema || line.Json["properties"] is not (JsonObject or null))
            {
                bad++;
                warnings.Add($"{sourceName}: line {line.Line}: skipped: not a FollowTheMoney entity (needs \"id\", \"schema\" and a \"properties\" object)");
                continue;
            }
            var props = Props(line.Json);
            switch (schema)
            {
                case var s when Screened.Contains(s): targets.Add(line); break;
                case "Address":
                    var full = First(props, "full") ?? string.Join(", ", new[] { First(props, "street"), First(props, "city"), First(props, "postalCode"), First(props, "region") }.Where(x => x is not null));
                    var address = new Address(full, First(props, "city"), Countries.ToCode(First(props, "country")));
                    // Merged entities keep their old ids as referents, and links may still use those.
                    foreach (var key in Strings(line.Json["referents"]).Prepend(id)) addresses[key] = address;
                    break;
                case "Sanction":
                    foreach (var e in Values(props, "entity")) Add(sanctions, e, line.Json);
                    break;
                case "Passport" or "Identification":
                    foreach (var h in Values(props, "holder")) Add(documents, h, line.Json);
                    break;
                default:
                    other[schema] = other.GetValueOrDefault(schema) + 1;
                    break;
            }
        }
        if (bad > MaxBadShare * Math.Max(1, lines.Count))
            throw new ListFormatException(sourceName, "whole file", $"{bad} of {lines.Count} lines are not entities (first: {warnings[0]})");
        if (other.Count > 0)
            warnings.Add($"{sourceName}: not screened (schemata Argus does not screen): " + string.Join(", ", other.Select(kv => $"{kv.Value} {kv.Key}")));

        dataset ??= DatasetOf(sourceName, targets);
        var entities = new List<WatchlistEntity>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            at.Line = t.Line;
            var entity = Build(t, dataset, addresses, sanctions, documents);
            if (entity is null)
            {
                warnings.Add($"{sourceName}: line {t.Line}: skipped: {t.Schema} {t.Id} has no name");
                continue;
            }
            if (!ids.Add(entity.Id))
            {
                warnings.Add($"{sourceName}: line {t.Line}: skipped: id {t.Id} repeats an earlier line");
                continue;
            }
            entities.Add(entity);
        }
        DateTimeOffset? published = null;
        foreach (var t in targets)
            if ((at.Line = t.Line) > 0 && DateTimeOffset.TryParse((string?)t.Json["last_change"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var changed)
                && (published is null || changed > published))
                published = changed;
        return new ListSnapshot(dataset, format, published, entities, warnings);
    }

    /// <summary>The dataset of a whole file: the one first dataset all targets share, else the file name's stem.</summary>
    public static string DatasetOf(string sourceName, IEnumerable<FtmLine> targets)
    {
        var firsts = targets.Select(t => t.Json["datasets"] is JsonArray a && a.Count > 0 && a[0] is JsonValue v && v.TryGetValue<string>(out var first) ? first : null).Distinct().ToList();
        if (firsts.Count == 1 && firsts[0] is { Length: > 0 } only) return only;
        return DatasetNames.FromFileName(sourceName);
    }

    private static WatchlistEntity? Build(FtmLine line, string dataset, Dictionary<string, Address> addresses,
        Dictionary<string, List<JsonObject>> sanctions, Dictionary<string, List<JsonObject>> documents)
    {
        var json = line.Json;
        var id = line.Id!;
        var props = Props(json);
        var argus = json["argus"] as JsonObject;
        var reference = (string?)argus?["reference"]
            ?? (id.StartsWith(dataset + "-", StringComparison.Ordinal) ? id[(dataset.Length + 1)..] : id);
        EntitySchemas.TryParse(line.Schema, out var schema);
        var draft = new EntityDraft(dataset, reference, schema);

        if (argus?["names"] is JsonArray exactNames)
        {
            foreach (var n in exactNames.OfType<JsonObject>())
                if ((string?)n["full"] is { } full)
                    draft.AddName(new EntityName(full, Enum.TryParse<NameKind>((string?)n["kind"], out var k) ? k : NameKind.Alias)
                    {
                        Given = (string?)n["given"], Middle = (string?)n["middle"], Father = (string?)n["father"],
                        Family = (string?)n["family"], Language = (string?)n["language"],
                    });
        }
        else AddNames(draft, props, (string?)json["caption"]);
        if (draft.Names.Count == 0) return null;
        draft.Caption = (string?)json["caption"];

        if (argus?["birthDates"] is JsonArray exactDates)
        {
            foreach (var d in exactDates)
                if (FuzzyDate.TryParse((string?)d, out var fd)) draft.AddBirthDate(fd);
        }
        else
            foreach (var d in Values(props, "birthDate"))
                if (FuzzyDate.TryParse(d, out var fd)) draft.AddBirthDate(fd);

        if (argus?["birthPlaces"] is JsonArray exactPlaces)
            foreach (var p in exactPlaces.OfType<JsonObject>()) draft.AddBirthPlace((string?)p["text"], (string?)p["country"]);
        else
            foreach (var p in Values(props, "birthPlace")) draft.AddBirthPlace(p, Countries.FindAll(p).FirstOrDefault());

        foreach (var c in argus is null ? Values(props, "nationality").Concat(Values(props, "citizenship")) : Strings(argus["nationalities"])) draft.AddNationality(c);
        foreach (var c in Values(props, "country").Concat(Values(props, "flag"))) draft.AddCountry(c);
        foreach (var f in Values(props, "flag")) draft.AddExtra("flag", f);
        draft.SetGender(argus is null ? First(props, "gender") : (string?)argus["gender"]);

        if (argus?["identifiers"] is JsonArray exactIds)
        {
            foreach (var i in exactIds.OfType<JsonObject>())
                draft.AddIdentifier((string?)i["type"] ?? IdentifierTypes.Other, (string?)i["number"], (string?)i["country"], (string?)i["note"]);
        }
        else
        {
            foreach (var (property, type) in FtmProperties.IdentifierTypeOf)
                foreach (var n in Values(props, property)) draft.AddIdentifier(type, n);
            foreach (var doc in documents.GetValueOrDefault(id) ?? [])
            {
                var dp = Props(doc);
                var type = (string?)doc["schema"] == "Passport" ? IdentifierTypes.Passport : IdentifierTypes.NationalId;
                draft.AddIdentifier(type, First(dp, "number"), Countries.ToCode(First(dp, "country")), First(dp, "type"));
            }
        }

        if (argus?["addresses"] is JsonArray exactAddresses)
            foreach (var a in exactAddresses.OfType<JsonObject>()) draft.AddAddress((string?)a["full"], (string?)a["city"], (string?)a["country"]);
        else
        {
            foreach (var a in Values(props, "address")) draft.AddAddress(a, null, null);
            foreach (var ref_ in Values(props, "addressEntity"))
                if (addresses.TryGetValue(ref_, out var a)) draft.AddAddress(a.Full, a.City, a.Country);
        }

        foreach (var p in Values(props, "program").Concat(Values(props, "programId"))) draft.AddProgram(p);
        foreach (var p in argus is null ? Values(props, "position") : Strings(argus["positions"])) draft.AddPosition(p);
        foreach (var n in Values(props, "notes")) draft.AddNote(n);
        if (PartialDate.TryParse(First(props, "createdAt"), out var created)) draft.ListingDate = created;
        if (PartialDate.TryParse(First(props, "modifiedAt"), out var modified)) draft.ModifiedAt = modified;
        foreach (var s in sanctions.GetValueOrDefault(id) ?? [])
        {
            var sp = Props(s);
            foreach (var p in Values(sp, "program").Concat(Values(sp, "programId"))) draft.AddProgram(p);
            if (draft.ListingDate is null && PartialDate.TryParse(First(sp, "listingDate") ?? First(sp, "startDate"), out var listed))
                draft.ListingDate = listed;
        }

        // Every Argus entity is a sanctions target: the "sanction" topic is implied, others are kept.
        foreach (var t in Values(props, "topics").Where(t => t != "sanction")) draft.AddExtra("topics", t);
        foreach (var (key, value) in props)
            if (!Mapped.Contains(key) && !FtmProperties.IdentifierTypeOf.ContainsKey(key) && value is JsonArray)
                foreach (var v in Values(props, key)) draft.AddExtra(key, v);
        if (argus?["extra"] is JsonObject extra)
            foreach (var (key, value) in extra)
                if (value is JsonArray arr)
                    foreach (var v in arr) draft.AddExtra(key, (string?)v);
        if (argus is null)
        {
            foreach (var d in Strings(json["datasets"])) draft.AddExtra("datasets", d);
            foreach (var r in Strings(json["referents"])) draft.AddExtra("referents", r);
        }
        return draft.Build();
    }

    private static void AddNames(EntityDraft draft, JsonObject props, string? caption)
    {
        var names = Values(props, "name").ToList();
        // The caption leads, so that it is the primary name the draft shows.
        if (caption is not null && names.Remove(caption)) names.Insert(0, caption);
        var given = First(props, "firstName");
        var middle = First(props, "middleName");
        var father = First(props, "fatherName");
        var family = First(props, "lastName");
        foreach (var n in names)
        {
            var parts = n == names[0];
            draft.AddName(new EntityName(n, NameKind.Primary)
            {
                Given = parts ? given : null, Middle = parts ? middle : null, Father = parts ? father : null, Family = parts ? family : null,
            });
        }
        foreach (var n in Values(props, "alias")) draft.AddName(new EntityName(n, NameKind.Alias));
        foreach (var n in Values(props, "weakAlias")) draft.AddName(new EntityName(n, NameKind.WeakAlias));
        foreach (var n in Values(props, "previousName")) draft.AddName(new EntityName(n, NameKind.PreviousName));
        if (draft.Names.Count == 0 && (given is not null || family is not null))
            draft.AddName(new EntityName(string.Join(' ', new[] { given, middle, family }.Where(p => p is not null)), NameKind.Primary) { Given = given, Middle = middle, Family = family });
    }

    private static JsonObject Props(JsonObject entity) => entity["properties"] as JsonObject ?? [];

    private static IEnumerable<string> Values(JsonObject props, string name) => Strings(props[name]);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray a => a.Select(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v?.ToJsonString()).OfType<string>().Where(s => s.Trim().Length > 0),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().Length > 0 => [s],
        _ => [],
    };

    private static string? First(JsonObject props, string name) => Values(props, name).FirstOrDefault();

    private static void Add(Dictionary<string, List<JsonObject>> map, string key, JsonObject value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
