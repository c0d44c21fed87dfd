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

    /// <summary>
    /// The country of a place written as text ("Leningrad, Russia", "Khartoum Sudan"): its last
    /// comma-separated part when that is a country, else the last country named anywhere in it.
    /// </summary>
    public static string? OfPlace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var comma = text.LastIndexOf(',');
        var last = Of(comma >= 0 ? text[(comma + 1)..] : text);
        return last ?? Countries.FindAll(text).LastOrDefault();
    }

    private static string? Lookup(string name)
    {
        var t = name.Trim();
        foreach (var prefix in new[] { "region:", "possibly ", "probably " })
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) t = t[prefix.Length..].Trim();
        return Countries.ToCode(t);
    }
}
