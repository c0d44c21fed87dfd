using System.Security.Cryptography;
using System.Text;
using Argus.Model;

namespace Argus.Cases;

/// <summary>
/// A digest of exactly what screening reads of an entity: its schema, dataset, caption, names (text and
/// kind), dates of birth, nationalities, countries (its own and its addresses'), gender and identifier
/// numbers. Two versions of an entity with the same fingerprint score the same against any query, so
/// a rescreen can leave their hits as they are (a new remark or programme does not change a score).
/// It must cover every field <see cref="Matching.ScreeningIndex"/> and its fact comparison read; the
/// rescreen-equals-full-screen tests hold it to that.
/// </summary>
public static class ScreeningFingerprint
{
    public static string Of(WatchlistEntity e)
    {
        var sb = new StringBuilder(256);
        sb.Append(e.Schema).Append('\u001e').Append(e.Dataset).Append('\u001e').Append(e.Caption).Append('\u001e');
        foreach (var n in e.Names) sb.Append(n.Kind).Append(':').Append(n.Full).Append('\u001f');
        sb.Append('\u001e');
        foreach (var d in e.BirthDates) sb.Append(d).Append('\u001f');
        sb.Append('\u001e');
        foreach (var c in e.Nationalities) sb.Append(c).Append('\u001f');
        sb.Append('\u001e');
        foreach (var c in e.Countries) sb.Append(c).Append('\u001f');
        sb.Append('\u001e');
        foreach (var a in e.Addresses) sb.Append(a.Country).Append('\u001f');
        sb.Append('\u001e').Append(e.Gender).Append('\u001e');
        foreach (var i in e.Identifiers) sb.Append(i.Number).Append('\u001f');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>True when the change between two versions of an entity can change a score.</summary>
    public static bool Differs(WatchlistEntity before, WatchlistEntity after) => Of(before) != Of(after);
}
