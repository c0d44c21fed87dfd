using System.CommandLine;
using System.Globalization;

namespace Argus.Cli;

/// <summary>
/// The one check of numeric option values: finite and within the option's range, else a usage error
/// naming the option. NaN compares false with every bound, so each check asks for finiteness first.
/// </summary>
public static class OptionRange
{
    /// <summary>Most screening threads accepted; far beyond any machine, small enough to allocate.</summary>
    public const int MaxThreads = 1024;

    /// <summary>A score threshold: absent (the calibrated default) or a finite number in [0, 1].</summary>
    public static double? Score(ParseResult parse, Option<double?> option)
    {
        var value = parse.GetValue(option);
        if (value is { } v && !(double.IsFinite(v) && v is >= 0 and <= 1))
            throw new UsageException($"{option.Name} must be a number between 0 and 1, e.g. {option.Name} 0.8 (got {Show(v)})");
        return value;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Whole(ParseResult parse, Option<int> option, int min, int max)
    {
        var value = parse.GetValue(option);
        if (value < min || value > max)
            throw new UsageException($"{option.Name} must be between {min} and {max} (got {value})");
        return value;
    }

    /// <summary>A finite number above 0 and at most <paramref name="max"/>.</summary>
    public static double Positive(ParseResult parse, Option<double> option, double max)
    {
        var value = parse.GetValue(option);
        if (!(double.IsFinite(value) && value > 0 && value <= max))
            throw new UsageException($"{option.Name} must be a number above 0 and at most {Show(max)} (got {Show(value)})");
        return value;
    }

    private static string Show(double v) => v.ToString(CultureInfo.InvariantCulture);
}
