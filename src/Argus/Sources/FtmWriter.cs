using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Writes entities as FollowTheMoney JSON lines (one entity per line: id, caption, schema, properties
/// with FtM property names, datasets, referents, target), the form yente, OpenRefine and Aleph read.
/// </summary>
/// <remarks>
/// FollowTheMoney cannot say which name is an original-script name, that a date is approximate or a
/// range, or which country issued a passport. So that nothing is lost, each line also carries an "argus"
/// object with those facts (reference, names with kind and parts, dates as "~1960" / "1955/1958",
/// identifiers, places, addresses, and Extra keys that are not FtM properties); FtM tools ignore it and
/// <see cref="FtmJsonFormat"/> reads it back, so an export re-imports to the same facts.
/// </remarks>
public static class FtmWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes every entity as one line to <paramref name="output"/> (UTF-8, no BOM, "\n" line ends).</summary>
    public static void Write(IEnumerable<WatchlistEntity> entities, Stream output)
    {
        foreach (var e in entities)
        {
            using (var json = new Utf8JsonWriter(output, Options)) WriteEntity(json, e);
            output.WriteByte((byte)'\n');
        }
        output.Flush();
    }

    /// <summary>One entity as one JSON line (without the line end).</summary>
    public static string ToLine(WatchlistEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) WriteEntity(json, entity);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEntity(Utf8JsonWriter w, WatchlistEntity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("caption", e.Caption);
        w.WriteString("schema", e.Schema.FtmName());
        w.WriteStartObject("properties");
        foreach (var (name, values) in PropertiesOf(e)) Property(w, name, values);
        w.WriteEndObject();

        w.WriteStartArray("datasets");
        w.WriteStringValue(e.Dataset);
        w.WriteEndArray();
        w.WriteStartArray("referents");
        foreach (var r in e.Extra.GetValueOrDefault("referents") ?? []) w.WriteStringValue(r);
        w.WriteEndArray();
        w.WriteBoolean("target", true);
        WriteArgus(w, e);
        w.WriteEndObject();
    }

    /// <summary>An entity's FtM properties in writing order, each with its values (blank ones and repeats left out).</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> PropertiesOf(WatchlistEntity e)
    {
        var properties = new List<(string Name, IReadOnlyList<string> Values)>();
        void Add(string name, IEnumerable<string?> values)
        {
            var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToArray();
            if (list.Length > 0) properties.Add((name, list));
        }
        Add("name", e.Names.Where(n => n.Kind == NameKind.Primary).Select(n => n.Full));
        Add("alias", e.Names.Where(n => n.Kind is NameKind.Alias or NameKind.OriginalScript).Select(n => n.Full));
        Add("weakAlias", e.Names.Where(n => n.Kind == NameKind.WeakAlias).Select(n => n.Full));
        Add("previousName", e.Names.Where(n => n.Kind == NameKind.PreviousName).Select(n => n.Full));
        if (e.Schema == EntitySchema.Person)
        {
            Add("firstName", e.Names.Select(n => n.Given));
            Add("middleName", e.Names.Select(n => n.Middle));
            Add("fatherName", e.Names.Select(n => n.Father));
            Add("lastName", e.Names.Select(n => n.Family));
            // FtM dates are plain partial dates: a range gives both ends, "circa" is dropped here (kept in "argus").
            Add("birthDate", e.BirthDates.SelectMany(d => d.End is { } end && end != d.Start ? new[] { d.Start.ToString(), end.ToString() } : [d.Start.ToString()]));
            Add("birthPlace", e.BirthPlaces.Select(p => p.Text));
            Add("nationality", e.Nationalities);
            Add("gender", e.Gender is null ? [] : [e.Gender]);
            Add("position", e.Positions);
        }
        Add("country", e.Countries);
        foreach (var group in e.Identifiers.GroupBy(i => FtmProperties.ByIdentifierType.GetValueOrDefault(i.Type, "idNumber")))
            Add(group.Key, group.Select(i => i.Number));
        Add("address", e.Addresses.Select(a => a.Full));
        Add("program", e.Programs);
        Add("notes", e.Notes);
        Add("createdAt", e.ListingDate is { } l ? [l.ToString()] : []);
        Add("modifiedAt", e.ModifiedAt is { } m ? [m.ToString()] : []);
        Add("topics", e.Extra.GetValueOrDefault("topics") is { } topics ? topics.Prepend("sanction").Distinct() : ["sanction"]);
        foreach (var (key, values) in e.Extra)
            if (key != "topics" && FtmProperties.FtmExtraProperties.Contains(key))
                Add(key, values);
        return properties;
    }

    private static void WriteArgus(Utf8JsonWriter w, WatchlistEntity e)
    {
        w.WriteStartObject("argus");
        w.WriteString("reference", e.Reference);
        w.WriteStartArray("names");
        foreach (var n in e.Names)
        {
            w.WriteStartObject();
            w.WriteString("full", n.Full);
            w.WriteString("kind", n.Kind.ToString());
            OptionalString(w, "given", n.Given);
            OptionalString(w, "middle", n.Middle);
            OptionalString(w, "father", n.Father);
            OptionalString(w, "family", n.Family);
            OptionalString(w, "language", n.Language);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("birthDates");
        foreach (var d in e.BirthDates) w.WriteStringValue(d.ToString());
        w.WriteEndArray();
        w.WriteStartArray("birthPlaces");
        foreach (var p in e.BirthPlaces)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            OptionalString(w, "country", p.Country);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("identifiers");
        foreach (var i in e.Identifiers)
        {
            w.WriteStartObject();
            w.WriteString("type", i.Type);
            w.WriteString("number", i.Number);
            OptionalString(w, "country", i.Country);
            OptionalString(w, "note", i.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("addresses");
        foreach (var a in e.Addresses)
        {
            w.WriteStartObject();
            w.WriteString("full", a.Full);
            OptionalString(w, "city", a.City);
            OptionalString(w, "country", a.Country);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Person-only FtM properties, which other schemata may still state in a list.
        Property(w, "nationalities", e.Nationalities);
        Property(w, "positions", e.Positions);
        OptionalString(w, "gender", e.Gender);
        w.WriteStartObject("extra");
        foreach (var (key, values) in e.Extra)
            if (key != "topics" && !FtmProperties.FtmExtraProperties.Contains(key))
                Property(w, key, values);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter w, string name, IEnumerable<string?> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in list) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }
}
