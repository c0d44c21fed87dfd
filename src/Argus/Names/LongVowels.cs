namespace Argus.Names;

/// <summary>
/// Whether the long vowels an Arabic-script word writes are in a Latin spelling of it: a word starting with
/// alif or ain starts with a vowel in Latin letters and one starting with a consonant letter does not
/// (سامي is Sami, not Osama); a waw between two consonants is o, u, w or v (عبود is Abboud, not Abid),
/// a ya is i, e or y, an alif a, e or o; a final ta marbuta is a or e (حمزة is Hamza, not Hammadou).
/// Only a place holding one such letter is checked: two (ايو in Ayyub) or none say too little.
/// </summary>
public static class LongVowels
{
    /// <summary>
    /// True when every place of the abjad word between its consonants (and before and after them) agrees with
    /// the letters at the same place of the Latin spelling; the two must have the same consonant classes.
    /// </summary>
    public static bool Agree(string abjadWord, string latinText, bool splitKh, bool keepFinalH)
    {
        var latinGaps = new List<string>(8);
        ConsonantSkeleton.OfLatin(latinText, splitKh, keepFinalH, hebrew: false, latinGaps);
        var abjadGaps = Gaps(abjadWord);
        if (abjadGaps.Count != latinGaps.Count) return true;
        // Before the first consonant: a vowel letter (or ain, hamza) in both or in neither. Text with vowel
        // signs (as a transliterator writes a Latin name, َبدُل) may have lost a first one with the word's start.
        if (abjadGaps[0].Length > 0 != HasAny(latinGaps[0], "aeiouyw") && abjadWord.AsSpan().IndexOfAnyInRange('\u064B', '\u0652') < 0) return false;
        for (var i = 1; i < abjadGaps.Count; i++)
        {
            var last = i == abjadGaps.Count - 1;
            var allowed = Allowed(abjadGaps[i], last);
            if (allowed is not null && !HasAny(latinGaps[i], allowed)) return false;
        }
        return true;
    }

    // The Latin letters one long-vowel letter may be written with; null when the place says nothing.
    private static string? Allowed(string gap, bool last)
    {
        char? only = null;
        foreach (var c in gap)
        {
            if (c is not ('و' or 'ي' or 'ی' or 'ى' or 'ا' or 'آ' or 'ة')) continue;
            if (only is not null) return null;
            only = c;
        }
        return only switch
        {
            'و' => "ouwv",
            'ي' => "iey",
            // A Persian final ye is also an alif maqsura (عیسی = Essa).
            'ی' => last ? "ieya" : "iey",
            'ى' => "aeiy",
            // An alif may be the article's, which Latin letters write with the vowel heard (Abdul, Najibullah).
            'ا' or 'آ' => "aeiou",
            'ة' => "aeh",
            _ => null,
        };
    }

    private static bool HasAny(string text, string letters) => text.AsSpan().IndexOfAny(letters) >= 0;

    // The letters around the word's consonants, as ConsonantSkeleton.OfAbjad counts them.
    private static List<string> Gaps(string word)
    {
        var gaps = new List<string>(8);
        var (primary, _) = ConsonantSkeleton.OfAbjad(word);
        var current = new System.Text.StringBuilder();
        var consonants = 0;
        for (var i = 0; i < word.Length && consonants <= primary.Length; i++)
        {
            var c = word[i];
            if (ConsonantSkeleton.ClassOf(c) == '\0') { current.Append(c); continue; }
            // A consonant letter: its class ends the place before it, unless it doubles the one before.
            if (current.Length == 0 && gaps.Count > 0 && i > 0 && word[i - 1] == c) continue;
            if (consonants == primary.Length) break;
            gaps.Add(current.ToString());
            current.Clear();
            consonants++;
        }
        gaps.Add(current.ToString());
        return gaps;
    }
}
