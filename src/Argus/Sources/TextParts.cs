namespace Argus.Sources;

/// <summary>Joins the non-blank parts of an address, a place or a note.</summary>
internal static class TextParts
{
    public static string Comma(params string?[] parts) => With(", ", parts);

    public static string With(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => EntityDraft.Clean(p)));
}
