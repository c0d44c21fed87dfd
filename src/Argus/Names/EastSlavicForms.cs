using System.Text;

namespace Argus.Names;

/// <summary>
/// A patronymic, family or given name as Russian, Ukrainian and Belarusian write one name: the lists give a
/// Belarusian or Ukrainian person in one language and the same person again in the other
/// (<i>Ihar Ivanavich</i> / <i>Igor Ivanovich</i>, <i>Hennadiyovych</i> / <i>Gennadevich</i>,
/// <i>VOLKAU</i> / <i>VOLKOV</i>). The three languages differ in regular ways: Ukrainian and Belarusian
/// г is h where Russian has g; Belarusian writes unstressed o as a (akanne), ў (u after a vowel) where
/// Russian has v, and дз where Russian has д; Ukrainian writes i and y where Russian has e, o and i. What is
/// left when those are undone and the vowels dropped is the same in all three.
/// </summary>
public static class EastSlavicForms
{
    /// <summary>What a token says as an East Slavic patronymic, family or given name.</summary>
    /// <param name="Patronymic">A -vich/-vych or -vna/-una name (also a family name made of one: Abramovich).</param>
    /// <param name="Feminine">A woman's form (-vna, -ova, -skaya): never the same as a man's.</param>
    /// <param name="Fold">The consonants left when the languages' differences are undone.</param>
    /// <param name="Groups">For a patronymic, the given-name groups its stem may be the name of (Mykolaiovych: Mykola = Nikolay).</param>
    /// <param name="Plain">For another name (a given name), its consonants with only the vowels dropped: two names
    /// the fold makes equal agree only where these differ (<i>Ihar</i> / <i>Igor</i>, not <i>Omar</i> / <i>Amir</i>).</param>
    public sealed record Form(bool Patronymic, bool Feminine, string Fold, int[] Groups, string? Plain = null);

    private static readonly string[] StemEndings = ["", "a", "o", "y", "i", "ii", "iy", "ij", "ey", "ei", "ay", "ai"];

    /// <summary>The form of a lower-case Latin token that ends as these names end, or null.</summary>
    public static Form? Read(string text)
    {
        if (text.Length < 4 || !text.All(char.IsAsciiLetterLower)) return null;
        if (PatronymicStem(text) is { } p) return new(true, p.Feminine, Fold(p.Stem), GroupsOfStem(p.Stem));
        if (!IsFamilyName(text, out var feminine))
        {
            // A given name the name data knows, only by h for g and dz for d: a u after a vowel is a vowel
            // there (Aung, Young), and family names of no East Slavic ending are not read so (Hoffmann).
            if (!NameEquivalences.KnownGivenNames.Contains(text)) return null;
            var given = Fold(text, vowelU: true);
            return given.Length >= 2 ? new(false, false, given, [], Consonants(text)) : null;
        }
        var fold = Fold(text);
        return fold.Length >= 3 ? new(false, feminine, fold + (feminine ? "A" : ""), []) : null;
    }

    /// <summary>The consonants of a name, doubled ones as one, nothing else undone.</summary>
    private static string Consonants(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsVowel(c) && c != 'j' && (sb.Length == 0 || sb[^1] != c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>True when the two are one name in the three languages.</summary>
    public static bool Agree(Form a, Form b)
    {
        if (a.Patronymic != b.Patronymic || a.Feminine != b.Feminine || (a.Plain is null) != (b.Plain is null)) return false;
        // Other names (given names) agree by the three languages' letters only, not by vowels alone.
        if (a.Plain is not null) return a.Fold == b.Fold && a.Plain != b.Plain;
        if (a.Fold == b.Fold && a.Fold.Length >= 2) return true;
        foreach (var g in a.Groups)
            if (Array.IndexOf(b.Groups, g) >= 0) return true;
        return false;
    }

    private static (string Stem, bool Feminine)? PatronymicStem(string t)
    {
        // -ovich, -evich, -avich, -ovych, -iyovych; -ovna, -evna, -ivna, -auna (Belarusian ў).
        if (t.Length < 6) return null;
        if (t.Length >= 8 && (t.EndsWith("vich", StringComparison.Ordinal) || t.EndsWith("vych", StringComparison.Ordinal)) && IsVowel(t[^5]))
            return (TrimVowels(t[..^4]), false);
        if (t.Length >= 8 && (t.EndsWith("vna", StringComparison.Ordinal) || t.EndsWith("una", StringComparison.Ordinal)) && IsVowel(t[^4]))
            return (TrimVowels(t[..^3]), true);
        return null;
    }

    private static bool IsFamilyName(string t, out bool feminine)
    {
        feminine = false;
        // Russian -ov/-ev, Belarusian -ou/-au/-eu (ў), and their women's forms -ova/-eva/-ava.
        if ((t[^1] == 'v' || t[^1] == 'u' && t.Length >= 6) && t[^2] is 'o' or 'e' or 'a') return true;
        if (t[^1] == 'a' && t[^2] == 'v' && t[^3] is 'o' or 'e' or 'a') return feminine = true;
        if (EndsWithAny(t, "skaya", "skaia", "ska", "tskaya", "tskaia")) return feminine = true;
        return EndsWithAny(t, "sky", "ski", "skiy", "skyi", "skii", "skij", "skyy", "enko", "enka", "chuk", "yuk");
    }

    private static bool EndsWithAny(string t, params string[] endings)
    {
        foreach (var e in endings)
            if (t.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string TrimVowels(string s)
    {
        var end = s.Length;
        while (end > 2 && (IsVowel(s[end - 1]) || s[end - 1] == 'j')) end--;
        return s[..end];
    }

    private static int[] GroupsOfStem(string stem)
    {
        var groups = new List<int>();
        foreach (var ending in StemEndings)
            foreach (var g in NameEquivalences.GroupsOf(stem + ending))
                if (NameEquivalences.Groups[g].Kind == EquivalenceKind.GivenName && !groups.Contains(g)) groups.Add(g);
        return [.. groups];
    }

    /// <summary>
    /// The consonants of a name with the three languages' differences undone: digraphs as one letter, h as
    /// g (the г the digraphs leave), u after a vowel before a consonant or at the end as v (ў), dz as d,
    /// vowels dropped, doubled letters as one.
    /// </summary>
    public static string Fold(string text, bool vowelU = false)
    {
        var s = text.Replace("shch", "S").Replace("sch", "S").Replace("ch", "C").Replace("sh", "S")
            .Replace("zh", "Z").Replace("kh", "X").Replace("gh", "G").Replace("dz", "d").Replace('h', 'g');
        if (!vowelU) s = s.Replace('w', 'v');
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == 'u' && !vowelU && i > 0 && IsVowel(s[i - 1]) && (i + 1 == s.Length || !IsVowel(s[i + 1]))) c = 'v';
            else if (IsVowel(c) || c == 'j') continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
