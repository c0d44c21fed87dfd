using System.Globalization;
using System.Text.RegularExpressions;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// Reads the dates lists write as free text: "00/00/1948", "4 Apr. 1960", "a) Approximately 1955-1958
/// b) 1945", "Between 1955 and 1958", "circa 1960", "1965-04-29", "1971 or 1972", Excel serial numbers.
/// Numeric dates are day first (dd/mm/yyyy), as in the UK and Australian lists; 00 means an unknown part.
/// </summary>
public static partial class ListDateText
{
    private const string Month = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private const string Year = @"(?:1[89]\d\d|20\d\d)";

    // One alternation scanned left to right; at each position the most specific form wins.
    [GeneratedRegex(
        @"(?<range>\b(?:between\s+)?(?<r1>" + Year + @")\s*(?:-|–|—|/|\bto\b|(?<=between\s+\d{4}\s*)\band\b)\s*(?<r2>" + Year + @")\b)" +
        @"|(?<iso>\b(?<iy>" + Year + @")-(?<im>\d{1,2})(?:-(?<id>\d{1,2}))?\b(?!-))" +
        @"|(?<dmy>\b(?<dd>\d{1,2})[./-](?<dm>\d{1,2})[./-](?<dy>" + Year + @")\b)" +
        @"|(?<my>\b(?<mm>\d{1,2})/(?<myy>" + Year + @")\b)" +
        @"|(?<dMy>\b(?<td>\d{1,2})(?:st|nd|rd|th)?\.?\s*(?<tm>" + Month + @")\.?,?\s*(?<ty>" + Year + @")\b)" +
        @"|(?<Mdy>\b(?<um>" + Month + @")\.?\s+(?<ud>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<uy>" + Year + @")\b)" +
        @"|(?<My>\b(?<vm>" + Month + @")\.?,?\s+(?<vy>" + Year + @")\b)" +
        @"|(?<y>\b(?<yy>" + Year + @")\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    // Places where one stated date ends and the next begins: "a)", "b)", ";", ">>", " or ", "alt DOB".
    [GeneratedRegex(@"(?:^|[\s;,(])[a-z]\)|;|>>|\n|\bor\b|\balt(?:ernative|\.)?\s*(?:dob|date of birth)\s*:?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"\b(?:approx(?:imately|\.)?|circa|about|around|c\.|ca\.|possibly|probably|estimated)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CircaWord();

    /// <summary>Every date the text states, in order, without repeats; empty when it states none.</summary>
    public static IReadOnlyList<FuzzyDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var clean = text.Replace('\u00A0', ' ').Replace('\u2009', ' ');
        var result = new List<FuzzyDate>();
        foreach (var segment in SegmentBreak().Split(clean))
        {
            if (string.IsNullOrWhiteSpace(segment)) continue;
            var circa = CircaWord().IsMatch(segment);
            foreach (Match m in DatePattern().Matches(segment))
                if (FromMatch(m, circa) is { } d && !result.Contains(d))
                    result.Add(d);
        }
        return result;
    }

    /// <summary>The date of an Excel serial day number (1900 date system), or null when out of range.</summary>
    public static PartialDate? FromExcelSerial(double serial)
    {
        if (serial < 1 || serial > 2958465 || double.IsNaN(serial)) return null;
        var date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return PartialDate.FromDate(date);
    }

    /// <summary>True when the cell text is an Excel serial day number (a bare integer of 4 or 5 digits).</summary>
    public static bool LooksLikeExcelSerial(string text, out double serial)
    {
        serial = 0;
        var t = text.Trim();
        if (t.Length is < 4 or > 7 || !double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out serial)) return false;
        // A bare four-digit number between 1800 and 2100 is a year, not a serial day.
        return serial is >= 2200 and <= 80000;
    }

    private static FuzzyDate? FromMatch(Match m, bool circa)
    {
        if (m.Groups["range"].Success)
        {
            var a = Int(m, "r1");
            var b = Int(m, "r2");
            if (b < a) (a, b) = (b, a);
            return a == b ? new FuzzyDate(new PartialDate(a), null, circa) : new FuzzyDate(new PartialDate(a), new PartialDate(b), circa);
        }
        PartialDate? date = null;
        if (m.Groups["iso"].Success) date = Make(Int(m, "iy"), Int(m, "im"), m.Groups["id"].Success ? Int(m, "id") : 0);
        else if (m.Groups["dmy"].Success) date = Make(Int(m, "dy"), Int(m, "dm"), Int(m, "dd"));
        else if (m.Groups["my"].Success) date = Make(Int(m, "myy"), Int(m, "mm"), 0);
        else if (m.Groups["dMy"].Success) date = Make(Int(m, "ty"), MonthNumber(m.Groups["tm"].Value), Int(m, "td"));
        else if (m.Groups["Mdy"].Success) date = Make(Int(m, "uy"), MonthNumber(m.Groups["um"].Value), Int(m, "ud"));
        else if (m.Groups["My"].Success) date = Make(Int(m, "vy"), MonthNumber(m.Groups["vm"].Value), 0);
        else if (m.Groups["y"].Success) date = new PartialDate(Int(m, "yy"));
        return date is { } d ? new FuzzyDate(d, null, circa) : null;
    }

    /// <summary>A partial date from parts where 0 (or an impossible value) means unknown.</summary>
    private static PartialDate Make(int year, int month, int day)
    {
        if (month is < 1 or > 12) return new PartialDate(year);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return new PartialDate(year, month);
        return new PartialDate(year, month, day);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };
}
