using System.Text.Json;
using Argus.Matching;
using Argus.Model;

namespace Argus.Batch;

/// <summary>
/// A screening result as <c>argus screen --json</c> writes it:
/// <c>{"id", "dataset", "reference", "caption", "schema", "score", "match", "properties", "explanations"}</c>,
/// where <c>properties</c> is FollowTheMoney-style and <c>explanations</c> is yente-style
/// (<c>{feature: {score, detail, query, candidate}}</c>) plus the token alignment and the sentence.
/// </summary>
public static class ResultJson
{
    public static void Write(Utf8JsonWriter w, ScreeningResult r)
    {
        var e = r.Entity;
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("dataset", e.Dataset);
        w.WriteString("reference", e.Reference);
        w.WriteString("caption", e.Caption);
        w.WriteString("schema", e.Schema.FtmName());
        w.WriteNumber("score", Math.Round(r.Score, 4));
        w.WriteBoolean("match", r.Match);
        WriteProperties(w, e);
        WriteExplanations(w, r.Explanation);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, WatchlistEntity e)
    {
        w.WriteStartObject("properties");
        Array(w, "name", e.Names.Where(n => n.Kind == NameKind.Primary).Select(n => n.Full));
        Array(w, "alias", e.Names.Where(n => n.Kind is NameKind.Alias or NameKind.OriginalScript).Select(n => n.Full));
        Array(w, "weakAlias", e.Names.Where(n => n.Kind == NameKind.WeakAlias).Select(n => n.Full));
        Array(w, "previousName", e.Names.Where(n => n.Kind == NameKind.PreviousName).Select(n => n.Full));
        Array(w, "birthDate", e.BirthDates.Select(d => d.ToString()));
        Array(w, "birthPlace", e.BirthPlaces.Select(p => p.Text));
        Array(w, "nationality", e.Nationalities);
        Array(w, "country", e.Countries);
        if (e.Gender is not null) Array(w, "gender", [e.Gender]);
        Array(w, "passportNumber", e.Identifiers.Where(i => i.Type == IdentifierTypes.Passport).Select(i => i.Number));
        Array(w, "idNumber", e.Identifiers.Where(i => i.Type != IdentifierTypes.Passport).Select(i => i.Number));
        Array(w, "program", e.Programs);
        Array(w, "position", e.Positions);
        w.WriteEndObject();
    }

    private static void WriteExplanations(Utf8JsonWriter w, MatchExplanation x)
    {
        w.WriteStartObject("explanations");
        w.WriteStartObject("name");
        w.WriteNumber("score", Math.Round(x.Tokens.Count == 0 ? 0 : x.Tokens.Average(t => t.Score), 4));
        w.WriteString("detail", x.Summary);
        w.WriteString("query", x.QueryName);
        w.WriteString("candidate", x.MatchedName);
        w.WriteStartArray("tokens");
        foreach (var t in x.Tokens)
        {
            w.WriteStartObject();
            w.WriteString("query", t.QueryToken);
            w.WriteString("candidate", t.ListToken);
            w.WriteString("rule", t.Rule);
            w.WriteNumber("score", Math.Round(t.Score, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "name" };
        foreach (var f in x.Facts)
        {
            var key = f.Feature;
            for (var k = 2; !seen.Add(key); k++) key = $"{f.Feature}_{k}";
            w.WriteStartObject(key);
            w.WriteNumber("score", Math.Round(f.Effect, 4));
            w.WriteString("detail", f.Outcome);
            w.WriteString("query", f.Query);
            w.WriteString("candidate", f.Candidate);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Array(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        var any = false;
        foreach (var v in values)
        {
            if (!any) { w.WriteStartArray(name); any = true; }
            w.WriteStringValue(v);
        }
        if (any) w.WriteEndArray();
    }
}
