using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Matching;
using Argus.Model;
using Argus.Sources;

namespace Argus.Linking;

/// <summary>
/// Writes each target as one merged FollowTheMoney entity (a JSON line): the target's id, caption and
/// schema, the union of its members' properties (every value kept once, in member order, so members that
/// disagree keep both values), every member's dataset, and the member ids as <c>referents</c>, the form
/// OpenSanctions and yente give a merged entity. An "argus" object names the members with their lists.
/// </summary>
public static class TargetFtmWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every target as one line to <paramref name="output"/> (UTF-8, "\n" line ends).</summary>
    public static void Write(IEnumerable<Target> targets, Stream output)
    {
        foreach (var t in targets)
        {
            using (var json = new Utf8JsonWriter(output, Options)) WriteTarget(json, t);
            output.WriteByte((byte)'\n');
        }
        output.Flush();
    }

    /// <summary>The union of the members' properties: each property once, with every value any member states.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> MergedProperties(Target target)
    {
        var order = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in target.Entities)
            foreach (var (name, stated) in FtmWriter.PropertiesOf(e))
            {
                if (!values.TryGetValue(name, out var list)) { values[name] = list = []; order.Add(name); }
                foreach (var v in stated)
                    if (!list.Contains(v, StringComparer.Ordinal)) list.Add(v);
            }
        return order.Select(n => (n, (IReadOnlyList<string>)values[n])).ToArray();
    }

    private static void WriteTarget(Utf8JsonWriter w, Target t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("caption", t.Caption);
        w.WriteString("schema", t.Schema.FtmName());
        w.WriteStartObject("properties");
        foreach (var (name, values) in MergedProperties(t))
        {
            w.WriteStartArray(name);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        Strings(w, "datasets", t.Datasets);
        Strings(w, "referents", t.Referents);
        w.WriteBoolean("target", true);
        w.WriteStartObject("argus");
        w.WriteString("lists", t.ListsLine);
        ScreeningJson.WriteEntries(w, t.Entities);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
