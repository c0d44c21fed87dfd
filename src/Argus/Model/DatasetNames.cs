using System.Text.RegularExpressions;

namespace Argus.Model;

/// <summary>
/// The rule every dataset name follows — <c>^[a-z][a-z0-9_]{1,63}$</c>, OpenSanctions' style
/// (<c>un_sc_sanctions</c>, <c>my_clients</c>) — and the check that a dataset named in an option exists.
/// </summary>
public static partial class DatasetNames
{
    public const string Pattern = "^[a-z][a-z0-9_]{1,63}$";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Valid();

    public static bool IsValid(string? name) => name is not null && Valid().IsMatch(name);

    /// <summary>Null when <paramref name="name"/> is a valid dataset name, else why not, with the pattern.</summary>
    public static string? Problem(string? name)
    {
        if (IsValid(name)) return null;
        var shown = name is null ? "(none)" : $"'{Printable(name)}'";
        return $"{shown} is not a valid dataset name: use 2 to 64 lower-case letters, digits and '_', starting with a letter ({Pattern}), e.g. my_clients";
    }

    /// <summary>A dataset name from a file's name: its stem up to the first dot, lower case, other characters as '_'.</summary>
    public static string FromFileName(string fileName)
    {
        var stem = Path.GetFileName(fileName).Split('.')[0].ToLowerInvariant();
        var clean = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
        return clean.Length > 0 ? clean : "list";
    }

    /// <summary>Throws <see cref="UnknownDatasetException"/> unless every requested dataset is one of <paramref name="known"/>.</summary>
    /// <param name="requested">The names given.</param>
    /// <param name="known">The datasets there are.</param>
    /// <param name="option">What gave them, for the message ("--dataset").</param>
    public static void RequireKnown(IEnumerable<string> requested, IEnumerable<string> known, string option)
    {
        var set = known.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = requested.Where(r => !set.Contains(r)).ToList();
        if (unknown.Count > 0) throw new UnknownDatasetException(unknown, set.Order(StringComparer.Ordinal).ToList(), option);
    }

    // Names come from the command line and from files: shown without control characters.
    private static string Printable(string text)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length > 80 ? clean[..80] + "…" : clean;
    }

    internal static string Shown(string name) => Printable(name);
}

/// <summary>A dataset named in an option that the store does not hold; the message lists the known ones.</summary>
public sealed class UnknownDatasetException(IReadOnlyList<string> unknown, IReadOnlyList<string> known, string option)
    : ArgumentException(Describe(unknown, known, option))
{
    public IReadOnlyList<string> Unknown { get; } = unknown;
    public IReadOnlyList<string> Known { get; } = known;

    private static string Describe(IReadOnlyList<string> unknown, IReadOnlyList<string> known, string option) =>
        $"unknown {option} {string.Join(", ", unknown.Select(u => $"'{DatasetNames.Shown(u)}'"))}; " +
        (known.Count == 0 ? "no dataset is loaded" : "known datasets: " + string.Join(", ", known));
}
