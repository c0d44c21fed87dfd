using System.Collections.Concurrent;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// <see cref="Countries.ToCode"/> with a memory of the answers: a list writes the same few hundred
/// country names tens of thousands of times. Prefixes lists put before a country ("Region: Gaza",
/// "possibly Palestinian") are dropped first.
/// </summary>
public static class CountryCodes
{
    private const int MaxRemembered = 20_000;
    private static readonly ConcurrentDictionary<string, string?> Remembered = new(StringComparer.Ordinal);

    public static string? Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (Remembered.TryGetValue(name, out var code)) return code;
        code = Lookup(name);
        if (Remembered.Count < MaxRemembered) Remembered[name] = code;
        return code;
    }

    private static string? Lookup(string name)
    {
        var t = name.Trim();
        foreach (var prefix in new[] { "region:", "possibly ", "probably " })
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) t = t[prefix.Length..].Trim();
        return Countries.ToCode(t);
    }
}
