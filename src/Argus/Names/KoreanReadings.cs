using System.Text;

namespace Argus.Names;

/// <summary>
/// Hangul syllables and their romanisations. A syllable splits into initial consonant, vowel and
/// final consonant (jamo); each jamo has several spellings (Revised Romanisation, McCune–Reischauer as
/// used by the DPRK, common spellings), so one syllable has many written forms: 평 = pyeong, pyong,
/// phyong…; 룡 = ryong, lyong and, by the South Korean initial sound law, yong. Tables: embedded
/// korean-jamo.tsv and korean-family.tsv (family names keep their customary spellings: 이 Lee, 박 Park).
/// </summary>
public static class KoreanReadings
{
    private const int SyllableBase = 0xAC00, SyllableCount = 11172, VowelCount = 21, FinalCount = 28;

    private static readonly string[][] Initials = new string[19][], Vowels = new string[21][], Finals = new string[28][];
    private static readonly Lazy<Dictionary<string, int[]>> ByLatin = new(BuildLatinIndex, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Dictionary<int, string[]> FamilySpellings = new();

    static KoreanReadings()
    {
        foreach (var row in NameResources.Rows("korean-jamo.tsv"))
        {
            var spellings = row[3].Split(' ').Select(s => s == "-" ? "" : s).ToArray();
            var index = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
            (row[0] switch { "initial" => Initials, "vowel" => Vowels, _ => Finals })[index] = spellings;
        }
        foreach (var row in NameResources.Rows("korean-family.tsv"))
        {
            var syllable = row[0][0] - SyllableBase;
            var spellings = row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            FamilySpellings[syllable] = FamilySpellings.TryGetValue(syllable, out var old) ? old.Concat(spellings).Distinct().ToArray() : spellings;
        }
    }

    public static bool IsSyllable(char c) => c >= SyllableBase && c < SyllableBase + SyllableCount;

    /// <summary>The most syllables one word of a Korean name has: a family name of two and a given name of two written as one.</summary>
    public const int MostSyllablesInAWord = 4;

    /// <summary>
    /// Whether the text holds a word of more Hangul syllables than a Korean name has (<see cref="MostSyllablesInAWord"/>):
    /// a foreign name written by sound (알자와히리, al-Zawahiri), not family and given names to read syllable by syllable.
    /// </summary>
    public static bool HoldsForeignWord(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = IsSyllable(c) ? run + 1 : 0;
            if (run > MostSyllablesInAWord) return true;
        }
        return false;
    }

    /// <summary>Whether a Hangul syllable is a Korean family name of the table (김, 리, 박…).</summary>
    public static bool IsFamilyName(char c) => IsSyllable(c) && FamilySpellings.ContainsKey(c - SyllableBase);

    /// <summary>The syllable number (0–11171) of a Hangul syllable character.</summary>
    public static int SyllableOf(char c) => c - SyllableBase;

    public static char CharOf(int syllable) => (char)(SyllableBase + syllable);

    /// <summary>The Revised Romanisation of one syllable (김 → gim, 철 → cheol), family names by custom (김 → kim).</summary>
    public static string Romanise(int syllable, bool familyName = false)
    {
        if (familyName && FamilySpellings.TryGetValue(syllable, out var fam)) return fam[0];
        var (l, v, t) = Split(syllable);
        return Initials[l][0] + Vowels[v][0] + Finals[t][0];
    }

    /// <summary>Every spelling of one syllable that the tables know.</summary>
    public static IEnumerable<string> Spellings(int syllable)
    {
        var (l, v, t) = Split(syllable);
        var vowelStartsWithIOrY = v is 2 or 3 or 6 or 7 or 12 or 17 or 20;
        var initials = Initials[l];
        if (l is 2 or 5 && vowelStartsWithIOrY) initials = [.. initials, ""];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder(8);
        foreach (var i in initials)
            foreach (var vo in Vowels[v])
                foreach (var f in Finals[t])
                {
                    // "w" spellings of ㅜ (Woon, Woo) stand only where no consonant comes first.
                    if (vo.StartsWith('w') && v == 13 && l != 11) continue;
                    sb.Clear().Append(i).Append(vo).Append(f);
                    var s = sb.ToString();
                    if (seen.Add(s)) yield return s;
                }
        if (FamilySpellings.TryGetValue(syllable, out var fam))
            foreach (var s in fam)
                if (seen.Add(s)) yield return s;
    }

    /// <summary>The syllables a Latin token may be a romanisation of ("pyong" → 평, 병, 뼝…); empty when none.</summary>
    public static int[] SyllablesSpelled(string latin) => SyllablesSpelled(latin.AsSpan());

    /// <summary>The syllables a piece of a Latin token may be a romanisation of; looked up without building a string.</summary>
    public static int[] SyllablesSpelled(ReadOnlySpan<char> latin) =>
        latin.Length is > 0 and <= 8 && ByLatinSpan.Value.TryGetValue(latin, out var s) ? s : [];

    private static readonly Lazy<Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>> ByLatinSpan =
        new(() => ByLatin.Value.GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// True when <paramref name="latin"/> reads as a spelling of one of <paramref name="first"/> followed by
    /// one of <paramref name="second"/> ("chunryong" = 춘 + 룡; "jongun" = jong + un).
    /// </summary>
    public static bool SpellsInTurn(string latin, int[] first, int[] second)
    {
        if (first.Length == 0 || second.Length == 0 || latin.Length < 2) return false;
        for (var cut = 1; cut < latin.Length && cut <= 8; cut++)
        {
            if (latin.Length - cut > 8) continue;
            if (Overlap(SyllablesSpelled(latin.AsSpan(0, cut)), first) && Overlap(SyllablesSpelled(latin.AsSpan(cut)), second)) return true;
        }
        return false;

        static bool Overlap(int[] a, int[] b)
        {
            foreach (var x in a) foreach (var y in b) if (x == y) return true;
            return false;
        }
    }

    private static (int L, int V, int T) Split(int syllable) =>
        (syllable / (VowelCount * FinalCount), syllable % (VowelCount * FinalCount) / FinalCount, syllable % FinalCount);

    private static Dictionary<string, int[]> BuildLatinIndex()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var s = 0; s < SyllableCount; s++)
            foreach (var spelling in Spellings(s))
            {
                if (spelling.Length == 0) continue;
                if (!map.TryGetValue(spelling, out var list)) map[spelling] = list = [];
                list.Add(s);
            }
        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
