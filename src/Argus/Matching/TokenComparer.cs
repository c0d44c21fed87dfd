using Argus.Names;

namespace Argus.Matching;

/// <summary>How two tokens were found to be the same name part.</summary>
public enum TokenRule
{
    None,
    Exact,
    Transliterated,
    Equivalent,
    KoreanVariant,
    SoundVariant,
    Consonants,
    Typo,
    Initial,
    Joined,
    Vowels,
    /// <summary>A number against a word that spells it but is also a name ("Seven" / "7").</summary>
    NumberInWords,
    /// <summary>A name part with a legal form glued to it against the part alone ("Tomskooo" / "Tomsk, OOO").</summary>
    GluedForm,
    /// <summary>A word of a name written by sound in another script against a Latin spelling (<see cref="SoundClasses"/>).</summary>
    Sounded,
    /// <summary>A word of an organisation's name shortened by leaving letters out ("Shpg" / "Shipping", <see cref="TokenComparer.Contraction"/>).</summary>
    Contraction,
    /// <summary>A word of an organisation's name giving the initials of words of the other (<see cref="Initialisms"/>).</summary>
    Initialism,
}

/// <summary>The similarity of two tokens and the rule that found it.</summary>
public readonly record struct TokenSimilarity(double Score, TokenRule Rule, int Detail = 0)
{
    public static readonly TokenSimilarity None = new(0, TokenRule.None);
}

/// <summary>
/// Compares two name tokens: exact, equivalent spellings (table), Korean romanisation variants
/// (shared Hangul syllable), sound-key variants, Arabic/Hebrew consonants, typos (conservative on
/// short tokens) and initials.
/// </summary>
public static class TokenComparer
{
    public const double ExactScore = 1.0, EquivalentScore = 0.97, KoreanScore = 0.96, SoundScore = 0.93,
        ConsonantScore = 0.9, GivenNameScore = 0.92, InitialScore = 0.7, VowelScore = 0.84, OneVowelScore = 0.9,
        ArabicSpellingScore = 0.86, SoundedScore = 0.86, EastSlavicScore = 0.88;

    public static TokenSimilarity Compare(NameToken q, NameToken c) => Compare(q, c, koreanReadings: true);

    /// <summary>
    /// One token is the other with a legal form of one word glued before or after it ("GRODNO AZOTOAO" /
    /// "GRODNO AZOT OAO", "LLCBITVAN" / "LLC BITVAN"): the same name part, for the names of organisations.
    /// </summary>
    public static bool GluedLegalForm(NameToken q, NameToken c)
    {
        if (q.Role != TokenRole.Name || c.Role != TokenRole.Name || q.Script != NameScript.Latin || c.Script != NameScript.Latin) return false;
        var (longer, shorter) = q.Text.Length > c.Text.Length ? (q.Text, c.Text) : (c.Text, q.Text);
        if (shorter.Length < 3 || longer.Length < shorter.Length + 2) return false;
        var rest = longer.Length - shorter.Length;
        return longer.StartsWith(shorter, StringComparison.Ordinal) && NameVocabulary.IsLegalForm(longer.AsSpan(shorter.Length))
            || longer.EndsWith(shorter, StringComparison.Ordinal) && NameVocabulary.IsLegalForm(longer.AsSpan(0, rest));
    }

    /// <summary>
    /// In an organisation's name a word no list or person holds is a mistyped word of the other name up to two
    /// letters off anywhere, the first letter too ("Lrading" / "Trading", "Fisnz" / "Fish"): its words are not
    /// names, whose first letters and short forms tell people apart. Two words the lists or people hold stay two
    /// words ("Marta" / "Maria").
    /// </summary>
    public static TokenSimilarity OrganisationSlip(NameToken q, NameToken c)
    {
        if (q.Role != TokenRole.Name || c.Role != TokenRole.Name || q.Script != NameScript.Latin || c.Script != NameScript.Latin) return TokenSimilarity.None;
        var shorter = Math.Min(q.Text.Length, c.Text.Length);
        if (shorter < 4 || Math.Abs(q.Text.Length - c.Text.Length) > 2 || BothNames(q, c)) return TokenSimilarity.None;
        // A word with letters more only at one end is a word run into its neighbour ("So Natek" / "Sonatek"), which is paired as such.
        var (s, l) = q.Text.Length < c.Text.Length ? (q.Text, c.Text) : (c.Text, q.Text);
        if (s.Length < l.Length && (l.StartsWith(s, StringComparison.Ordinal) || l.EndsWith(s, StringComparison.Ordinal))) return TokenSimilarity.None;
        var edits = StringDistance.Damerau(q.Text, c.Text, 2);
        return edits switch
        {
            1 => new(SlipScore(1, shorter), TokenRule.Typo, 1),
            2 => new(TwoSlipScore, TokenRule.Typo, 2),
            _ => TokenSimilarity.None,
        };
    }

    /// <summary>Score of a word against its contraction (<see cref="Contraction"/>).</summary>
    public const double ContractionScore = 0.9;

    /// <summary>
    /// One token is the other shortened by leaving letters out, as organisations' names abbreviate their words
    /// ("Shpg" / "Shipping", "Mgmt" / "Management", "Svcs" / "Services", "Natl" / "National"): the short one of 3 to 6
    /// letters, at most one of them a vowel after the first, keeps the long one's first and last letters and the
    /// order of the letters it keeps, and is at least three letters shorter. A word is not shortened to a word
    /// with vowels (Gold / Golden).
    /// </summary>
    public static bool Contraction(NameToken q, NameToken c)
    {
        if (q.Role != TokenRole.Name || c.Role != TokenRole.Name || q.Script != NameScript.Latin || c.Script != NameScript.Latin) return false;
        var (longer, shorter) = q.Text.Length > c.Text.Length ? (q.Text, c.Text) : (c.Text, q.Text);
        if (shorter.Length is < 3 or > 6 || longer.Length < shorter.Length + 3 || shorter[0] != longer[0] || shorter[^1] != longer[^1]) return false;
        var vowels = 0;
        for (var i = 1; i < shorter.Length; i++)
            if (IsVowel(shorter[i]) && ++vowels > 1) return false;
        var k = 1;
        for (var i = 1; i < longer.Length && k < shorter.Length; i++)
            if (longer[i] == shorter[k]) k++;
        return k == shorter.Length;
    }

    /// <summary>
    /// Compares two tokens; without <paramref name="koreanReadings"/> two Latin tokens are not made equal
    /// by a Hangul syllable they may both spell (for names that are Chinese, not Korean).
    /// </summary>
    public static TokenSimilarity Compare(NameToken q, NameToken c, bool koreanReadings)
    {
        if (q.Role == TokenRole.Number || c.Role == TokenRole.Number)
        {
            if (q.Role == c.Role) return q.SameText(c) ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
            var (number, word) = q.Role == TokenRole.Number ? (q, c) : (c, q);
            return word.Role == TokenRole.Name && NameVocabulary.NumberWordsThatAreNames.TryGetValue(word.Text, out var spelled) && spelled == number.Text
                ? new(EquivalentScore, TokenRule.NumberInWords) : TokenSimilarity.None;
        }
        if (q.Role == TokenRole.Initial || c.Role == TokenRole.Initial)
        {
            if (q.Role == c.Role) return q.SameText(c) ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
            var full = q.Role == TokenRole.Initial ? c : q;
            var initial = q.Role == TokenRole.Initial ? q : c;
            // One-letter Korean syllables (I = 이, O = 오) are names, not initials.
            if (full.Script == NameScript.Hangul && Intersects(KoreanReadings.SyllablesSpelled(initial.Text), full.Syllables, out var one))
                return new(KoreanScore, TokenRule.KoreanVariant, one);
            return full.Role == TokenRole.Name && full.Text[0] == initial.Text[0] ? new(InitialScore, TokenRule.Initial) : TokenSimilarity.None;
        }
        if (q.Role == TokenRole.Particle || c.Role == TokenRole.Particle)
        {
            // A Korean syllable that Latin reads as a particle ("Um Hyo-sup": um is also the Arabic umm) against
            // that syllable written in Hangul (엄효섭).
            var (particle, other) = q.Role == TokenRole.Particle ? (q, c) : (c, q);
            if (other.Script == NameScript.Hangul && other.Role == TokenRole.Name && particle.Script == NameScript.Latin
                && Intersects(KoreanReadings.SyllablesSpelled(particle.Text), other.Syllables, out var read))
                return new(KoreanScore, TokenRule.KoreanVariant, read);
            return q.Role == c.Role && q.SameKey(c) ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
        }

        if (q.SameText(c))
            return new(ExactScore, q.Script != NameScript.Latin || c.Script != NameScript.Latin ? TokenRule.Transliterated : TokenRule.Exact);
        if (q.Script == NameScript.Hangul && c.Script == NameScript.Hangul)
            return q.Syllables[0] == c.Syllables[0] ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
        if (LeftToKoreanReadings(q, c)) return TokenSimilarity.None;
        if (SameNameInGroups(q, c, out var group)) return new(NameEquivalences.Groups[group].Kind == EquivalenceKind.GivenName ? GivenNameScore : EquivalentScore, TokenRule.Equivalent, group);
        if (!IsSyllabic(q.Script) && !IsSyllabic(c.Script) && (koreanReadings || q.Script != NameScript.Latin || c.Script != NameScript.Latin)
            && Intersects(q.Syllables, c.Syllables, out var syllable)) return new(KoreanScore, TokenRule.KoreanVariant, syllable);
        // Two pinyin syllables with different finals are two syllables ("Feng" / "Fang"): not a sound
        // variant, a typo or vowels written otherwise.
        // (The finals are worked out once per spelling when the tokens are made.)
        if (q.PinyinFinal is { } qFinal && c.PinyinFinal is { } cFinal && q.Script == NameScript.Latin && c.Script == NameScript.Latin && qFinal != cFinal) return TokenSimilarity.None;
        // An initial F against an initial W or V is another name ("Feng" / "Wang"), though the keys merge w/v and v/f.
        // Two-letter tokens are too short for merged vowels to say anything ("He" / "Ha", "Lo" / "Lu"): their
        // variants are in the equivalence table and the Korean readings.
        // Nor are letters read from an abjad, which has no vowels to merge ("Li" / علي read "ly").
        if (q.SameKey(c) && !IsSyllabic(q.Script) && !IsSyllabic(c.Script) && !FAgainstW(q.Text[0], c.Text[0])
            && (Math.Min(q.Text.Length, c.Text.Length) > 2
                || q.Script != NameScript.Latin && c.Script != NameScript.Latin
                || (q.Script != NameScript.Latin || c.Script != NameScript.Latin) && !NameParser.IsAbjad(q.Script) && !NameParser.IsAbjad(c.Script)))
            return new(SoundScore, TokenRule.SoundVariant);
        if ((NameParser.IsAbjad(q.Script) || NameParser.IsAbjad(c.Script)) && SkeletonsAgree(q, c))
            return new(ConsonantScore, TokenRule.Consonants);
        if ((q.SoundedFrom is not null || c.SoundedFrom is not null) && SoundedAgree(q, c)) return new(SoundedScore, TokenRule.Sounded);
        // Letters transliterated from an abjad have no vowels, and syllables read from Chinese characters
        // are exact pinyin (other romanisations are in the equivalence table): neither is a typo of anything.
        if (NameParser.IsAbjad(q.Script) || NameParser.IsAbjad(c.Script) || IsSyllabic(q.Script) || IsSyllabic(c.Script)) return TokenSimilarity.None;
        // What is left are typos and vowels written otherwise: most pairs of tokens come this far, and most
        // differ from their first letter on. Those are let go by the letters kept on the tokens, without
        // reading their strings (the rules below only reject, or need what this asks).
        var written = Spelled(q, c);
        // One patronymic or family name in Russian, Ukrainian and Belarusian, where no closer rule holds.
        return written.Score < EastSlavicScore && q.EastSlavic is { } qSlavic && c.EastSlavic is { } cSlavic && EastSlavicForms.Agree(qSlavic, cSlavic)
            ? new(EastSlavicScore, TokenRule.SoundVariant, EastSlavicDetail)
            : written;
    }

    /// <summary>Typos, slips, vowels written otherwise and the Latin spellings of Arabic letters.</summary>
    private static TokenSimilarity Spelled(NameToken q, NameToken c)
    {
        if (ArabicSpelling(q, c)) return new(ArabicSpellingScore, TokenRule.SoundVariant, ArabicLettersDetail);
        if (ScanMisread(q, c)) return new(OcrScore, TokenRule.Typo, OcrDetail);
        if (!LettersAllowRulesBelow(q.Letters, c.Letters, q.KeyFirst, c.KeyFirst)) return Slip(q, c);
        if (PinyinSyllables.DifferentJoinedSyllables(q.Text, c.Text)) return TokenSimilarity.None;
        // Two names the equivalence table knows, each in another group, are different names however close
        // their letters ("Mahmoud" / "Mohamed", "Hussein" / "Hasan").
        if (InRomanisationGroup(q) && InRomanisationGroup(c)) return TokenSimilarity.None;
        // Nor are two given names the name data knows whose consonants differ (Maria / Marina, Pavel / Pamela):
        // a name is no typo of another name. Vowels, h and y alone are how one name is romanised (Aisha / Ayesha).
        if (NameEquivalences.KnownGivenNames.Contains(q.Text) && NameEquivalences.KnownGivenNames.Contains(c.Text)
            && NameParser.Skeleton(q.Key) != NameParser.Skeleton(c.Key)) return TokenSimilarity.None;
        // A man's and a woman's form of one name ("Kuznetsov" / "Kuznetsova", "Viktor" / "Viktoria") are two people.
        if (GenderedForms(q.Text, c.Text) || GenderedForms(q.Key, c.Key)) return TokenSimilarity.None;
        // An -i after a name ending in a consonant is the nisba, another name ("Karam" / "Karami", "Torres" / "Torresi").
        if (Nisba(q.Text, c.Text)) return TokenSimilarity.None;
        var typo = Typo(q.Text, c.Text, q.Key, c.Key);
        var vowels = VowelsDiffer(q, c);
        // One vowel written otherwise in a long name ("Koshlaf" / "Kashlaf") is how Arabic names, which
        // do not write short vowels, are romanised: it says more than any one-letter typo.
        if (vowels && typo.Score > 0 && typo.Detail == 1 && q.Text.Length == c.Text.Length) return new(OneVowelScore, TokenRule.Vowels);
        if (typo.Score > 0) return typo;
        if (vowels) return new(VowelScore, TokenRule.Vowels);
        if (ArticleAssimilated(q.Text, c.Text) || Diphthong(q.Text, c.Text)) return new(VowelScore, TokenRule.Vowels);
        return Slip(q, c);
    }

    /// <summary>Whether one token is the other, of four letters or more and ending in a consonant, with an -i added.</summary>
    public static bool Nisba(string a, string b)
    {
        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        return l.Length == s.Length + 1 && s.Length >= 4 && l[^1] == 'i' && !IsVowel(s[^1]) && l.AsSpan(0, s.Length).SequenceEqual(s);
    }

    /// <summary>The detail of a typo found as letters a scan misreads (<see cref="OcrLetters.Fold"/>).</summary>
    public const int OcrDetail = -2;

    /// <summary>Score of two tokens that differ only in letters a scan misreads ("Drnitry" / "Dmitry").</summary>
    public const double OcrScore = 0.9;

    // Two tokens of one scan fold, one of them a word no one is called: a misread, not another name.
    private static bool ScanMisread(NameToken q, NameToken c) =>
        (!ReferenceEquals(q.Ocr, q.Text) || !ReferenceEquals(c.Ocr, c.Text)) && q.Ocr.Length >= 3 && string.Equals(q.Ocr, c.Ocr, StringComparison.Ordinal)
        && !BothNames(q, c);

    /// <summary>
    /// A slip of the hand or the scan that makes a word no one is called, the other word a name: the first letter
    /// replaced, dropped or added ("Nohammed" / "Mohammed", "Endoza" / "Mendoza"), or more letters than a typo
    /// between two names is allowed ("Fzrebd" / "Fared"). The budget grows with the length of the shorter token
    /// (<see cref="SlipEdits"/>), and the score falls with the share of its letters changed: one edit in a long
    /// token lowers it a little. Never between two names known to the lists or the population, nor two names the
    /// tables set apart.
    /// </summary>
    public static TokenSimilarity Slip(NameToken q, NameToken c)
    {
        var shorter = Math.Min(q.Text.Length, c.Text.Length);
        var allowed = SlipEdits(shorter);
        if (shorter == ShortestSlip && ShortLetterDropped(q, c)) return new(SlipScore(1, ShortestSlip + 1), TokenRule.Typo, 1);
        if (allowed == 0 || Math.Abs(q.Text.Length - c.Text.Length) > allowed || q.Script != NameScript.Latin || c.Script != NameScript.Latin) return TokenSimilarity.None;
        // A word that starts otherwise is one slip at most from the other, at its first letter: names that start
        // otherwise are other names. (Most pairs compared come here: that slip is read without the table.)
        int cost;
        if (q.Text[0] != c.Text[0])
        {
            if (!SlipAtFirstLetter(q.Text, c.Text)) return TokenSimilarity.None;
            cost = 1;
        }
        else cost = StringDistance.SlipCost(q.Text, c.Text, allowed);
        if (cost > allowed) return TokenSimilarity.None;
        // Short names differ from each other most at their ends and by a syllable more ("Rasha" / "Rashed",
        // "Maria" / "Maritza"): more than one slip in a short token must keep its last letter and its length but one.
        if (cost > 1 && shorter < LongSlip && (q.Text[^1] != c.Text[^1] || Math.Abs(q.Text.Length - c.Text.Length) > 1)) return TokenSimilarity.None;
        if (BothNames(q, c) || InRomanisationGroup(q) && InRomanisationGroup(c) || GenderedForms(q.Text, c.Text) || Nisba(q.Text, c.Text)) return TokenSimilarity.None;
        if (NameEquivalences.KnownGivenNames.Contains(q.Text) && NameEquivalences.KnownGivenNames.Contains(c.Text)) return TokenSimilarity.None;
        return new(SlipScore(cost, shorter), TokenRule.Typo, cost);
    }

    /// <summary>The length of the shortest token that may be a four-letter name with a letter dropped (<see cref="ShortLetterDropped"/>).</summary>
    public const int ShortestSlip = 3;

    /// <summary>
    /// A three-letter word no one is called, and no syllable a Korean or Chinese name is written with, that
    /// is a known four-letter name with one letter left out anywhere ("Olg" / "Olga", "Tet" / "Htet"): a slip.
    /// Two such short names that are both names stay two names ("Ali" / "Alia").
    /// </summary>
    private static bool ShortLetterDropped(NameToken q, NameToken c)
    {
        var (s, l) = q.Text.Length < c.Text.Length ? (q, c) : (c, q);
        if (s.Text.Length != ShortestSlip || l.Text.Length != ShortestSlip + 1 || s.Script != NameScript.Latin || l.Script != NameScript.Latin
            || s.Role != TokenRole.Name || l.Role != TokenRole.Name || s.Syllables.Length > 0 || s.ChineseOnly || !OneDropped(s.Text, l.Text)) return false;
        return !NamePopulation.Default.IsKnownName(s.Text) && NamePopulation.Default.IsKnownName(l.Text);
    }

    // Whether the shorter string is the longer one with one letter taken out.
    private static bool OneDropped(string shorter, string longer)
    {
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    // The first letter replaced by a keyboard neighbour or a vowel by a vowel, dropped, added, or swapped with the second, the rest alike.
    private static bool SlipAtFirstLetter(string a, string b)
    {
        var x = a.AsSpan();
        var y = b.AsSpan();
        if (x.Length == y.Length)
            return x[1..].SequenceEqual(y[1..]) && (Keyboard.Near(x[0], y[0]) || IsVowel(x[0]) && IsVowel(y[0]))
                || x.Length > 2 && x[0] == y[1] && x[1] == y[0] && x[2..].SequenceEqual(y[2..]);
        return x.Length == y.Length + 1 ? x[1..].SequenceEqual(y) : y.Length == x.Length + 1 && y[1..].SequenceEqual(x);
    }

    /// <summary>Tokens this long or longer may take more than one slip anywhere; shorter ones keep their last letter.</summary>
    public const int LongSlip = 7;

    /// <summary>The cost of slips (<see cref="StringDistance.SlipCost"/>) allowed in a token whose shorter side has <paramref name="length"/> letters: one from 4, two from 5, three from 10.</summary>
    public static int SlipEdits(int length) => length switch { < 4 => 0, 4 => 1, < 10 => 2, _ => 3 };

    /// <summary>The score of slips costing <paramref name="edits"/> in a token of <paramref name="length"/> letters: 0.92 less half the share changed.</summary>
    public static double SlipScore(int edits, int length) => Math.Round(0.92 - 0.5 * edits / Math.Max(length, 1), 3);

    // Both tokens are words people are called or lists hold: one is not a slip of the other.
    private static bool BothNames(NameToken q, NameToken c) =>
        NamePopulation.Default.IsKnownName(q.Text) && NamePopulation.Default.IsKnownName(c.Text);

    /// <summary>The detail of a sound variant found by the Arabic letters two Latin spellings stand for.</summary>
    public const int ArabicLettersDetail = -1;

    /// <summary>Detail of a sound variant found as one patronymic or family name in Russian, Ukrainian and Belarusian (<see cref="EastSlavicForms"/>).</summary>
    public const int EastSlavicDetail = -3;

    // Two Latin spellings of one Arabic family name or laqab (Khadafy / Qadhafi), unless they are two names the
    // tables know apart (two romanisation groups, a man's and a woman's form). The readings are made once per
    // spelling, for Latin tokens of 5+ letters that are not known given names.
    private static bool ArabicSpelling(NameToken q, NameToken c) =>
        q.ArabicLetters is { } x && c.ArabicLetters is { } y && x.Places.Length == y.Places.Length
        && x.Text == q.Text && y.Text == c.Text
        && ArabicLatinSpellings.Agree(x, y)
        && !(InRomanisationGroup(q) && InRomanisationGroup(c))
        && !GenderedForms(q.Text, c.Text);

    /// <summary>
    /// Whether two tokens' first letters and lengths leave room for a typo (<see cref="Typo"/>), vowels written
    /// otherwise (<see cref="VowelsDiffer"/>), an assimilated article (<see cref="ArticleAssimilated"/>) or a
    /// diphthong (<see cref="Diphthong"/>): each needs both tokens of four letters or more and the same first
    /// letter, except a long typo of the same first sound, with its first two letters swapped or an initial
    /// i/j/y, a slip at the first letter of a long word, the article (a or e first on both sides) and the diphthong (a w on one side only, a, o or u first).
    /// </summary>
    private static bool LettersAllowRulesBelow(NameToken.TextLetters q, NameToken.TextLetters c, char qKey, char cKey)
    {
        var shorter = Math.Min(q.Length, c.Length);
        if (shorter < 4) return false;
        if (q.First == c.First) return true;
        // A long word with a slip at its first letter (FirstLetterSlip): the letter after it agrees.
        if (shorter >= LongToken && Math.Abs(q.Length - c.Length) <= 1 && (q.Second == c.Second || q.Second == c.First || q.First == c.Second)) return true;
        if (shorter >= 6 && (qKey != '\0' && qKey == cKey || q.First == c.Second && q.Second == c.First || q.First is 'i' or 'j' or 'y' && c.First is 'i' or 'j' or 'y'))
            return true;
        return q.First is 'a' or 'e' && c.First is 'a' or 'e'
            || q.HasW != c.HasW && q.First is 'a' or 'o' or 'u' && c.First is 'a' or 'o' or 'u';
    }

    private static bool FAgainstW(char a, char b) => a == 'f' && b is 'w' or 'v' || b == 'f' && a is 'w' or 'v';

    /// <summary>
    /// The masculine and feminine forms of one name: the feminine adds -a, -ia, -ya or -na (Slavic family
    /// names and patronymics "Kuznetsov" / "Kuznetsova", "Aleksandrov" / "Aleksandrovna"; given names
    /// "Aleksandr" / "Aleksandra", "Viktor" / "Viktoria", "Daniel" / "Daniela") or turns -sky into -skaya,
    /// -ski into -ska.
    /// </summary>
    public static bool GenderedForms(string a, string b)
    {
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        if (s.Length < 4 || l[^1] != 'a') return false;
        // Masculine forms ending in -v, -n, -r or -l (Kuznetsov, Putin, Aleksandr, Daniel; -f in sound keys); not Arabic names that
        // take an -a of their own ("Hamad" / "Hamada").
        if (s[^1] is 'v' or 'f' or 'n' or 'r' or 'l')
        {
            var stem = l.AsSpan(0, l.Length - 1);
            if (stem.SequenceEqual(s)) return true;
            if (stem.Length == s.Length + 1 && stem[^1] is 'i' or 'y' or 'n' && stem[..^1].SequenceEqual(s)) return true;
        }
        // -sky/-skiy/-ski against -skaya/-skaia/-ska, on the same stem. (Most pairs of tokens come this
        // far: the last letter is looked at before any search.)
        if (s[^1] is not ('y' or 'i' or 'j')) return false;
        var ms = s.AsSpan().LastIndexOf("sk");
        var fs = l.AsSpan().LastIndexOf("sk");
        return ms > 0 && ms == fs && s.AsSpan(0, ms).SequenceEqual(l.AsSpan(0, fs))
            && s.AsSpan(ms + 2) is "y" or "iy" or "ii" or "i" or "ij" && l.AsSpan(fs + 2) is "aya" or "aia" or "a" or "aja";
    }

    /// <summary>
    /// The Arabic article glued to a name, once written as pronounced before a "sun" letter and once
    /// as written ("Essid" = es-Sid / "Elsseid" = el-Sseid, "Assayed" / "Alsayed"): the rest of the
    /// two tokens must then have the same consonants in the same order.
    /// </summary>
    public static bool ArticleAssimilated(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4) return false;
        if (!Assimilated(a) || !Assimilated(b)) return false;
        var restA = ArticleRest(a);
        var restB = ArticleRest(b);
        if (restA.Length == 0 || restB.Length == 0 || restA[0] != restB[0]) return false;
        var consonants = 0;
        if (!SameConsonants(restA, restB, ref consonants)) return false;
        return consonants >= 2 && (a.StartsWith("al", StringComparison.Ordinal) || a.StartsWith("el", StringComparison.Ordinal)) != (b.StartsWith("al", StringComparison.Ordinal) || b.StartsWith("el", StringComparison.Ordinal));
    }

    private static bool IsSunLetter(char c) => c is 't' or 'd' or 'r' or 'z' or 's' or 'n';

    // "al"/"el" + name, or "a"/"e" + a doubled sun letter (the article's l assimilated).
    private static bool Assimilated(string t) =>
        t[0] is 'a' or 'e' && (t[1] == 'l' && !IsVowel(t[2]) || IsSunLetter(t[1]) && t[2] == t[1]);

    private static string ArticleRest(string t)
    {
        var rest = t[1] == 'l' ? t[2..] : t[1..];
        // The sun letter is doubled after the article ("Ad-Darrah", "el-Sseid"): once is enough.
        return rest.Length > 1 && rest[0] == rest[1] ? rest[1..] : rest;
    }

    /// <summary>
    /// "aw" or "ow" before a consonant or at the end is the diphthong written "ou" or "au" in French and
    /// English romanisations of Arabic ("Awni" / "Ouni", "Shawkat" / "Shoukat").
    /// </summary>
    public static bool Diphthong(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a.Contains('w') == b.Contains('w')) return false;
        // Rewritten on the stack: this runs for many pairs of tokens of every screen.
        Span<char> x = a.Length <= 64 ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> y = b.Length <= 64 ? stackalloc char[b.Length] : new char[b.Length];
        var rx = WithoutDiphthong(a, x);
        var ry = WithoutDiphthong(b, y);
        return rx.SequenceEqual(ry) && rx.Length >= 3;
    }

    private static ReadOnlySpan<char> WithoutDiphthong(string t, Span<char> into)
    {
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c == 'w' && i > 0 && (i + 1 == t.Length || !IsVowel(t[i + 1])) && t[i - 1] is 'a' or 'o') { into[n - 1] = 'u'; continue; }
            if ((c == 'u' && i > 0 && t[i - 1] is 'a' or 'o')) { into[n - 1] = 'u'; continue; }
            into[n++] = c;
        }
        return into[..n];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool SameConsonants(string a, string b, ref int consonants)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsVowel(a[i])) i++;
            while (j < b.Length && IsVowel(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i] != b[j]) return false;
            consonants++;
            var ci = a[i]; var cj = b[j];
            i++; j++;
            while (i < a.Length && a[i] == ci) i++;
            while (j < b.Length && b[j] == cj) j++;
        }
    }

    /// <summary>
    /// Long tokens with the same first letter and the same consonants in the same order, differing
    /// only in their vowels ("Mouldi" / "Maoeldi", "Ghwell" / "Ghawil", "Koshlaf" / "Kashlaf"):
    /// romanisations of Arabic names, which do not write short vowels, disagree most on these.
    /// </summary>
    public static bool VowelsDiffer(NameToken q, NameToken c)
    {
        if (q.Text.Length < 5 || c.Text.Length < 5 || q.Text[0] != c.Text[0]) return false;
        // A vowel more at the end is another name, not another way of writing one: the nisba
        // ("Nasser" / "Nasri", "Mansour" / "Mansouri") or a feminine.
        if (OpenEnd(q.Text) is { } qv && OpenEnd(c.Text) is { } cv && qv != cv) return false;
        // An h between vowels is a consonant of its own ("Jahani" / "Juhni"); read in the letters as written.
        var written = 0;
        if (SameConsonants(q.Text, c.Text, ref written) && written >= 3) return true;
        var a = q.Key.AsSpan();
        var b = c.Key.AsSpan();
        int i = 0, j = 0, consonants = 0;
        while (true)
        {
            while (i < a.Length && IsVowelLike(a[i])) i++;
            while (j < b.Length && IsVowelLike(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length && consonants >= 3;
            if (a[i] != b[j]) return false;
            // The same consonants: sh is not s ("Sokolov" / "Shchegolev"), whatever the h between vowels may be.
            if (Digraph(a, i) != Digraph(b, j)) return false;
            consonants++;
            i++; j++;
        }
    }

    private static bool Digraph(ReadOnlySpan<char> key, int i) =>
        i + 1 < key.Length && key[i + 1] == 'h' && key[i] is 's' or 'c' or 'z' or 'k' or 'g' or 't' or 'd' or 'p';

    // Whether a Latin token ends in a vowel; null when it says nothing: an e (mute in French spellings,
    // "Nasreddine" / "Nasiruddin") or an h after a vowel (written or silent).
    private static bool? OpenEnd(string t) =>
        t[^1] == 'e' || t[^1] == 'h' && t.Length > 1 && IsVowel(t[^2]) ? null : IsVowel(t[^1]);

    /// <summary>
    /// A word written by sound in another script (read back into Latin letters) against a Latin spelling: the
    /// same consonants in <see cref="SoundClasses"/>, which leave out the vowels such scripts add or drop and
    /// merge the letters they do not tell apart. A word of one consonant class must start with the same letter;
    /// read from an alphabet, both must end in a vowel or both in a consonant.
    /// </summary>
    public static bool SoundedAgree(NameToken q, NameToken c)
    {
        var (sounded, latin) = q.SoundedFrom is not null ? (q, c) : (c, q);
        if (sounded.SoundedFrom is null || latin.SoundedFrom is not null || latin.Script != NameScript.Latin) return false;
        var a = SoundClasses.Cached(sounded.Text);
        if (a.Length == 0 || a != SoundClasses.Cached(latin.Text) && !SoundClasses.AgreeUnwritten(a, latin.Text, sounded.SoundedFrom.Value)) return false;
        // An alphabet writes the last vowel: a name ending in a consonant is not one ending in a vowel (Stepanov / Stepanova).
        if (IsVowel(sounded.Text[^1]) != IsVowel(latin.Text[^1])
            && !(IsVowel(sounded.Text[^1]) && SoundedReadings.MayAddFinalVowel(sounded.SoundedFrom.Value, sounded.Text[^1]))
            && !SoundedReadings.Syllabic(sounded.SoundedFrom.Value)) return false;
        return a.Length >= 2 || sounded.Text[0] == latin.Text[0];
    }

    /// <summary>
    /// A Hangul word read by sound against a Latin token that spells a Korean syllable ("Seo", "Jin"): the
    /// Korean readings of the name's ordinary form decide, syllable by syllable.
    /// </summary>
    public static bool LeftToKoreanReadings(NameToken q, NameToken c) =>
        q.SoundedFrom == NameScript.Hangul && c.SoundedFrom is null && c.Syllables.Length > 0
        || c.SoundedFrom == NameScript.Hangul && q.SoundedFrom is null && q.Syllables.Length > 0;

    /// <summary>Chinese characters: read as exact pinyin syllables.</summary>
    private static bool IsSyllabic(NameScript script) => script is NameScript.Han;

    private static bool IsVowelLike(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'h';

    // Arabic and Hebrew script write consonants only: compare those, in sound classes (short names need all of them, in full).
    private static bool SkeletonsAgree(NameToken q, NameToken c)
    {
        if (NameParser.IsAbjad(q.Script) && NameParser.IsAbjad(c.Script))
            return q.Skeleton.Length >= 2 && q.Skeleton == c.Skeleton && ConsonantSkeleton.EndsAgree(q.Source, c.Source);
        var abjad = NameParser.IsAbjad(q.Script) ? q : c;
        var latin = NameParser.IsAbjad(q.Script) ? c : q;
        return ConsonantSkeleton.Reads(abjad.Source, latin.Text);
    }

    /// <summary>Tokens this long or longer may differ at their first letter by a slip: few names of this length differ only there.</summary>
    public const int LongToken = 8;

    // Two long tokens alike but for their first letter replaced, added or dropped, not both known names
    // ("Hernandez" / "Fernandez" are two family names; "Rngineering" is nobody's).
    private static bool FirstLetterSlip(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < LongToken || NamePopulation.Default.IsKnownName(a) && NamePopulation.Default.IsKnownName(b)) return false;
        if (a.Length == b.Length) return a.AsSpan(1).SequenceEqual(b.AsSpan(1));
        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        return l.Length == s.Length + 1 && l.AsSpan(1).SequenceEqual(s);
    }

    /// <summary>Tokens shorter than this differ from each other by their sound keys only in vowels.</summary>
    public const int ShortToken = 6;

    /// <summary>Tokens this long or shorter are not typos of each other by one replaced letter.</summary>
    public const int ShortSubstitution = 5;

    private static bool Transposed(string a, string b)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    /// <summary>Edits allowed for a typo between tokens whose shorter one has <paramref name="length"/> letters.</summary>
    public static int AllowedEdits(int length) => length switch { < 4 => 0, < 9 => 1, _ => 2 };

    public static TokenSimilarity Typo(string a, string b, string keyA, string keyB)
    {
        var allowed = AllowedEdits(Math.Min(a.Length, b.Length));
        if (allowed == 0) return TokenSimilarity.None;
        // Short tokens must agree on their first letter: most short names differ from each other by one letter.
        if (Math.Min(a.Length, b.Length) < 6 && a[0] != b[0]) return TokenSimilarity.None;
        // Longer ones must agree on their first sound, or have their first two letters swapped: names
        // differing in how they start are other names ("Kohler" / "Buhler", "Shevchenko" / "Kravchenko").
        // (I, J and Y at the start are one sound written three ways: Iosif, Josif, Yosif.)
        // A long word slipped only at its first letter ("Rngineering", "Kengineering") is still that word.
        if (a[0] != b[0] && (keyA.Length == 0 || keyB.Length == 0 || keyA[0] != keyB[0]) && !(a[0] == b[1] && a[1] == b[0])
            && !(a[0] is 'i' or 'j' or 'y' && b[0] is 'i' or 'j' or 'y')) return FirstLetterSlip(a, b) ? new(0.84, TokenRule.Typo, 1) : TokenSimilarity.None;
        var d = StringDistance.Damerau(a, b, allowed);
        // Two short names one letter apart are most often two names ("Marta" / "Maria", "Ling" / "Long",
        // "Sofia" / "Sonia"): when both are known names, a letter replaced is not a typo (swapped, added or
        // dropped still is). A replaced letter that makes a word no one is called is a slip ("Putim").
        if (d == 1 && Math.Min(a.Length, b.Length) <= ShortSubstitution && a.Length == b.Length && !Transposed(a, b)
            && NamePopulation.Default.IsKnownName(a) && NamePopulation.Default.IsKnownName(b)) return TokenSimilarity.None;
        if (d <= allowed) return new(d == 1 ? (Math.Min(a.Length, b.Length) >= 7 ? 0.88 : 0.84) : 0.76, TokenRule.Typo, d);
        if (TwoSlipsFromName(a, b, allowed)) return new(TwoSlipScore, TokenRule.Typo, 2);
        // Short names whose sound keys differ by a consonant are most often other names ("Heba" / "Hala"):
        // by its sound key, a short token may only have a vowel more or less ("Aisha" / "Ayesha", "Seid" / "Seyed";
        // not "Jose" / "Jesse").
        var keyConsonants = 0;
        if (Math.Min(a.Length, b.Length) < ShortToken && (!SameConsonants(keyA, keyB, ref keyConsonants) || keyA.Length == keyB.Length)) return TokenSimilarity.None;
        var allowedKey = AllowedEdits(Math.Min(keyA.Length, keyB.Length));
        if (allowedKey == 0) return TokenSimilarity.None;
        var dk = StringDistance.Damerau(keyA, keyB, allowedKey);
        // By sound key alone, a consonant replaced by another is another name ("Korolyov" / "Korolyuk",
        // "Zaidan" / "Zeaiter"): a slip of the keyboard is found by the letters, a spelling by the key.
        if (dk == 1 && keyA.Length == keyB.Length && ReplacedConsonant(keyA, keyB)) return TokenSimilarity.None;
        return dk <= allowedKey ? new(dk == 1 ? 0.82 : 0.74, TokenRule.Typo, dk) : TokenSimilarity.None;
    }

    /// <summary>Score of a word no one is called two letters from a name (<see cref="TwoSlipsFromName"/>).</summary>
    public const double TwoSlipScore = 0.72;

    /// <summary>
    /// A query word of six to eight letters that no one is called, two letters from a name known to be one, one of
    /// them added or dropped, both starting alike ("Abrahhaz" / "Abraham", "Bvlstos" / "Bustos"): two slips in a
    /// name. A known name against another ("Mahmoud" / "Maamoun") is two names, and so are two words of one length
    /// two consonants apart ("Nassar" / "Najjar").
    /// </summary>
    private static bool TwoSlipsFromName(string query, string candidate, int allowed)
    {
        if (allowed != 1 || Math.Min(query.Length, candidate.Length) < SlipLength || query[0] != candidate[0]) return false;
        var population = NamePopulation.Default;
        return query.Length != candidate.Length && !population.IsKnownName(query) && population.IsKnownName(candidate)
            && StringDistance.Damerau(query, candidate, 2) == 2;
    }

    /// <summary>The shortest token that may take two slips and still be the name it was typed for.</summary>
    public const int SlipLength = 6;

    // Two keys of one length differing in one place, a consonant against a consonant.
    private static bool ReplacedConsonant(string a, string b)
    {
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i]) return !IsVowel(a[i]) && !IsVowel(b[i]) && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        return false;
    }

    private static bool InRomanisationGroup(NameToken t)
    {
        foreach (var g in t.Groups)
            if (NameEquivalences.Groups[g].Kind == EquivalenceKind.Romanisation) return true;
        return false;
    }

    /// <summary>A group both tokens stand in that makes them one name (<see cref="EquivalenceGroup.Equates"/>).</summary>
    private static bool SameNameInGroups(NameToken q, NameToken c, out int common)
    {
        common = -1;
        if (q.Groups.Length == 0 || c.Groups.Length == 0) return false;
        foreach (var x in q.Groups)
            foreach (var y in c.Groups)
                if (x == y && NameEquivalences.Groups[x].Equates(q.Text, c.Text)) { common = x; return true; }
        return false;
    }

    private static bool Intersects(int[] a, int[] b, out int common)
    {
        common = -1;
        if (a.Length == 0 || b.Length == 0) return false;
        foreach (var x in a)
            foreach (var y in b)
                if (x == y) { common = x; return true; }
        return false;
    }
}
