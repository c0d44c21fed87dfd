using Argus.Matching;
using Argus.Model;
using Argus.Tests.Support;

namespace Argus.Tests.Matching;

public class FactComparerTests
{
    private static double Effect(int queryYear, int listYear) =>
        FactComparer.CompareDates(new FuzzyDate(new PartialDate(queryYear, 5, 1)), new FuzzyDate(new PartialDate(listYear, 5, 1))).Effect;

    [Fact]
    public void Dates_of_birth_further_apart_cost_more_down_to_a_floor()
    {
        Assert.Equal(0.08, Effect(1970, 1970), 3);
        // Exact dates a year apart disagree; a year alone may be off by one.
        Assert.Equal(FactComparer.DobExactMismatch, Effect(1970, 1971), 3);
        Assert.Equal(FactComparer.DobNear, FactComparer.CompareDates(new FuzzyDate(new PartialDate(1970, 5, 1)), new FuzzyDate(new PartialDate(1971))).Effect, 3);
        Assert.Equal(FactComparer.DobMismatch, Effect(1970, 1972), 3);
        Assert.True(Effect(1970, 1973) < Effect(1970, 1972));
        Assert.Equal(FactComparer.DobFarMismatch, Effect(1940, 1990), 3);
    }

    [Fact]
    public void A_clear_date_mismatch_takes_a_same_name_under_the_threshold()
    {
        // A name that agrees in full scores 1; dates ten years apart must bring it under the threshold.
        Assert.True(1.0 + FactComparer.CountryMatch + Effect(1960, 1970) < ScoreCalibration.DefaultThreshold);
        // Three years apart is already another person's date, even with a shared nationality.
        Assert.True(1.0 + FactComparer.CountryMatch + Effect(1960, 1963) < ScoreCalibration.DefaultThreshold);
        // Two years apart may be a wrong year in a list: a name that agrees in full stays a match.
        Assert.True(1.0 + Effect(1960, 1962) >= ScoreCalibration.DefaultThreshold);
    }

    [Fact]
    public void Exact_dates_in_the_same_year_disagree_unless_day_and_month_are_swapped()
    {
        static double Dates(PartialDate a, PartialDate b) => FactComparer.CompareDates(new FuzzyDate(a), new FuzzyDate(b)).Effect;
        Assert.Equal(FactComparer.DobExactMismatch, Dates(new PartialDate(1975, 3, 12), new PartialDate(1975, 8, 30)), 3);
        Assert.Equal(FactComparer.DobMonth, Dates(new PartialDate(1975, 3, 8), new PartialDate(1975, 8, 3)), 3);
        Assert.Equal(FactComparer.DobYear / 2, Dates(new PartialDate(1975, 3), new PartialDate(1975, 8)), 3);
        Assert.Equal(FactComparer.DobNear, Dates(new PartialDate(1975, 3, 12), new PartialDate(1975, 3, 21)), 3);
    }
}

/// <summary>
/// <see cref="FactComparer.Assess"/> ranks every candidate of a screen without wording the facts: it must
/// give the effect and decisiveness that <see cref="FactComparer.Compare"/> gives, for every kind of
/// query against every entity of a list.
/// </summary>
public class FactAssessmentTests
{
    private static IEnumerable<ScreeningQuery> QueriesFrom(IReadOnlyList<WatchlistEntity> entities)
    {
        // Facts taken from the entities themselves (so that some agree), mixed with facts of none.
        var random = new Random(11);
        foreach (var e in entities.Where(e => e.BirthDates.Count > 0 || e.Nationalities.Count > 0 || e.Identifiers.Count > 0).Take(40))
        {
            var other = entities[random.Next(entities.Count)];
            yield return new ScreeningQuery
            {
                Names = ["x"],
                BirthDates = random.Next(3) == 0 ? other.BirthDates : e.BirthDates,
                Countries = [.. e.Nationalities.Take(1).Select(c => c.ToUpperInvariant()), .. random.Next(2) == 0 ? new[] { "zz" } : []],
                Gender = random.Next(3) switch { 0 => "male", 1 => "FEMALE", _ => null },
                Identifiers = [.. e.Identifiers.Take(1).Select(i => i.Number.ToLowerInvariant().Replace(" ", "-")), "AB 1"],
            };
        }
        yield return new ScreeningQuery { Names = ["x"], Countries = ["ru", "kp"] };
        yield return new ScreeningQuery { Names = ["x"], BirthDates = [new FuzzyDate(new PartialDate(1960)), new FuzzyDate(new PartialDate(1950, 2, 3))] };
    }

    private static void AssertSame(IReadOnlyList<WatchlistEntity> entities)
    {
        var compared = 0;
        foreach (var query in QueriesFrom(entities).ToList())
            foreach (var entity in entities)
            {
                var full = FactComparer.Compare(query, entity);
                var (effect, decisive) = FactComparer.Assess(query, entity);
                Assert.Equal(full.Effect, effect);
                Assert.Equal(full.Decisive, decisive);
                if (full.Facts.Count > 0) compared++;
            }
        Assert.True(compared > 100, $"only {compared} comparisons stated a fact");
    }

    [Fact]
    public void Assessing_facts_agrees_with_comparing_them_on_the_sample_lists()
    {
        var entities = Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "lists", "un"))
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => Argus.Sources.ListFormats.Read(Argus.Sources.ListSource.FromFile(f)).Entities).ToList();
        Assert.NotEmpty(entities);
        AssertSame(entities);
    }

    [SharedDataFact]
    public void Assessing_facts_agrees_with_comparing_them_on_the_UN_list() => AssertSame(OfficialLists.Un.Entities);
}
