using System.Text;
using Argus.Model;

namespace Argus.Matching;

/// <summary>The secondary facts compared for one candidate and their total effect on the score.</summary>
/// <param name="Facts">Each fact compared.</param>
/// <param name="Effect">Sum of the effects, added to the name score.</param>
/// <param name="Decisive">True when an identifier agrees: the same passport, IMO or SWIFT number.</param>
public sealed record FactOutcome(IReadOnlyList<FactComparison> Facts, double Effect, bool Decisive);

/// <summary>
/// Compares what the query knows besides the name (date of birth, country, gender, identifiers)
/// with the candidate. Agreement raises the score a little, clear disagreement lowers it, an equal
/// identifier settles it. A fact only one side states has no effect.
/// </summary>
public static class FactComparer
{
    public const double DobExact = 0.08, DobMonth = 0.06, DobYear = 0.04, DobNear = 0.0, DobMismatch = -0.2;
    /// <summary>Two exact dates of birth (day, month and year) close together that disagree: another person's, or a mistyped date.</summary>
    public const double DobExactMismatch = -0.1;
    /// <summary>Further effect of each year beyond two between the dates of birth, down to <see cref="DobFarMismatch"/>.</summary>
    public const double DobMismatchPerYear = 0.1, DobFarMismatch = -0.45;
    public const double CountryMatch = 0.03, CountryMismatch = -0.08;
    public const double GenderMismatch = -0.15;

    private static readonly FactOutcome Nothing = new([], 0, false);

    public static FactOutcome Compare(ScreeningQuery query, WatchlistEntity entity)
    {
        // Most queries state a name only: nothing to compare (keep in step with the facts below).
        if (query.BirthDates.Count == 0 && query.Countries.Count == 0 && query.Gender is null && query.Identifiers.Count == 0) return Nothing;
        var facts = new List<FactComparison>();
        var effect = 0.0;
        var decisive = false;

        if (query.BirthDates.Count > 0 && entity.BirthDates.Count > 0)
        {
            var (e, outcome) = BestDate(query.BirthDates, entity.BirthDates);
            effect += e;
            facts.Add(new FactComparison("birthDate", string.Join(", ", query.BirthDates), string.Join(", ", entity.BirthDates), outcome, e));
        }

        if (query.Countries.Count > 0 && StatesCountry(entity))
        {
            var e = SharesCountry(query.Countries, entity) ? CountryMatch : CountryMismatch;
            effect += e;
            var candidateCountries = entity.Nationalities.Concat(entity.Countries).Concat(entity.Addresses.Select(a => a.Country ?? "")).Where(c => c.Length > 0).Distinct().ToArray();
            var common = query.Countries.Intersect(candidateCountries, StringComparer.OrdinalIgnoreCase).ToArray();
            facts.Add(new FactComparison("country", string.Join(", ", query.Countries), string.Join(", ", candidateCountries),
                e == CountryMatch ? $"agrees ({string.Join(", ", common)})" : "differs", e));
        }

        if (query.Gender is { } qg && entity.Gender is { } cg)
        {
            var e = GenderEffect(qg, cg);
            effect += e;
            facts.Add(new FactComparison("gender", qg, cg, e == 0 ? "agrees" : "differs", e));
        }

        if (query.Identifiers.Count > 0 && entity.Identifiers.Count > 0)
        {
            if (SharedIdentifier(query.Identifiers, entity.Identifiers) is { } hit)
            {
                decisive = true;
                facts.Add(new FactComparison(hit.Type, hit.Number, hit.Number, $"same {Describe(hit.Type)}", 0));
            }
            else
            {
                facts.Add(new FactComparison("identifier", string.Join(", ", query.Identifiers), string.Join(", ", entity.Identifiers.Select(i => i.Number)), "no identifier in common", 0));
            }
        }
        return new FactOutcome(facts, effect, decisive);
    }

    /// <summary>
    /// The <see cref="FactOutcome.Effect"/> and <see cref="FactOutcome.Decisive"/> of <see cref="Compare"/>,
    /// without wording the facts: every candidate of a screen is ranked by them, and only the few returned
    /// need the words. Both decide each fact by the same rules below (dates, <see cref="StatesCountry"/>,
    /// <see cref="SharesCountry"/>, <see cref="GenderEffect"/>, <see cref="SharedIdentifier"/>); this one only adds them up.
    /// </summary>
    public static (double Effect, bool Decisive) Assess(ScreeningQuery query, WatchlistEntity entity)
    {
        if (query.BirthDates.Count == 0 && query.Countries.Count == 0 && query.Gender is null && query.Identifiers.Count == 0) return (0, false);
        var effect = 0.0;
        if (query.BirthDates.Count > 0 && entity.BirthDates.Count > 0) effect += BestDateEffect(query.BirthDates, entity.BirthDates);
        if (query.Countries.Count > 0 && StatesCountry(entity)) effect += SharesCountry(query.Countries, entity) ? CountryMatch : CountryMismatch;
        if (query.Gender is { } qg && entity.Gender is { } cg) effect += GenderEffect(qg, cg);
        var decisive = query.Identifiers.Count > 0 && entity.Identifiers.Count > 0 && SharedIdentifier(query.Identifiers, entity.Identifiers) is not null;
        return (effect, decisive);
    }

    // (Loops by index: these run for every candidate of a screen, and a foreach over an interface list
    // allocates its enumerator.)
    private static bool StatesCountry(WatchlistEntity entity)
    {
        var nationalities = entity.Nationalities;
        for (var i = 0; i < nationalities.Count; i++) if (nationalities[i].Length > 0) return true;
        var countries = entity.Countries;
        for (var i = 0; i < countries.Count; i++) if (countries[i].Length > 0) return true;
        var addresses = entity.Addresses;
        for (var i = 0; i < addresses.Count; i++) if (addresses[i].Country is { Length: > 0 }) return true;
        return false;
    }

    private static bool SharesCountry(IReadOnlyList<string> query, WatchlistEntity entity)
    {
        var nationalities = entity.Nationalities;
        var countries = entity.Countries;
        var addresses = entity.Addresses;
        for (var k = 0; k < query.Count; k++)
        {
            var q = query[k];
            for (var i = 0; i < nationalities.Count; i++) if (nationalities[i] is { Length: > 0 } c && string.Equals(q, c, StringComparison.OrdinalIgnoreCase)) return true;
            for (var i = 0; i < countries.Count; i++) if (countries[i] is { Length: > 0 } c && string.Equals(q, c, StringComparison.OrdinalIgnoreCase)) return true;
            for (var i = 0; i < addresses.Count; i++) if (addresses[i].Country is { Length: > 0 } c && string.Equals(q, c, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static double GenderEffect(string query, string candidate) =>
        string.Equals(query, candidate, StringComparison.OrdinalIgnoreCase) ? 0 : GenderMismatch;

    // The first of the entity's identifiers whose number (letters and digits) is one the query gives (4 characters or more).
    private static Identifier? SharedIdentifier(IReadOnlyList<string> query, IReadOnlyList<Identifier> entity)
    {
        Span<char> wanted = stackalloc char[128];
        Span<char> number = stackalloc char[128];
        for (var k = 0; k < entity.Count; k++)
        {
            var i = entity[k];
            var n = Normalise(i.Number, i.Number.Length <= number.Length ? number : new char[i.Number.Length]);
            foreach (var q in query)
            {
                var w = Normalise(q, q.Length <= wanted.Length ? wanted : new char[q.Length]);
                if (w.Length >= 4 && n.SequenceEqual(w)) return i;
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> Normalise(string number, Span<char> into)
    {
        var n = 0;
        foreach (var c in number)
            if (char.IsAsciiLetterOrDigit(c)) into[n++] = char.ToUpperInvariant(c);
        return into[..n];
    }

    /// <summary>Upper-case letters and digits only: "AB 12-345" and "ab12345" are the same number.</summary>
    public static string NormaliseIdentifier(string number)
    {
        var sb = new StringBuilder(number.Length);
        foreach (var c in number)
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    private static string Describe(string type) => type switch
    {
        IdentifierTypes.Passport => "passport number",
        IdentifierTypes.Imo => "IMO number",
        IdentifierTypes.SwiftBic => "SWIFT/BIC code",
        IdentifierTypes.NationalId => "national ID number",
        _ => "identifier",
    };

    private static (double Effect, string Outcome) BestDate(IReadOnlyList<FuzzyDate> query, IReadOnlyList<FuzzyDate> candidate)
    {
        var best = (Effect: double.MinValue, Outcome: "");
        foreach (var q in query)
            foreach (var c in candidate)
            {
                var r = CompareDates(q, c);
                if (r.Effect > best.Effect) best = r;
            }
        return best;
    }

    // The effect of BestDate without its words (the first best pair's effect is the best effect).
    private static double BestDateEffect(IReadOnlyList<FuzzyDate> query, IReadOnlyList<FuzzyDate> candidate)
    {
        var best = double.MinValue;
        for (var i = 0; i < query.Count; i++)
            for (var j = 0; j < candidate.Count; j++)
            {
                var e = DateEffect(query[i], candidate[j]).Effect;
                if (e > best) best = e;
            }
        return best;
    }

    /// <summary>Compares two stated dates: exact day, same month, same year, within a range or a year, or clearly different.</summary>
    public static (double Effect, string Outcome) CompareDates(FuzzyDate q, FuzzyDate c)
    {
        var (effect, outcome, gap) = DateEffect(q, c);
        return (effect, outcome ?? (effect == DobNear ? $"{gap} year apart (close)" : $"{gap} years apart"));
    }

    // The effect of two dates and its words, or null words for a gap in years (worded only when read: every
    // candidate with a date of birth is weighed by this).
    private static (double Effect, string? Outcome, int Gap) DateEffect(FuzzyDate q, FuzzyDate c)
    {
        var qs = q.Start; var qe = q.End ?? q.Start;
        var cs = c.Start; var ce = c.End ?? c.Start;
        if (q.End is null && c.End is null)
        {
            if (qs.Year == cs.Year)
            {
                if (qs.Month is { } qm && cs.Month is { } cm)
                {
                    // Two exact dates in the same year that disagree on the month are two people's, unless
                    // day and month were read the other way round.
                    if (qm != cm)
                        return qs.Day is { } d1 && cs.Day is { } d2 && !q.Circa && !c.Circa
                            ? d1 == cm && d2 == qm ? (DobMonth, "same date, day and month swapped", 0) : (DobExactMismatch, "same year, different month", 0)
                            : (DobYear / 2, "same year, different month", 0);
                    if (qs.Day is { } qd && cs.Day is { } cd)
                        return qd == cd ? (DobExact, "same date", 0) : (DobNear, "same year and month, different day", 0);
                    return (DobMonth, "same year and month", 0);
                }
                return (DobYear, "same year", 0);
            }
        }
        else if (qs.Year <= ce.Year && cs.Year <= qe.Year)
        {
            return (DobYear / 2, "within the stated range", 0);
        }
        var gap = Math.Min(Math.Abs(qs.Year - ce.Year), Math.Abs(cs.Year - qe.Year));
        // Exact dates a year apart are two people's; a year alone may be off by one.
        if (gap == 1 && q.End is null && c.End is null && !q.Circa && !c.Circa && qs.Day is not null && cs.Day is not null)
            return (DobExactMismatch, "1 year apart (exact dates)", gap);
        if (gap <= 1 || (q.Circa || c.Circa) && gap <= 3) return (DobNear, null, gap);
        // Two years apart may be a wrong year in a list; ten apart is another person.
        return (Math.Max(DobMismatch - DobMismatchPerYear * (gap - 2), DobFarMismatch), null, gap);
    }
}
