using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Matching;

namespace Argus.Text;

/// <summary>
/// Writes a scan report as the JSON of <c>argus scan --json</c> and <c>POST /scan</c>:
/// <c>{entities: [{name, type, mentions: [{start, end, text}], matches: [{id, dataset, reference, caption,
/// score, match, explanation}]}], quotes: [{speaker, text, start, end}], events: [...], summary: {...}}</c>.
/// Offsets are UTF-16 code units of the text, end exclusive.
/// </summary>
public static class ScanReportJson
{
    public static void Write(ScanReport report, Stream output, bool indented = true)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(report, w);
    }

    public static string ToJson(ScanReport report, bool indented = true)
    {
        using var ms = new MemoryStream();
        Write(report, ms, indented);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(ScanReport report, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("entities");
        foreach (var s in report.Entities) WriteEntity(s, w);
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in report.Quotes)
        {
            w.WriteStartObject();
            if (q.Speaker is null) w.WriteNull("speaker"); else w.WriteString("speaker", q.Speaker);
            w.WriteString("text", q.Text);
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in report.Events)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            w.WriteStartArray("participants");
            foreach (var p in e.Participants) w.WriteStringValue(p);
            w.WriteEndArray();
            if (e.Date is null) w.WriteNull("date"); else w.WriteString("date", e.Date);
            if (e.Place is null) w.WriteNull("place"); else w.WriteString("place", e.Place);
            w.WriteStartArray("evidence");
            foreach (var ev in e.Evidence)
            {
                w.WriteStartObject();
                w.WriteNumber("start", ev.Start);
                w.WriteNumber("end", ev.End);
                w.WriteString("text", ev.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteSummary(report.Summary, w);
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteEntity(ScannedEntity s, Utf8JsonWriter w)
    {
        var e = s.Entity;
        w.WriteStartObject();
        w.WriteString("name", e.Name);
        w.WriteString("type", e.Type.ToString());
        w.WriteBoolean("flagged", s.Flagged);
        w.WriteBoolean("screened", s.Screened);
        if (e.PlaceKind is { } pk) w.WriteString("placeKind", pk.ToString().ToLowerInvariant());
        if (e.Country is { } c) w.WriteString("country", c);
        WriteStrings(w, "variants", e.Variants);
        WriteStrings(w, "roles", e.Roles);
        WriteStrings(w, "countries", s.QueryCountries.Count > 0 ? s.QueryCountries : e.Countries);
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("text", m.Text);
            w.WriteString("cue", m.Cue);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("matches");
        foreach (var r in s.Matches) WriteMatch(r, w);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMatch(ScreeningResult r, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Key);
        w.WriteString("dataset", r.Entity.Dataset);
        if (r.Target is { } target)
        {
            w.WriteString("entry", r.Entity.Id);
            w.WriteString("lists", target.Lists);
            w.WriteStartArray("datasets");
            foreach (var d in target.Members.Select(m => m.Dataset).Distinct()) w.WriteStringValue(d);
            w.WriteEndArray();
            w.WriteStartArray("referents");
            foreach (var m in target.Members) w.WriteStringValue(m.Id);
            w.WriteEndArray();
        }
        w.WriteString("reference", r.Entity.Reference);
        w.WriteString("caption", r.Entity.Caption);
        w.WriteString("schema", r.Entity.Schema.ToString());
        w.WriteNumber("score", Math.Round(r.Score, 4));
        w.WriteBoolean("match", r.Match);
        var x = r.Explanation;
        w.WriteStartObject("explanation");
        w.WriteString("summary", x.Summary);
        w.WriteString("queryName", x.QueryName);
        w.WriteString("matchedName", x.MatchedName);
        w.WriteStartArray("tokens");
        foreach (var t in x.Tokens)
        {
            w.WriteStartObject();
            if (t.QueryToken is null) w.WriteNull("query"); else w.WriteString("query", t.QueryToken);
            if (t.ListToken is null) w.WriteNull("list"); else w.WriteString("list", t.ListToken);
            w.WriteString("rule", t.Rule);
            w.WriteNumber("score", Math.Round(t.Score, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("facts");
        foreach (var f in x.Facts)
        {
            w.WriteStartObject();
            w.WriteString("feature", f.Feature);
            w.WriteString("query", f.Query);
            w.WriteString("candidate", f.Candidate);
            w.WriteString("outcome", f.Outcome);
            w.WriteNumber("effect", Math.Round(f.Effect, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSummary(ScanSummary s, Utf8JsonWriter w)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("characters", s.Characters);
        w.WriteNumber("paragraphs", s.Paragraphs);
        w.WriteNumber("sentences", s.Sentences);
        w.WriteNumber("tokens", s.Tokens);
        w.WriteNumber("persons", s.Persons);
        w.WriteNumber("organizations", s.Organizations);
        w.WriteNumber("locations", s.Locations);
        w.WriteNumber("others", s.Others);
        w.WriteNumber("screened", s.Screened);
        w.WriteNumber("flagged", s.Flagged);
        WriteStrings(w, "flaggedNames", s.FlaggedNames);
        w.WriteNumber("threshold", s.Threshold);
        w.WriteBoolean("screeningTruncated", s.ScreeningTruncated);
        if (s.Lists is null) w.WriteNull("lists"); else w.WriteString("lists", s.Lists);
        w.WriteString("offsets", "UTF-16 code units, end exclusive");
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
