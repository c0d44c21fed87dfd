namespace Argus.Names;

/// <summary>
/// Two Latin spellings of one Arabic name, compared through the Arabic letters they may stand for
/// (<c>Resources/arabic-latin-letters.tsv</c>: ALA-LC, BGN/PCGN, French, German and common English usage).
/// Each spelling is read as consonant places, each a set of Arabic letters (kh: خ or ق; dh: ذ ض ظ د),
/// and the vowels between them, each a set of vowel sounds (ou, oo, o, u: u; ee, i, y: i). Khadafy and Qadhafi
/// agree place by place: ق, ذ/د, ف, with a, a, i between. Doubled letters are one.
/// </summary>
public static class ArabicLatinSpellings
{
    private const int MostPlaces = 12;

    private static readonly (Dictionary<string, uint> Consonants, Dictionary<char, uint> Vowels, int Longest) Table = Load();
    private static readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> BySpan = Table.Consonants.GetAlternateLookup<ReadOnlySpan<char>>();

    private static (Dictionary<string, uint>, Dictionary<char, uint>, int) Load()
    {
        var letters = new Dictionary<char, int>();
        var consonants = new Dictionary<string, uint>(StringComparer.Ordinal);
        var vowels = new Dictionary<char, uint>();
        foreach (var row in NameResources.Rows("arabic-latin-letters.tsv"))
        {
            uint mask = 0;
            foreach (var item in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                mask |= item[0] == '_' ? 1u << "aiu".IndexOf(item[1]) : 1u << (letters.TryGetValue(item[0], out var bit) ? bit : letters[item[0]] = letters.Count);
            if (row[1].StartsWith('_')) vowels[row[0][0]] = mask;
            else consonants[row[0]] = mask;
        }
        return (consonants, vowels, consonants.Keys.Max(k => k.Length));
    }

    /// <summary>The consonant places and vowels of one Latin spelling, read once per spelling.</summary>
    /// <remarks><paramref name="Marked"/>: the spelling writes a letter group only romanisations of Arabic use
    /// (q, kh, gh, dh, dj): two spellings without one are left to the other rules (Becker / Baker).</remarks>
    public sealed record Reading(string Text, uint[] Places, int[] Groups, bool Marked);

    /// <summary>The reading of a lower-case Latin token of three consonant places or more; null otherwise.</summary>
    public static Reading? Read(string text)
    {
        Span<uint> places = stackalloc uint[2 * MostPlaces + 1];
        Span<int> groups = stackalloc int[MostPlaces + 1];
        var n = Read(text, places, groups);
        return n < 7 ? null : new Reading(text, places[..n].ToArray(), groups[..(n / 2)].ToArray(), IsMarked(text));
    }

    /// <summary>
    /// Whether two lower-case Latin tokens of three consonant places or more spell one Arabic name: the same
    /// number of consonant places, each pair sharing a letter, vowels in the same places sharing a sound, and
    /// at least one consonant written otherwise (spellings that differ in vowels alone are for the vowel rules),
    /// one of the two with a letter group only romanisations of Arabic use.
    /// </summary>
    public static bool Agree(string a, string b) => Read(a) is { } x && Read(b) is { } y && Agree(x, y);

    /// <inheritdoc cref="Agree(string, string)"/>
    public static bool Agree(Reading a, Reading b)
    {
        var (x, y) = (a.Places, b.Places);
        if (x.Length != y.Length || !a.Marked && !b.Marked) return false;
        var consonantsDiffer = false;
        for (var i = 0; i < x.Length; i++)
        {
            if ((x[i] == 0) != (y[i] == 0) || x[i] != 0 && (x[i] & y[i]) == 0) return false;
            consonantsDiffer |= i % 2 == 1 && a.Groups[i / 2] != b.Groups[i / 2];
        }
        return consonantsDiffer;
    }

    private static bool IsMarked(string text) =>
        text.Contains('q') || text.Contains("kh", StringComparison.Ordinal) || text.Contains("gh", StringComparison.Ordinal)
        || text.Contains("dh", StringComparison.Ordinal) || text.Contains("dj", StringComparison.Ordinal);

    // Places alternate: vowels before the first consonant, a consonant, vowels after it… (0 where no vowel is
    // written); the count of places, or 0 when a letter is not in the table or there are too many. Each
    // consonant's Latin letters are kept (as a hash) in groups.
    private static int Read(string text, Span<uint> places, Span<int> groups)
    {
        var (_, vowels, longest) = Table;
        var n = 0;
        places[0] = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var letters = text.AsSpan();
        for (var i = 0; i < letters.Length;)
        {
            if (vowels.TryGetValue(letters[i], out var sound)) { places[n] |= sound; previous = default; i++; continue; }
            var length = Math.Min(longest, letters.Length - i);
            uint mask = 0;
            while (length > 0 && !BySpan.TryGetValue(letters.Slice(i, length), out mask)) length--;
            if (length == 0) return 0;
            var group = letters.Slice(i, length);
            i += length;
            // A doubled letter is one consonant (Muammar, Qaddafi).
            if (group.SequenceEqual(previous)) continue;
            previous = group;
            if (n + 2 >= places.Length) return 0;
            groups[n / 2] = string.GetHashCode(group);
            places[++n] = mask << 3;
            places[++n] = 0;
        }
        return n + 1;
    }
}
