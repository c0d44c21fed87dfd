namespace Argus.Names;

/// <summary>
/// The ways a query name may be read: each of its alternatives (<see cref="NameParser.Alternatives"/>), and
/// for people each alternative as the lists would spell it when another nation's romanisation of Cyrillic
/// wrote it (<see cref="CyrillicRomanisations"/>), any name with look-alike characters read as letters (<see cref="LookAlikeReadings"/>), and a Chinese name in Cyrillic in pinyin (<see cref="PalladiusReadings"/>). Only queries are read so: list names keep one spelling,
/// and the index stays as it is.
/// </summary>
public static class QueryReadings
{
    public static IReadOnlyList<string> Of(string name, NameReading reading)
    {
        var alternatives = WithGluedWords(WithLookAlikes(NameParser.Alternatives(name)));
        if (reading != NameReading.Person) alternatives = WithGluedForms(alternatives);
        if (reading == NameReading.Organisation) return alternatives;
        List<string>? all = null;
        foreach (var alternative in alternatives)
        {
            var readings = PinyinSyllables.IsPinyinName(alternative) ? [] : CyrillicRomanisations.Readings(alternative);
            var chinese = PalladiusReadings.Read(alternative);
            if (readings.Count == 0 && chinese is null) continue;
            all ??= [.. alternatives];
            foreach (var r in readings)
                if (!all.Contains(r, StringComparer.OrdinalIgnoreCase)) all.Add(r);
            if (chinese is not null && !all.Contains(chinese, StringComparer.OrdinalIgnoreCase)) all.Add(chinese);
        }
        return all is null ? alternatives : all;
    }

    /// <summary>Each alternative also read with the words glued in it written apart (<see cref="GluedWordsApart"/>).</summary>
    private static IReadOnlyList<string> WithGluedWords(IReadOnlyList<string> alternatives)
    {
        List<string>? all = null;
        foreach (var alternative in alternatives)
        {
            if (GluedWordsApart(alternative) is not { } apart) continue;
            all ??= [.. alternatives];
            if (!all.Contains(apart, StringComparer.Ordinal)) all.Add(apart);
        }
        return all ?? alternatives;
    }

    // A small letter then a capital and a small one inside a word (RimYong, AymanNasir, CommercialPartnership), or
    // a word of three letters or more run into the Arabic article before a hyphen (HASSANAL-HAMRAOUI).
    private static readonly System.Text.RegularExpressions.Regex GluedWords = new(
        @"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})|(?<=(?:^|[\s,(])\p{L}{3,})(?=(?:AL|EL|al|el)-\p{L})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The name with the words a missing space ran together written apart ("RimYong-hwan" → "Rim Yong-hwan",
    /// "HASSANAL-HAMRAOUI" → "HASSAN AL-HAMRAOUI"), or null when it has none.
    /// </summary>
    public static string? GluedWordsApart(string name)
    {
        // Most names have neither: a look at the letters spares them the expression.
        if (!MayHaveGluedWords(name)) return null;
        var apart = GluedWords.Replace(name, " ");
        return apart == name ? null : apart;
    }

    private static bool MayHaveGluedWords(string name)
    {
        for (var i = 2; i + 1 < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && char.IsLower(name[i - 1]) && char.IsLower(name[i + 1])) return true;
            if (name[i + 1] == '-' && name[i] is 'L' or 'l' && name[i - 1] is 'A' or 'a' or 'E' or 'e' && i >= 5 && char.IsLetter(name[i - 2])) return true;
        }
        return false;
    }

    /// <summary>Each alternative also read with its look-alike characters as the letters meant ("5TEEL" → "STEEL", <see cref="LookAlikeReadings"/>).</summary>
    private static IReadOnlyList<string> WithLookAlikes(IReadOnlyList<string> alternatives)
    {
        List<string>? all = null;
        foreach (var alternative in alternatives)
            foreach (var read in LookAlikeReadings.Read(alternative))
            {
                all ??= [.. alternatives];
                if (!all.Contains(read, StringComparer.Ordinal)) all.Add(read);
            }
        return all ?? alternatives;
    }

    /// <summary>
    /// An organisation's name whose first or last word has a legal form glued to it in one case ("ROSNEFTPJSC",
    /// "llcbitvan") is also read with the form apart, so that the index finds the name by the rest of the word.
    /// </summary>
    private static IReadOnlyList<string> WithGluedForms(IReadOnlyList<string> alternatives)
    {
        List<string>? all = null;
        foreach (var alternative in alternatives)
            foreach (var apart in new[] { GluedFormApart(alternative), DottedInitialismApart(alternative) })
            {
                if (apart is null) continue;
                all ??= [.. alternatives];
                all.Add(apart);
            }
        return all ?? alternatives;
    }

    // Letters written with dots (S.A., S.A.L.) right after a word of three letters or more, with no space between.
    private static readonly System.Text.RegularExpressions.Regex GluedDottedInitialism = new(
        @"(?<=(?:^|[\s,(])[\p{L}\p{Nd}]{3,}?)(?=\p{L}\.(?:\p{L}\.)+(?:$|[\s,(]))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The name with an initialism written with dots that is glued to the word before it written apart
    /// ("CORPORATIVO FEARFIS.A. DE C.V." → "FEARFI S.A."), or null: no one writes a word ending in dotted letters.
    /// </summary>
    public static string? DottedInitialismApart(string name)
    {
        if (name.IndexOf('.') < 0) return null;
        var m = GluedDottedInitialism.Match(name);
        return m.Success ? name[..m.Index] + " " + name[m.Index..] : null;
    }

    private const int LongestGluedForm = 7, LeastRest = 4;

    /// <summary>The name with a legal form of 3 to 7 letters glued to its last or first word written apart, or null.</summary>
    public static string? GluedFormApart(string name)
    {
        Span<char> lower = stackalloc char[LongestGluedForm];
        var end = name.Length;
        while (end > 0 && !char.IsAsciiLetter(name[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsAsciiLetter(name[start - 1])) start--;
        for (var n = Math.Min(LongestGluedForm, end - start - LeastRest); n >= 3; n--)
            if (name.AsSpan(end - n, n).ToLowerInvariant(lower) == n && NameVocabulary.IsLegalForm(lower[..n]))
                return name[..(end - n)] + " " + name[(end - n)..];
        var first = 0;
        while (first < name.Length && !char.IsAsciiLetter(name[first])) first++;
        var firstEnd = first;
        while (firstEnd < name.Length && char.IsAsciiLetter(name[firstEnd])) firstEnd++;
        for (var n = Math.Min(LongestGluedForm, firstEnd - first - LeastRest); n >= 3; n--)
            if (name.AsSpan(first, n).ToLowerInvariant(lower) == n && NameVocabulary.IsLegalForm(lower[..n]))
                return name[..(first + n)] + " " + name[(first + n)..];
        return null;
    }
}
