using System.Globalization;
using System.Text.RegularExpressions;
using Argus.Model;

namespace Argus.Batch;

/// <summary>
/// Reads the dates of birth customer files hold: ISO ("1984-01-08", "1984-01", "1984"), day first
/// ("08/01/1984", "08.01.1984", "08-01-1984") and with an English month name ("08 Jan 1984",
/// "8 January 1984", "Jan 8, 1984", "Jan 1984"). Day-first is never guessed to be month-first: "01/25/1984"
/// is impossible, not January 25th.
/// </summary>
public static partial class CustomerDates
{
    /// <summary>Earliest year of birth accepted as possible.</summary>
    public const int MinYear = 1850;

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why (unreadable or impossible).</summary>
    public static bool TryParse(string text, out FuzzyDate? date, out string? error)
    {
        date = null;
        error = null;
        var t = text.Trim();
        int year, month = 0, day = 0;
        Match m;
        if (IsIsoDay(t))
        {
            // The most common form, read without a regular expression: yyyy-mm-dd.
            (year, month, day) = (Digits(t, 0, 4), Digits(t, 5, 2), Digits(t, 8, 2));
        }
        else if ((m = IsoPattern().Match(t)).Success)
        {
            year = Int(m.Groups["y"]);
            if (m.Groups["m"].Success) month = Int(m.Groups["m"]);
            if (m.Groups["d"].Success) day = Int(m.Groups["d"]);
        }
        else if ((m = DayFirstPattern().Match(t)).Success)
        {
            (day, month, year) = (Int(m.Groups["d"]), Int(m.Groups["m"]), Int(m.Groups["y"]));
        }
        else if ((m = MonthNamePattern().Match(t)).Success || (m = MonthNameFirstPattern().Match(t)).Success)
        {
            month = MonthOf(m.Groups["mon"].Value);
            if (month == 0)
            {
                error = $"unreadable date '{text}' (unknown month '{m.Groups["mon"].Value}')";
                return false;
            }
            year = Int(m.Groups["y"]);
            if (m.Groups["d"].Success) day = Int(m.Groups["d"]);
        }
        else
        {
            error = $"unreadable date '{text}' (use 1984-01-08, 08/01/1984, 08 Jan 1984 or 1984)";
            return false;
        }

        if (year < MinYear || year > DateTime.UtcNow.Year)
            error = $"impossible date '{text}' (year {year})";
        else if (month is < 0 or > 12 || (month == 0 && day != 0))
            error = $"impossible date '{text}' (month {month})";
        else if (day < 0 || (month > 0 && day > DateTime.DaysInMonth(year, month)))
            error = $"impossible date '{text}' (day {day} of month {month} in {year})";
        else if (month > 0 && day > 0 && new DateOnly(year, month, day) > DateOnly.FromDateTime(DateTime.UtcNow))
            error = $"impossible date '{text}' (in the future)";
        if (error is not null) return false;

        date = new FuzzyDate(new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day));
        return true;
    }

    private static bool IsIsoDay(string t) =>
        t.Length == 10 && t[4] == '-' && t[7] == '-' && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2])
        && char.IsAsciiDigit(t[3]) && char.IsAsciiDigit(t[5]) && char.IsAsciiDigit(t[6]) && char.IsAsciiDigit(t[8]) && char.IsAsciiDigit(t[9]);

    private static int Digits(string t, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++) n = n * 10 + (t[i] - '0');
        return n;
    }

    private static int MonthOf(string name)
    {
        var key = name.ToLowerInvariant();
        if (key.Length < 3) return 0;
        for (var i = 0; i < MonthNames.Length; i++)
            if (key.StartsWith(MonthNames[i], StringComparison.Ordinal) && "january february march april may june july august september october november december sept".Contains(key, StringComparison.Ordinal))
                return i + 1;
        return 0;
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})$")]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?:st|nd|rd|th)?[\s\-/]+)?(?<mon>[A-Za-z]{3,9})\.?[\s\-/,]+(?<y>\d{4})$")]
    private static partial Regex MonthNamePattern();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthNameFirstPattern();
}
