using Argus.Matching;
using Argus.Model;

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
