using Argus.Model;

namespace Argus.Linking;

/// <summary>
/// Compares the secondary facts of two entries for a name-and-date link: dates of birth (or
/// incorporation), nationality, gender and schema. Says whether they agree, and if not, why.
/// </summary>
public static class LinkFacts
{
    /// <summary>The schema family a link needs in common: people, organisations (of any kind), vessels, aircraft.</summary>
    public static string Family(EntitySchema schema) => schema switch
    {
        EntitySchema.Person => "person",
        EntitySchema.Vessel => "vessel",
        EntitySchema.Airplane => "airplane",
        EntitySchema.Thing => "thing",
        _ => "organisation",
    };

    /// <summary>The dates that identify an entry: birth dates, else its incorporation dates.</summary>
    public static IReadOnlyList<FuzzyDate> DatesOf(WatchlistEntity e)
    {
        if (e.BirthDates.Count > 0) return e.BirthDates;
        if (!e.Extra.TryGetValue("incorporationDate", out var texts)) return [];
        var dates = new List<FuzzyDate>(texts.Count);
        foreach (var t in texts)
            if (FuzzyDate.TryParse(t, out var d) && d is not null) dates.Add(d);
        return dates;
    }

    /// <summary>The day an entry was listed, when its list states the full date; null otherwise.</summary>
    public static PartialDate? ListedOn(WatchlistEntity e) => e.ListingDate is { Day: not null } d ? d : null;

    /// <summary>
    /// The listing date both state, when each states a full one and they are at most a day apart (DFAT dates the
    /// UN's designations of 5 August 2017 the 4th); null otherwise.
    /// </summary>
    public static PartialDate? SameListingDay(WatchlistEntity a, WatchlistEntity b) =>
        ListedOn(a) is { } x && ListedOn(b) is { } y && Math.Abs(Day(x.Year, x.Month ?? 1, x.Day ?? 1) - Day(y.Year, y.Month ?? 1, y.Day ?? 1)) <= 1 ? x : null;

    /// <summary>Null when nothing contradicts; else the conflict in words ("dates 1950-03-21 and 1962 disagree").</summary>
    public static string? Conflict(WatchlistEntity a, WatchlistEntity b)
    {
        if (Family(a.Schema) != Family(b.Schema)) return $"schema {a.Schema.FtmName()} and {b.Schema.FtmName()}";
        if (a.Gender is not null && b.Gender is not null && a.Gender != b.Gender) return $"gender {a.Gender} and {b.Gender}";
        var da = DatesOf(a);
        var db = DatesOf(b);
        if (da.Count > 0 && db.Count > 0 && !Overlap(da, db))
            return $"dates {string.Join(", ", da)} and {string.Join(", ", db)} disagree";
        if (a.Nationalities.Count > 0 && b.Nationalities.Count > 0 && !a.Nationalities.Intersect(b.Nationalities).Any())
            return $"nationality {string.Join(", ", a.Nationalities)} and {string.Join(", ", b.Nationalities)}";
        return null;
    }

    /// <summary>The date both state, when each states one and they meet; null when either has none.</summary>
    public static FuzzyDate? SharedDate(WatchlistEntity a, WatchlistEntity b)
    {
        foreach (var x in DatesOf(a))
            foreach (var y in DatesOf(b))
                if (Meet(x, y)) return Precision(x) >= Precision(y) ? x : y;
        return null;
    }

    private static bool Overlap(IReadOnlyList<FuzzyDate> a, IReadOnlyList<FuzzyDate> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (Meet(x, y)) return true;
        return false;
    }

    /// <summary>
    /// Two dates meet when their spans overlap; "circa" widens a span by a year on each side, and a full date
    /// by a day (DFAT's spreadsheet gives many UN dates of birth one day later than the UN does).
    /// </summary>
    public static bool Meet(FuzzyDate x, FuzzyDate y)
    {
        var (xs, xe) = Span(x);
        var (ys, ye) = Span(y);
        return xs <= ye && ys <= xe;
    }

    private static (int Start, int End) Span(FuzzyDate d)
    {
        var widen = d.Circa ? 366 : d.Start.Day is not null ? 1 : 0;
        var end = d.End ?? d.Start;
        return (First(d.Start) - widen, Last(end) + widen);
    }

    // Dates as day numbers: a year alone spans the whole year, a month the whole month.
    private static int First(PartialDate p) => Day(p.Year, p.Month ?? 1, p.Day ?? 1);

    private static int Last(PartialDate p)
    {
        var month = p.Month ?? 12;
        return Day(p.Year, month, p.Day ?? DateTime.DaysInMonth(Math.Clamp(p.Year, 1, 9999), Math.Clamp(month, 1, 12)));
    }

    private static int Day(int year, int month, int day) =>
        DateOnly.FromDateTime(new DateTime(Math.Clamp(year, 1, 9999), Math.Clamp(month, 1, 12), 1)).DayNumber + Math.Clamp(day, 1, 31) - 1;

    private static int Precision(FuzzyDate d) => d.Start.Day is not null ? 3 : d.Start.Month is not null ? 2 : 1;
}
