using System.Text.Json;
using Argus.Model;

namespace Argus.Matching;

/// <summary>
/// Writes screening queries and results as JSON shaped like a yente match response: entity fields,
/// <c>score</c>, <c>match</c>, FollowTheMoney <c>properties</c>, and <c>explanations</c> keyed by feature
/// (<c>{score, detail, query, candidate}</c>) with the token alignment and one sentence.
/// </summary>
public static class ScreeningJson
{
    /// <summary>
    /// The document of one screen (what <c>argus screen --json</c> prints): the query, the threshold used,
    /// where the lists came from, <c>total</c> as yente writes it, and the results best first.
    /// </summary>
    public static void WriteScreen(Utf8JsonWriter w, ScreeningQuery query, double threshold, string source, IReadOnlyList<ScreeningResult> results)
    {
        w.WriteStartObject();
        w.WritePropertyName("query");
        WriteQuery(w, query);
        w.WriteNumber("threshold", threshold);
        w.WriteString("source", source);
        WriteTotal(w, results.Count);
        w.WriteStartArray("results");
        foreach (var r in results) WriteResult(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>"total": {"value": n, "relation": "eq"}</c>, the shape yente gives every count.</summary>
    public static void WriteTotal(Utf8JsonWriter w, int value, string relation = "eq")
    {
        w.WriteStartObject("total");
        w.WriteNumber("value", value);
        w.WriteString("relation", relation);
        w.WriteEndObject();
    }

    public static void WriteQuery(Utf8JsonWriter w, ScreeningQuery query)
    {
        w.WriteStartObject();
        w.WriteString("schema", query.Schema.FtmName());
        w.WriteStartObject("properties");
        WriteQueryProperties(w, query);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The FtM-style properties of a query (name, birthDate, country, gender, idNumber), inside an open object.</summary>
    public static void WriteQueryProperties(Utf8JsonWriter w, ScreeningQuery query)
    {
        WriteArray(w, "name", query.Names);
        if (query.BirthDates.Count > 0) WriteArray(w, "birthDate", query.BirthDates.Select(d => d.ToString()));
        if (query.Countries.Count > 0) WriteArray(w, "country", query.Countries);
        if (query.Gender is not null) WriteArray(w, "gender", [query.Gender]);
        if (query.Identifiers.Count > 0) WriteArray(w, "idNumber", query.Identifiers);
    }

    public static void WriteResult(Utf8JsonWriter w, ScreeningResult r)
    {
        var e = r.Entity;
        var x = r.Explanation;
        w.WriteStartObject();
        w.WriteString("id", r.Target?.Id ?? e.Id);
        if (r.Target is not null) w.WriteString("entry", e.Id);
        w.WriteString("dataset", e.Dataset);
        w.WriteString("reference", e.Reference);
        w.WriteString("caption", e.Caption);
        w.WriteString("schema", e.Schema.FtmName());
        w.WriteNumber("score", r.Score);
        w.WriteBoolean("match", r.Match);
        WriteArray(w, "datasets", r.Target is { } target ? target.Members.Select(m => m.Dataset).Distinct() : [e.Dataset]);
        if (r.Target is not null) WriteTarget(w, r.Target);
        w.WriteStartObject("properties");
        foreach (var (k, v) in ResultProperties.Of(e)) WriteArray(w, k, v);
        w.WriteEndObject();
        w.WriteString("explanation", x.Summary);
        w.WriteStartObject("explanations");
        w.WriteStartObject("name");
        w.WriteNumber("score", x.NameScore);
        w.WriteString("detail", x.CombinedFrom is { } combined ? "combined name: " + combined : x.MatchedNameKind switch
        {
            NameKind.Primary => "primary name",
            NameKind.WeakAlias => "weak alias (scored lower)",
            NameKind.PreviousName => "previous name",
            NameKind.OriginalScript => "original-script name",
            _ => "alias",
        } + (x.Reordered ? "; name parts in another order" : "") + (x.LegalForms is { } lf ? "; legal forms set aside: " + lf : "")
          + (x.QueryTitles.Count > 0 ? "; title set aside: " + string.Join(", ", x.QueryTitles) : ""));
        w.WriteString("query", x.QueryName);
        w.WriteString("candidate", x.MatchedName);
        w.WriteStartArray("tokens");
        foreach (var t in x.Tokens)
        {
            w.WriteStartObject();
            if (t.QueryToken is null) w.WriteNull("query"); else w.WriteString("query", t.QueryToken);
            if (t.ListToken is null) w.WriteNull("candidate"); else w.WriteString("candidate", t.ListToken);
            w.WriteString("rule", t.Rule);
            w.WriteNumber("score", t.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        foreach (var f in x.Facts)
        {
            w.WriteStartObject(f.Feature);
            w.WriteNumber("score", Math.Round(f.Effect, 4));
            w.WriteString("detail", f.Outcome);
            w.WriteString("query", f.Query);
            w.WriteString("candidate", f.Candidate);
            w.WriteEndObject();
        }
        w.WriteStartObject("summary");
        w.WriteNumber("score", r.Score);
        w.WriteString("detail", x.Summary);
        w.WriteString("query", x.QueryName);
        w.WriteString("candidate", x.MatchedName);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The <c>entries</c> array of a target: each member's id, dataset, reference, caption and listing date.</summary>
    public static void WriteEntries(Utf8JsonWriter w, IEnumerable<WatchlistEntity> members, string name = "entries")
    {
        w.WriteStartArray(name);
        foreach (var m in members)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("dataset", m.Dataset);
            w.WriteString("reference", m.Reference);
            w.WriteString("caption", m.Caption);
            if (m.ListingDate is { } listed) w.WriteString("listingDate", listed.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A target's members: <c>referents</c> (their ids, as in FollowTheMoney), <c>entries</c> and the <c>lists</c> line.</summary>
    private static void WriteTarget(Utf8JsonWriter w, ResultTarget target)
    {
        WriteArray(w, "referents", target.Members.Select(m => m.Id));
        w.WriteString("lists", target.Lists);
        WriteEntries(w, target.Members);
    }

    /// <summary>One listed entity as yente's <c>EntityResponse</c>: id, caption, schema, FtM properties, datasets.</summary>
    public static void WriteEntity(Utf8JsonWriter w, WatchlistEntity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("caption", e.Caption);
        w.WriteString("schema", e.Schema.FtmName());
        w.WriteString("dataset", e.Dataset);
        w.WriteString("reference", e.Reference);
        WriteArray(w, "datasets", [e.Dataset]);
        WriteArray(w, "referents", []);
        w.WriteBoolean("target", true);
        w.WriteStartObject("properties");
        foreach (var (k, v) in ResultProperties.Of(e)) WriteArray(w, k, v);
        w.WriteEndObject();
        if ((e.ModifiedAt ?? e.ListingDate) is { } changed) w.WriteString("last_change", changed.ToString());
        w.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
