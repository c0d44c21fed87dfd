using System.Text.Json;
using Argus.Matching;

namespace Argus.Linking;

/// <summary>Writes targets as JSON: members, the links that joined them with their evidence, the stated facts, and refused links.</summary>
public static class TargetJson
{
    public static void WriteTarget(Utf8JsonWriter w, Target t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("caption", t.Caption);
        w.WriteString("schema", t.Schema.ToString());
        w.WriteString("lists", t.ListsLine);
        ScreeningJson.WriteEntries(w, t.Entities);
        w.WriteStartArray("links");
        foreach (var l in t.Links) WriteLink(w, l);
        w.WriteEndArray();
        var facts = TargetFacts.Of(t);
        w.WriteStartObject("facts");
        Values(w, "names", facts.Names);
        Values(w, "birthDates", facts.BirthDates);
        Values(w, "nationalities", facts.Nationalities);
        Values(w, "identifiers", facts.Identifiers);
        Values(w, "addresses", facts.Addresses);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteRefused(Utf8JsonWriter w, RefusedLink r)
    {
        w.WriteStartObject();
        w.WriteString("from", r.Link.From);
        w.WriteString("to", r.Link.To);
        w.WriteString("kind", r.Link.Kind.ToString());
        w.WriteString("evidence", r.Link.Detail);
        w.WriteString("conflict", r.Conflict);
        w.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter w, EntityLink l)
    {
        w.WriteStartObject();
        w.WriteString("from", l.From);
        w.WriteString("to", l.To);
        w.WriteString("kind", l.Kind.ToString());
        w.WriteString("evidence", l.Detail);
        w.WriteEndObject();
    }

    private static void Values(Utf8JsonWriter w, string name, IReadOnlyList<StatedValue> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStartObject();
            w.WriteString("value", v.Value);
            w.WriteStartArray("datasets");
            foreach (var d in v.Datasets) w.WriteStringValue(d);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
