using System.Text.RegularExpressions;

namespace Argus.Sources;

/// <summary>
/// Splits the enumerations lists pack into one cell: "(1) A-333602 (2) M110522", "a) Pakistani b) Saudi
/// Arabian". A cell without markers is one item; "-" and empty items are dropped.
/// </summary>
public static partial class NumberedItems
{
    [GeneratedRegex(@"(?:^|\s)\(\d{1,2}\)\s*|(?:^|\s)\(?[a-z]\)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>The items of <paramref name="text"/> in order, keeping empty places so that parallel columns stay aligned.</summary>
    public static IReadOnlyList<string> SplitAligned(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var t = text.Trim();
        if (!Marker().IsMatch(t)) return [Clean(t)];
        var parts = Marker().Split(t);
        // Text before the first marker is not an item of the enumeration.
        return parts.Skip(1).Select(Clean).ToList();
    }

    /// <summary>The non-empty items of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        SplitAligned(text).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string Clean(string item)
    {
        var s = item.Trim().TrimEnd(';', ',').Trim();
        return s is "-" or "- ." or "-." or "." ? "" : s;
    }
}
