using System.Text;
using Argus.Model;
using static System.Net.WebUtility;

namespace Argus.Web.Reconcile;

/// <summary>The small HTML card OpenRefine shows for a reconciled entity; every value is HTML-escaped.</summary>
public static class PreviewCard
{
    public static string Of(WatchlistEntity e)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(HtmlEncode(e.Caption)).Append("</title>");
        html.Append("<style>body{font:14px sans-serif;margin:8px}dt{color:#666;font-size:12px}dd{margin:0 0 6px}</style></head><body>");
        html.Append("<h3>").Append(HtmlEncode(e.Caption)).Append("</h3><p>").Append(HtmlEncode($"{e.Schema.FtmName()} · {Datasets.Title(e.Dataset)} {e.Reference}")).Append("</p><dl>");
        Row(html, "Other names", e.Names.Select(n => n.Full).Where(n => n != e.Caption).Distinct().Take(8));
        Row(html, "Date of birth", e.BirthDates.Select(d => d.ToString()));
        Row(html, "Nationality", e.Nationalities);
        Row(html, "Country", e.Countries);
        Row(html, "Programme", e.Programs);
        Row(html, "ID number", e.Identifiers.Select(i => i.Number).Take(5));
        html.Append("</dl><p><small>").Append(HtmlEncode(e.Id)).Append("</small></p></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, IEnumerable<string?> values)
    {
        var list = values.OfType<string>().Where(v => v.Length > 0).ToList();
        if (list.Count == 0) return;
        html.Append("<dt>").Append(HtmlEncode(label)).Append("</dt><dd>").Append(HtmlEncode(string.Join("; ", list))).Append("</dd>");
    }
}
