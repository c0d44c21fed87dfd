using Argus.Names;

namespace Argus.Text;

/// <summary>
/// Names in scripts without capitals, found by their cues (words written from general knowledge of the languages):
/// <list type="bullet">
/// <item>Hangul: a word of two to four syllables opening with a Korean family name, its case particle set aside
/// ("리병철 부위원장은" → 리병철), next to a title or role ("위원장", "대변인", "국무위원장 김정은"), and every other
/// occurrence of a name so found.</item>
/// <item>Arabic: two or three words after a title ("الرئيس السوري بشار الأسد": a nationality adjective right after the
/// title is skipped), or around a name particle ("أسامة بن لادن"); an organisation word and up to three words after it
/// ("تنظيم القاعدة").</item>
/// </list>
/// Han names are not found (written without spaces, they need a dictionary to cut; the matcher does not read them either).
/// </summary>
public static class UncasedNameFinder
{
    private static readonly string[] KoreanParticles =
    [
        "에게서", "으로서", "으로써", "에서는", "께서는", "에게는", "에게", "께서", "에서", "으로", "와의", "과의", "과는", "와는", "이나", "이며", "이다", "이라",
        "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만", "께",
    ];

    private static readonly HashSet<string> KoreanTitles = new(StringComparer.Ordinal)
    {
        "위원장", "부위원장", "국무위원장", "총비서", "비서", "대통령", "총리", "수상", "장관", "부장", "부부장", "대변인", "원수", "차수", "대장", "상장",
        "중장", "의장", "대사", "사령관", "국방상", "외무상", "부상", "위원", "대표", "회장", "사장", "총재", "국장", "씨", "주석", "서기", "총장", "부총리",
        "지도자", "국방장관", "외무장관", "외교부장", "사무총장", "단장", "소장", "선생",
    };

    private static readonly HashSet<string> ArabicTitles = new(StringComparer.Ordinal)
    {
        "الرئيس", "الزعيم", "القائد", "الشيخ", "الأمير", "الوزير", "رئيس", "زعيم", "قائد", "المتحدث", "السيد", "الجنرال", "المشير", "العقيد", "اللواء",
        "الملك", "الإمام", "أمير", "وزير", "نائب", "العميد", "الفريق", "المسؤول", "الداعية", "المدعو", "السفير", "رجل",
    };

    private static readonly HashSet<string> ArabicStopWords = new(StringComparer.Ordinal)
    {
        "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "قد", "كان", "كانت", "التي", "الذي", "الذين", "و", "أو", "ثم", "لا", "لم", "لن", "ما",
        "هذا", "هذه", "ذلك", "تلك", "بعد", "قبل", "خلال", "حول", "عند", "بين", "يوم", "أمس", "اليوم", "حيث", "كما", "قال", "وقال", "أكد", "أعلن", "التقى",
        "يلتقي", "زار", "يزور", "وصل", "بشأن", "ضد", "عبر", "منذ", "حتى", "لدى", "إنه", "أنه", "هو", "هي",
    };

    private static readonly HashSet<string> ArabicParticles = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "أبو", "أبي", "أبا", "عبد", "ابو" };

    private static readonly HashSet<string> ArabicOrganisationWords = new(StringComparer.Ordinal)
    {
        "تنظيم", "جماعة", "حركة", "شركة", "بنك", "مصرف", "منظمة", "مؤسسة", "ميليشيا", "كتائب", "فيلق", "حزب", "جبهة", "لواء", "جيش",
    };

    /// <summary>Adds the names of uncased scripts in sentence <paramref name="sentence"/> to <paramref name="output"/>.</summary>
    public static void Find(TextDocument doc, int sentence, List<Mention> output, HashSet<string> knownKoreanNames)
    {
        var range = doc.Sentences[sentence];
        for (var i = range.FirstToken; i < range.EndToken; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Length > MentionRecognizer.MaxNameWordLength) continue;
            var c = doc.Text[t.Start];
            if (KoreanReadings.IsSyllable(c)) FindKorean(doc, sentence, range, i, output, knownKoreanNames);
            else if (IsArabic(c)) i = FindArabic(doc, sentence, range, i, output);
        }
    }

    /// <summary>Whether a token opens with a letter of a script the finder reads (Hangul syllables or Arabic).</summary>
    public static bool IsUncasedWord(string text, Token t) =>
        t.Kind == TokenKind.Word && (KoreanReadings.IsSyllable(text[t.Start]) || IsArabic(text[t.Start]));

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';

    private static void FindKorean(TextDocument doc, int sentence, TextRange range, int i, List<Mention> output, HashSet<string> known)
    {
        var word = doc.TokenText(i);
        var name = WithoutParticle(word);
        if (name.Length is < 2 or > 4 || !KoreanReadings.IsFamilyName(name[0]) || !name.All(KoreanReadings.IsSyllable)) return;
        if (KoreanTitles.Contains(name)) return;
        var cue = (i + 1 < range.EndToken && KoreanTitles.Contains(WithoutParticle(doc.TokenText(i + 1), 1))) ? "before a title"
            : (i > range.FirstToken && KoreanTitles.Contains(doc.TokenText(i - 1))) ? "after a title"
            : null;
        if (cue is null) return;
        known.Add(name);
        var start = doc.Tokens[i].Start;
        output.Add(new Mention
        {
            Start = start, End = start + name.Length, Text = name, Type = MentionType.Person, FirstToken = i, EndToken = i + 1,
            Sentence = sentence, Cue = cue,
        });
    }

    /// <summary>Every other occurrence of a Hangul name found next to a title ("리병철은" after "리병철 부위원장"); true when any was added.</summary>
    public static bool FindKnown(TextDocument doc, List<Mention> mentions, HashSet<string> known)
    {
        if (known.Count == 0) return false;
        var taken = new HashSet<int>(mentions.Select(m => m.FirstToken));
        var added = false;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var range = doc.Sentences[s];
            for (var i = range.FirstToken; i < range.EndToken; i++)
            {
                var t = doc.Tokens[i];
                if (t.Kind != TokenKind.Word || t.Length > 12 || !KoreanReadings.IsSyllable(doc.Text[t.Start]) || taken.Contains(i)) continue;
                var name = WithoutParticle(doc.TokenText(i));
                if (!known.Contains(name)) continue;
                mentions.Add(new Mention
                {
                    Start = t.Start, End = t.Start + name.Length, Text = name, Type = MentionType.Person, FirstToken = i, EndToken = i + 1,
                    Sentence = s, Cue = "name found elsewhere",
                });
                added = true;
            }
        }
        return added;
    }

    private static string WithoutParticle(string word, int keep = 2)
    {
        foreach (var p in KoreanParticles)
            if (word.Length >= p.Length + keep && word.EndsWith(p, StringComparison.Ordinal)) return word[..^p.Length];
        return word;
    }

    /// <summary>Returns the last token index it used, so that a name is not read twice.</summary>
    private static int FindArabic(TextDocument doc, int sentence, TextRange range, int i, List<Mention> output)
    {
        var word = doc.TokenText(i);
        if (ArabicTitles.Contains(word))
        {
            var from = i + 1;
            // "الرئيس السوري": a nationality adjective (al-…ي) right after the title is not the name.
            if (from < range.EndToken && IsArabicWord(doc, from) && doc.TokenText(from) is var adj && adj.StartsWith("ال", StringComparison.Ordinal)
                && (adj.EndsWith('ي') || adj.EndsWith("ية", StringComparison.Ordinal)) && !ArabicTitles.Contains(adj)) from++;
            var end = NameEnd(doc, range, from, 3);
            if (end - from >= 2) return Add(doc, sentence, from, end, MentionType.Person, "after a title", output);
            return i;
        }
        if (ArabicOrganisationWords.Contains(word))
        {
            var end = NameEnd(doc, range, i + 1, 3);
            if (end > i + 1) return Add(doc, sentence, i, end, MentionType.Organization, "organisation word", output);
            return i;
        }
        if (i + 1 < range.EndToken && IsArabicWord(doc, i + 1) && ArabicParticles.Contains(doc.TokenText(i + 1)) && !ArabicStopWords.Contains(word))
        {
            var end = NameEnd(doc, range, i + 2, 2);
            if (end > i + 2) return Add(doc, sentence, i, end, MentionType.Person, "name particle", output);
        }
        return i;
    }

    private static bool IsArabicWord(TextDocument doc, int index) =>
        doc.Tokens[index].Kind == TokenKind.Word && IsArabic(doc.Text[doc.Tokens[index].Start]) && doc.Tokens[index].Length <= MentionRecognizer.MaxNameWordLength;

    /// <summary>Where a name of Arabic words starting at <paramref name="from"/> ends: at a stop word, a title, punctuation or after <paramref name="max"/> words.</summary>
    private static int NameEnd(TextDocument doc, TextRange range, int from, int max)
    {
        var end = from;
        while (end < range.EndToken && end - from < max && IsArabicWord(doc, end))
        {
            var w = doc.TokenText(end);
            if (ArabicStopWords.Contains(w) || ArabicTitles.Contains(w) || ArabicOrganisationWords.Contains(w)) break;
            // "بالرئيس", "وزعيم": a title behind a one-letter prefix ends the name as well.
            if (w.Length > 3 && w[0] is 'ب' or 'و' or 'ل' or 'ف' or 'ك' && ArabicTitles.Contains(w[1..])) break;
            // "بالهجوم", "والمحادثات", "للحكومة": a preposition or conjunction glued to the article is no name word.
            if (w.Length > 4 && (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("وال", StringComparison.Ordinal) || w.StartsWith("فال", StringComparison.Ordinal)
                || w.StartsWith("كال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal))) break;
            end++;
        }
        return end;
    }

    private static int Add(TextDocument doc, int sentence, int from, int end, MentionType type, string cue, List<Mention> output)
    {
        output.Add(new Mention
        {
            Start = doc.Tokens[from].Start, End = doc.Tokens[end - 1].End, Text = doc.Slice(from, end - 1), Type = type,
            FirstToken = from, EndToken = end, Sentence = sentence, Cue = cue,
        });
        return end - 1;
    }
}
