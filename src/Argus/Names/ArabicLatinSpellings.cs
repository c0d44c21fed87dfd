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

    /// <summary>
    /// Whether two lower-case Latin tokens of three consonant places or more spell one Arabic name: the same
    /// number of consonant places, each pair sharing a letter, and vowels in the same places sharing a sound.
    /// </summary>
    public static bool Agree(string a, string b)
    {
        Span<uint> x = stackalloc uint[2 * MostPlaces + 1];
        Span<uint> y = stackalloc uint[2 * MostPlaces + 1];
        Span<int> xGroups = stackalloc int[MostPlaces + 1];
        Span<int> yGroups = stackalloc int[MostPlaces + 1];
        var n = Read(a, x, xGroups);
        if (n < 7 || n != Read(b, y, yGroups)) return false;
        var consonantsDiffer = false;
        for (var i = 0; i < n; i++)
        {
            if ((x[i] == 0) != (y[i] == 0) || x[i] != 0 && (x[i] & y[i]) == 0) return false;
            consonantsDiffer |= i % 2 == 1 && xGroups[i / 2] != yGroups[i / 2];
        }
        // Spellings that differ in vowels alone are for the vowel rules (Brown / Braun are no Arabic letters).
        return consonantsDiffer;
    }

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
