using System.Globalization;
using System.Text.RegularExpressions;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Reads the dates lists write in free form: "08 Jan 1984", "8 January 1984", "Jan 1960", "1984",
/// "1984-01-08", "circa 1960", "approximately 1955", "1955 to 1958", "1955-1958",
/// "01 Jan 1948 to 31 Dec 1948" (a whole year, kept as "1948").
/// </summary>
public static partial class FreeFormDate
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"^(?:circa|ca\.|approximately|approx\.|about|c\.)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CircaPrefix();

    [GeneratedRegex(@"\s+(?:to|until)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordRange();

    [GeneratedRegex(@"^(?<a>\d{4})\s*[-–/]\s*(?<b>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayMonthYear();

    /// <summary>The date <paramref name="text"/> states, or null when it is not a date this reader knows.</summary>
    public static FuzzyDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = string.Join(' ', text.Trim().TrimEnd('.', ';').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var circaMatch = CircaPrefix().Match(t);
        var circa = circaMatch.Success;
        if (circa) t = t[circaMatch.Length..];
        string a = t;
        string? b = null;
        var word = WordRange().Match(t);
        if (word.Success) { a = t[..word.Index]; b = t[(word.Index + word.Length)..]; }
        else if (YearRange().Match(t) is { Success: true } years) { a = years.Groups["a"].Value; b = years.Groups["b"].Value; }
        if (!TryPoint(CircaPrefix().Replace(a, ""), out var start)) return null;
        if (b is null) return new FuzzyDate(start, null, circa);
        if (!TryPoint(CircaPrefix().Replace(b, ""), out var end) || end.CompareTo(start) < 0) return null;
        return Collapse(start, end, circa);
    }

    /// <summary>"01 Jan 1948 to 31 Dec 1948" is the year 1948; "01 Mar 1960 to 31 Mar 1960" is March 1960.</summary>
    private static FuzzyDate Collapse(PartialDate start, PartialDate end, bool circa)
    {
        if (start.Day == 1 && start.Month == 1 && end.Month == 12 && end.Day == 31)
            return start.Year == end.Year
                ? new FuzzyDate(new PartialDate(start.Year), null, circa)
                : new FuzzyDate(new PartialDate(start.Year), new PartialDate(end.Year), circa);
        if (start.Day == 1 && start.Year == end.Year && start.Month == end.Month && end.Month is { } mo
            && end.Day == DateTime.DaysInMonth(end.Year, mo))
            return new FuzzyDate(new PartialDate(start.Year, mo), null, circa);
        return start == end ? new FuzzyDate(start, null, circa) : new FuzzyDate(start, end, circa);
    }

    private static bool TryPoint(string text, out PartialDate date)
    {
        date = default;
        var t = text.Trim();
        if (PartialDate.TryParse(t, out date)) return true;
        Match m;
        if ((m = DayMonthYear().Match(t)).Success || (m = MonthDayYear().Match(t)).Success)
            return TryMake(m.Groups["y"].Value, Month(m.Groups["m"].Value), m.Groups["d"].Value, out date);
        if ((m = MonthYear().Match(t)).Success)
        {
            var month = Month(m.Groups["m"].Value);
            if (month is null) return false;
            date = new PartialDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month);
            return true;
        }
        if ((m = NumericDayMonthYear().Match(t)).Success)
            return TryMake(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value, out date);
        return false;
    }

    private static bool TryMake(string year, int? month, string day, out PartialDate date)
    {
        date = default;
        if (month is not { } mo || mo is < 1 or > 12) return false;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1000 or > 2999 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new PartialDate(y, mo, d);
        return true;
    }

    private static int? Month(string name)
    {
        if (name.Length < 3) return null;
        var key = name[..3].ToLowerInvariant();
        var i = Array.IndexOf(Months, key);
        if (i < 0) return null;
        // Only accept the full name or a prefix of it ("Sept" is a common abbreviation).
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(i + 1).ToLowerInvariant();
        return full.StartsWith(name.ToLowerInvariant(), StringComparison.Ordinal) ? i + 1 : null;
    }
}
