namespace Argus.Text;

/// <summary>
/// The nominative forms of a Russian name the text declines ("с Владимиром Путиным" → "Владимир Путин";
/// "со Смирновой" → "Смирнова"): lists write names in the nominative, and the matcher compares spellings.
/// Each word is read once as a man's name and once as a woman's, by the common case endings of first names,
/// patronymics and surnames (-ом/-ым/-ем/-а/-я/-у/-ю/-е; -ой/-ей/-ы/-и/-у for women; -ского/-ским for
/// adjectival surnames). Irregular names and the plural are left as written.
/// </summary>
public static class RussianNameForms
{
    /// <summary>The masculine and feminine nominative readings of a Cyrillic name that differ from it (none for other scripts).</summary>
    public static IReadOnlyList<string> Nominatives(string name)
    {
        if (!name.Any(IsCyrillic)) return [];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var masculine = string.Join(' ', words.Select(Masculine));
        var feminine = string.Join(' ', words.Select(Feminine));
        return new[] { masculine, feminine }.Where(v => v != name).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static readonly (string Ending, string Nominative)[] MasculineEndings =
    [
        ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
        ("ичем", "ич"), ("ичу", "ич"), ("ича", "ич"), ("иче", "ич"),
        ("ем", ""), ("ом", ""), ("ым", ""), ("им", ""), ("а", ""), ("я", ""), ("у", ""), ("ю", ""), ("е", ""),
    ];

    private static readonly (string Ending, string Nominative)[] FeminineEndings =
    [
        ("ской", "ская"), ("скую", "ская"), ("овной", "овна"), ("овну", "овна"), ("овны", "овна"), ("евной", "евна"), ("евну", "евна"), ("евны", "евна"),
        ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("ой", "а"), ("ей", "я"), ("ою", "а"), ("у", "а"), ("ю", "я"), ("ы", "а"), ("ги", "га"), ("ки", "ка"), ("хи", "ха"), ("е", "а"),
    ];

    private static string Masculine(string word)
    {
        if (word.Length < 4 || !IsCyrillic(word[^1])) return word;
        // Nominatives that look declined: "-ий", "-ой", "-ей" (Дмитрий, Толстой, Сергей) and "-ич", "-ов", "-ин" stems.
        if (word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ой", StringComparison.Ordinal) || word.EndsWith("ей", StringComparison.Ordinal)) return word;
        foreach (var (ending, nominative) in MasculineEndings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < 3) continue;
            var stem = word[..^ending.Length] + nominative;
            // "Сергеем", "Алексею": a stem left on a vowel had -й.
            if (nominative.Length == 0 && "аеиоуэюя".Contains(char.ToLowerInvariant(stem[^1]))) stem += "й";
            return stem;
        }
        return word;
    }

    private static string Feminine(string word)
    {
        if (word.Length < 4 || !IsCyrillic(word[^1])) return word;
        foreach (var (ending, nominative) in FeminineEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 2) return word[..^ending.Length] + nominative;
        return word;
    }
}
