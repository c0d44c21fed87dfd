using System.Text;

namespace Argus.Bench.Evaluation;

/// <summary>
/// National romanisations of Russian, Ukrainian and Belarusian names, from the published tables
/// (English BGN/PCGN without diacritics, German Duden, French, Spanish, Polish, Czech, Latvian,
/// Turkish). Written here from those tables, independently of the matcher's own Cyrillic reading,
/// to generate the spellings a customer file of each country holds.
/// </summary>
public static class CyrillicRomanisation
{
    public static readonly string[] Systems = ["english", "german", "french", "spanish", "polish", "czech", "latvian", "turkish"];

    // Letter → spelling, per system, for Russian letters: а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я.
    private const string Letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    private static readonly Dictionary<string, string[]> Tables = new()
    {
        ["english"] = ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
        ["german"] = ["a", "b", "w", "g", "d", "e", "jo", "sch", "s", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "ch", "z", "tsch", "sch", "schtsch", "", "y", "", "e", "ju", "ja"],
        ["french"] = ["a", "b", "v", "g", "d", "e", "io", "j", "z", "i", "ï", "k", "l", "m", "n", "o", "p", "r", "s", "t", "ou", "f", "kh", "ts", "tch", "ch", "chtch", "", "y", "", "e", "iou", "ia"],
        ["spanish"] = ["a", "b", "v", "g", "d", "e", "io", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "j", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"],
        ["polish"] = ["a", "b", "w", "g", "d", "ie", "io", "ż", "z", "i", "j", "k", "ł", "m", "n", "o", "p", "r", "s", "t", "u", "f", "ch", "c", "cz", "sz", "szcz", "", "y", "", "e", "iu", "ia"],
        ["czech"] = ["a", "b", "v", "g", "d", "e", "jo", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "ch", "c", "č", "š", "šč", "", "y", "", "e", "ju", "ja"],
        ["latvian"] = ["a", "b", "v", "g", "d", "e", "jo", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "c", "č", "š", "šč", "", "i", "", "e", "ju", "ja"],
        ["turkish"] = ["a", "b", "v", "g", "d", "e", "yo", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ç", "ş", "şç", "", "ı", "", "e", "yu", "ya"],
    };

    // Iotated vowels at the start of a word or after a vowel or sign: е → ye / je / ie.
    private static readonly Dictionary<string, string> InitialE = new()
    {
        ["english"] = "ye", ["german"] = "je", ["french"] = "ie", ["spanish"] = "ye", ["polish"] = "je", ["czech"] = "je", ["latvian"] = "je", ["turkish"] = "ye",
    };

    private static readonly Dictionary<string, string> PolishInitial = new() { ["ё"] = "jo", ["ю"] = "ju", ["я"] = "ja" };

    /// <summary>The language of a Cyrillic name: Ukrainian (і ї є ґ, no ы), Belarusian (ў, or і with ы), else Russian.</summary>
    public static string Language(string cyrillic)
    {
        var s = cyrillic.ToLowerInvariant();
        if (s.Contains('ў') || s.Contains('і') && s.Contains('ы')) return "belarusian";
        if (s.IndexOfAny(['і', 'ї', 'є', 'ґ']) >= 0) return "ukrainian";
        return "russian";
    }

    /// <summary>The name in <paramref name="system"/>, each word capitalised as the original is.</summary>
    public static string Romanise(string cyrillic, string system)
    {
        var language = Language(cyrillic);
        var words = cyrillic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => Word(w, system, language)));
    }

    private static string Word(string word, string system, string language)
    {
        var lower = word.ToLowerInvariant();
        var sb = new StringBuilder();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var prev = i == 0 ? '\0' : lower[i - 1];
            var next = i + 1 < lower.Length ? lower[i + 1] : '\0';
            var atStart = i == 0 || "аеёиоуыэюяіїєьъ-".Contains(prev);
            sb.Append(Letter(c, prev, next, atStart, i == lower.Length - 1, system, language));
        }
        var latin = sb.ToString();
        // Endings the tables give: -ий / -ый as -i / -y in German and French, -ij in Polish and Czech; Latvian masculine -s.
        if (lower.EndsWith("ий") || lower.EndsWith("ый"))
            latin = system switch { "german" or "french" or "spanish" => latin[..^2] + (lower.EndsWith("ий") ? "i" : "y"), _ => latin };
        if (system == "latvian" && lower.Length > 2 && !"аяеоиуюь".Contains(lower[^1]) && !lower.EndsWith("ва") && !IsFeminine(lower)) latin += "s";
        if (latin.Length == 0) return word;
        var caps = word.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
        return caps ? latin.ToUpperInvariant() : char.ToUpperInvariant(latin[0]) + latin[1..];
    }

    private static bool IsFeminine(string lower) => lower.EndsWith("на") || lower.EndsWith("ая");

    private static string Letter(char c, char prev, char next, bool atStart, bool last, string system, string language)
    {
        // Ukrainian and Belarusian letters and readings.
        if (language != "russian")
        {
            switch (c)
            {
                case 'г': return "h";
                case 'ґ': return "g";
                case 'і': return "i";
                case 'ї': return system switch { "english" or "spanish" or "turkish" => "yi", "french" => "ï", _ => "ji" };
                case 'є': return InitialE[system];
                case 'ў': return system switch { "english" => "w", "polish" => "ł", "czech" or "latvian" => "ŭ", _ => "u" };
                case 'и' when language == "ukrainian": return "y";
                case 'й' when language == "ukrainian" && system == "english": return "y";
                case '\'' or '’': return "";
            }
        }
        var at = Letters.IndexOf(c);
        if (at < 0) return c.ToString();
        if (c == 'е' && atStart) return InitialE[system];
        if (system == "polish")
        {
            if (atStart && PolishInitial.TryGetValue(c.ToString(), out var p)) return p;
            if (c == 'е' && "жшчц".Contains(prev)) return "e";
            if (c == 'и' && "жшц".Contains(prev)) return "y";
            if (c == 'л' && "еёиюяь".Contains(next)) return "l";
            if (c == 'ь' && prev == 'л') return "";
        }
        if (system == "french")
        {
            if (c == 'г' && "еиэ".Contains(next)) return "gu";
            if (c == 'с' && "аеёиоуыэюя".Contains(prev) && "аеёиоуыэюя".Contains(next)) return "ss";
        }
        if (system == "german" && c == 'с' && "аеёиоуыэюя".Contains(prev) && "аеёиоуыэюя".Contains(next)) return "ss";
        if (system == "spanish" && c == 'г' && "еиэ".Contains(next)) return "gu";
        return Tables[system][at];
    }
}
