using System.Globalization;
using System.Net;
using System.Text;

namespace Argus.Text;

/// <summary>
/// Writes a scan report as one self-contained HTML page (inline style, no script, nothing fetched): the text
/// with every mention highlighted by type, sanctioned ones in red, the match details on hover, then the
/// entities with their matches, the quotes and the events. Every piece of the text is HTML-escaped: it is
/// untrusted input.
/// </summary>
public static class ScanReportHtml
{
    private const string Style = """
        body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
        h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
        .text{white-space:pre-wrap;border:1px solid #d0d7de;border-radius:6px;padding:1rem;background:#fbfcfd}
        mark{border-radius:3px;padding:0 2px;position:relative;cursor:help}
        mark.person{background:#dbeafe}mark.organization{background:#ede9fe}mark.location{background:#dcfce7}mark.other{background:#f1f5f9}
        mark.flagged{background:#fecaca;outline:2px solid #dc2626;font-weight:600}
        mark:hover::after{content:attr(data-tip);position:absolute;left:0;top:1.6em;z-index:10;white-space:pre-wrap;width:28rem;
          background:#111827;color:#f9fafb;font-weight:400;font-size:13px;padding:.5rem .6rem;border-radius:6px}
        table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #e5e7eb;padding:.3rem .4rem;text-align:left;vertical-align:top}
        .yes{color:#b91c1c;font-weight:600}.no{color:#6b7280}.legend mark{margin-right:.5rem}
        """;

    public static string Render(ScanReport report, string title = "Argus scan")
    {
        var sb = new StringBuilder(report.Text.Length * 2 + 4096);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        sb.Append("<h1>").Append(E(title)).Append("</h1>\n");
        var s = report.Summary;
        sb.Append("<p>").Append(s.Flagged).Append(" sanctioned of ").Append(s.Persons + s.Organizations + s.Others)
          .Append(" people, organisations and other names; ").Append(s.Locations).Append(" places. Threshold ")
          .Append(s.Threshold.ToString("0.00", CultureInfo.InvariantCulture)).Append(s.Lists is null ? "" : "; lists: " + E(s.Lists)).Append(".</p>\n");
        sb.Append("<p class=\"legend\"><mark class=\"flagged\">sanctioned</mark><mark class=\"person\">person</mark><mark class=\"organization\">organisation</mark><mark class=\"location\">place</mark><mark class=\"other\">other name</mark></p>\n");
        AppendText(sb, report);
        AppendEntities(sb, report);
        AppendQuotes(sb, report);
        AppendEvents(sb, report);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void AppendText(StringBuilder sb, ScanReport report)
    {
        var marks = new List<(Mention Mention, ScannedEntity Entity)>();
        foreach (var e in report.Entities)
            foreach (var m in e.Entity.Mentions) marks.Add((m, e));
        marks.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        var text = report.Text;
        sb.Append("<div class=\"text\">");
        var pos = 0;
        foreach (var (m, e) in marks)
        {
            if (m.Start < pos || m.End > text.Length) continue;
            sb.Append(E(text[pos..m.Start]));
            var cls = e.Entity.Type.ToString().ToLowerInvariant() + (e.Flagged ? " flagged" : "");
            sb.Append("<mark class=\"").Append(cls).Append("\" data-tip=\"").Append(E(Tip(e))).Append("\">")
              .Append(E(text[m.Start..m.End])).Append("</mark>");
            pos = m.End;
        }
        sb.Append(E(text[pos..])).Append("</div>\n");
    }

    private static string Tip(ScannedEntity e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Entity.Name).Append(" (").Append(e.Entity.Type).Append(')');
        if (e.Entity.Roles.Count > 0) sb.Append("\nRole: ").Append(string.Join("; ", e.Entity.Roles));
        if (e.QueryCountries.Count > 0) sb.Append("\nCountries from the text: ").Append(string.Join(", ", e.QueryCountries));
        if (!e.Screened) sb.Append("\nNot screened (").Append(e.Entity.Type == TextEntityType.Location ? "a place" : "a single unknown word").Append(')');
        foreach (var r in e.Matches)
        {
            sb.Append('\n').Append(r.Match ? "MATCH " : "no match ").Append(r.Entity.Dataset).Append(' ').Append(r.Entity.Reference)
              .Append(": ").Append(r.Entity.Caption).Append(" — ").Append(r.Score.ToString("0.00", CultureInfo.InvariantCulture))
              .Append("\n  ").Append(r.Explanation.Summary);
        }
        if (e.Screened && e.Matches.Count == 0) sb.Append("\nNo list entry came close.");
        return sb.ToString();
    }

    private static void AppendEntities(StringBuilder sb, ScanReport report)
    {
        sb.Append("<h2>Entities</h2>\n<table><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Matches</th></tr>\n");
        foreach (var e in report.Entities)
        {
            sb.Append("<tr><td>").Append(E(e.Entity.Name)).Append("</td><td>").Append(e.Entity.Type).Append("</td><td>").Append(e.Entity.Mentions.Count).Append("</td><td>");
            if (e.Matches.Count == 0) sb.Append("<span class=\"no\">").Append(e.Screened ? "none" : "not screened").Append("</span>");
            foreach (var r in e.Matches)
            {
                sb.Append("<div class=\"").Append(r.Match ? "yes" : "no").Append("\" title=\"").Append(E(r.Explanation.Summary)).Append("\">")
                  .Append(r.Match ? "MATCH " : "near miss ").Append(E(r.Entity.Dataset)).Append(' ').Append(E(r.Entity.Reference)).Append(": ")
                  .Append(E(r.Entity.Caption)).Append(" (").Append(r.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append(")</div>");
            }
            sb.Append("</td></tr>\n");
        }
        sb.Append("</table>\n");
    }

    private static void AppendQuotes(StringBuilder sb, ScanReport report)
    {
        if (report.Quotes.Count == 0) return;
        sb.Append("<h2>Quotes</h2>\n<table><tr><th>Speaker</th><th>Quote</th></tr>\n");
        foreach (var q in report.Quotes)
            sb.Append("<tr><td>").Append(E(q.Speaker ?? "(unknown)")).Append("</td><td>“").Append(E(q.Text)).Append("”</td></tr>\n");
        sb.Append("</table>\n");
    }

    private static void AppendEvents(StringBuilder sb, ScanReport report)
    {
        if (report.Events.Count == 0) return;
        sb.Append("<h2>Events</h2>\n<table><tr><th>Event</th><th>Who</th><th>When</th><th>Where</th></tr>\n");
        foreach (var ev in report.Events)
            sb.Append("<tr><td>").Append(E(ev.Type)).Append("</td><td>").Append(E(string.Join(", ", ev.Participants))).Append("</td><td>")
              .Append(E(ev.Date ?? "")).Append("</td><td>").Append(E(ev.Place ?? "")).Append("</td></tr>\n");
        sb.Append("</table>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
