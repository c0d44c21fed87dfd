using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Argus.Web.Http;

/// <summary>Typed reading of query-string parameters; a value of the wrong form is a 422 naming the parameter, as in yente.</summary>
public sealed class QueryParameters(IQueryCollection query)
{
    public string? String(string name) => query.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null;

    /// <summary>Every value of a repeatable parameter (yente's tuples: <c>?include_dataset=a&amp;include_dataset=b</c>).</summary>
    public IReadOnlyList<string> Strings(string name) =>
        query.TryGetValue(name, out var v) ? v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToArray() : [];

    public int Int(string name, int fallback, int min, int max)
    {
        var s = String(name);
        if (s is null) return fallback;
        if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            throw new RequestProblemException(422, $"query parameter '{name}' must be a whole number, not '{s}'");
        if (v < min || v > max) throw new RequestProblemException(422, $"query parameter '{name}' must be between {min} and {max}, not {v}");
        return v;
    }

    public double? Double(string name, double min, double max)
    {
        var s = String(name);
        if (s is null) return null;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || double.IsNaN(v))
            throw new RequestProblemException(422, $"query parameter '{name}' must be a number, not '{s}'");
        if (v < min || v > max) throw new RequestProblemException(422, $"query parameter '{name}' must be between {min} and {max}, not {v}");
        return v;
    }

    public bool Bool(string name, bool fallback)
    {
        var s = String(name);
        if (s is null) return fallback;
        return s.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            _ => throw new RequestProblemException(422, $"query parameter '{name}' must be true or false, not '{s}'"),
        };
    }
}
