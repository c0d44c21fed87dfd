using System.Text.RegularExpressions;

namespace Argus.Sources;

/// <summary>
/// Finds UN Security Council reference numbers ("KPi.076", "QDe.145") that other lists cite in their
/// free text, written as the UN writes them: two capitals, "i" (individual) or "e" (entity), a dot, three digits.
/// </summary>
public static partial class UnReferences
{
    // Lists write them loosely: "QDE.145", "CDi. 037", "KPi.076".
    [GeneratedRegex(@"\b(?<regime>[A-Z]{2})(?<kind>[ieIE])\s?\.\s?(?<number>\d{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Every UN reference in <paramref name="text"/>, normalised ("QDE.145" → "QDe.145"), in order, without repeats.</summary>
    public static IReadOnlyList<string> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var found = new List<string>();
        foreach (Match m in Pattern().Matches(text))
        {
            var r = m.Groups["regime"].Value + char.ToLowerInvariant(m.Groups["kind"].Value[0]) + "." + m.Groups["number"].Value;
            if (!found.Contains(r)) found.Add(r);
        }
        return found;
    }
}
