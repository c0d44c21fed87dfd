using System.Globalization;

namespace Argus.Model;

/// <summary>A date known to the year, the month or the day ("1948", "1960-04", "1960-04-04").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    public override string ToString() =>
        Month is null ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>Parses the ISO partial forms "YYYY", "YYYY-MM" and "YYYY-MM-DD" (a time part is ignored).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (t.Length > 10 && t[10] == 'T') t = t[..10];
        var parts = t.Split('-');
        if (parts.Length is < 1 or > 3) return false;
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1000 || y > 2999) return false;
        int? m = null, d = null;
        if (parts.Length >= 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm < 1 || mm > 12) return false;
            m = mm;
        }
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            d = dd;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"not a partial ISO date: '{text}'");

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }
}

/// <summary>
/// A date as lists state it: a partial date, possibly approximate ("circa 1960") or a range of years
/// ("1955-1958", written "1955/1958" as an ISO 8601 interval).
/// </summary>
public sealed record FuzzyDate(PartialDate Start, PartialDate? End = null, bool Circa = false)
{
    public override string ToString() =>
        (Circa ? "~" : "") + Start + (End is { } e && e != Start ? "/" + e : "");

    /// <summary>Parses the form written by <see cref="ToString"/>: "1948", "~1960", "1955/1958", "1960-04-04".</summary>
    public static bool TryParse(string? text, out FuzzyDate? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var circa = t.StartsWith('~');
        if (circa) t = t[1..];
        var slash = t.IndexOf('/');
        if (slash < 0)
        {
            if (!PartialDate.TryParse(t, out var d)) return false;
            value = new FuzzyDate(d, null, circa);
            return true;
        }
        if (!PartialDate.TryParse(t[..slash], out var s) || !PartialDate.TryParse(t[(slash + 1)..], out var e)) return false;
        value = new FuzzyDate(s, e, circa);
        return true;
    }
}
