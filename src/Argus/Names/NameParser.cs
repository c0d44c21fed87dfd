using System.Globalization;
using System.Text;

namespace Argus.Names;

/// <summary>How to read a name: persons have titles, companies have legal forms.</summary>
public enum NameReading { Any, Person, Organisation }

/// <summary>
/// Turns a name as written (any script, any punctuation) into a <see cref="NameForm"/>: Unicode
/// normalisation, transliteration, case folding, apostrophes dropped inside words, hyphens and dots as
/// separators, titles and legal forms set aside, particles, numbers and initials marked.
/// Thread-safe.
/// </summary>
public static class NameParser
{
    private static readonly Dictionary<string, string> Roman = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4", ["vi"] = "6", ["vii"] = "7", ["viii"] = "8", ["ix"] = "9",
        ["xi"] = "11", ["xii"] = "12", ["xiii"] = "13", ["xiv"] = "14", ["xv"] = "15", ["xx"] = "20",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "no", "nr", "num", "number", "n" };

    private readonly record struct RawToken(string Text, string Source, NameScript Script, bool HyphenAfter, int Syllable, bool FamilySyllable);

    public static NameForm Parse(string name, NameReading reading = NameReading.Any)
    {
        var raw = Split(reading == NameReading.Organisation ? WithoutParentheses(name) : FamilyNameLast(WithoutParentheses(name)));
        var titles = new List<string>();
        string? legalForm = null;
        if (reading != NameReading.Person && raw.Count > 0 && GluedLegalForm(raw[^1]) is { } glued)
        {
            raw[^1] = glued.Name;
            raw.Add(glued.Form);
        }
        if (reading != NameReading.Person) SplitGluedFormWord(raw);

        var start = 0;
        if (reading != NameReading.Organisation)
        {
            var matched = true;
            // Titles are words of the Latin lists: an Arabic name read in Latin letters may spell one (عمر → "mr").
            while (matched && start < raw.Count - 1 && !IsAbjad(raw[start].Script))
            {
                matched = false;
                foreach (var title in NameVocabulary.Titles)
                {
                    if (start + title.Length >= raw.Count || !SequenceAt(raw, start, title)) continue;
                    titles.Add(string.Join(' ', title));
                    start += title.Length;
                    matched = true;
                    break;
                }
                // A long title with a slip ("Profesor") is that title, unless the word is a name of its own ("Coronel").
                if (!matched && raw[start].Script == NameScript.Latin && raw[start].Syllable < 0
                    && MisspeltVocabulary.TitleCandidates(raw[start].Text) is [var near, ..])
                {
                    titles.Add(near);
                    start++;
                    matched = true;
                }
            }
        }
        if (reading != NameReading.Person && raw.Count - start > 1) CorrectMisspeltForm(raw, start);
        var end = raw.Count;
        if (reading != NameReading.Person && end - start > 1)
        {
            foreach (var (form, cls) in NameVocabulary.LegalFormsEndingWith(raw[end - 1].Text))
            {
                if (end - form.Length <= start || !SequenceAt(raw, end - form.Length, form)) continue;
                legalForm = cls;
                end -= form.Length;
                break;
            }
            // Forms written before the name ("OOO Romashka", "Open Joint Stock Company X"): several words, or one known to lead.
            if (end - start > 1)
            {
                foreach (var (form, cls) in NameVocabulary.LegalFormsStartingWith(raw[start].Text))
                {
                    if (start + form.Length >= end || !SequenceAt(raw, start, form)) continue;
                    if (form.Length == 1 && !NameVocabulary.LeadingLegalForms.Contains(form[0])) continue;
                    legalForm ??= cls;
                    start += form.Length;
                    break;
                }
            }
        }

        var tokens = new List<NameToken>(end - start + 1);
        var numbersInWords = reading != NameReading.Person && end - start > 1 && (reading == NameReading.Organisation || legalForm is not null || HasOrganisationWord(raw, start, end));
        for (var i = start; i < end; i++)
        {
            var r = raw[i];
            var text = r.Text;
            // Letters written apart in an organisation's name are its initialism (A.B.C. Trading = ABC Trading).
            if (numbersInWords && text.Length == 1 && char.IsAsciiLetter(text[0]) && i + 1 < end && raw[i + 1].Text.Length == 1 && char.IsAsciiLetter(raw[i + 1].Text[0]))
            {
                var letters = new StringBuilder();
                while (i < end && raw[i].Text.Length == 1 && char.IsAsciiLetter(raw[i].Text[0])) letters.Append(raw[i++].Text);
                i--;
                tokens.Add(Named(letters.ToString(), letters.ToString().ToUpperInvariant(), r.Script));
                continue;
            }
            if (numbersInWords && NumberInWords(raw, i, end) is { } spelled)
            {
                tokens.Add(Plain(spelled.Number, r.Source, TokenRole.Number, r.Script));
                i += spelled.Words - 1;
                continue;
            }
            if (NumberWords.Contains(text) && i + 1 < end && char.IsAsciiDigit(raw[i + 1].Text[0])) continue;
            if (r.Syllable >= 0)
            {
                tokens.Add(MakeHangul(r));
                continue;
            }
            if (char.IsAsciiDigit(text[0]))
            {
                tokens.Add(Plain(WithoutOrdinalEnding(text), r.Source, TokenRole.Number, r.Script));
                continue;
            }
            if (Roman.TryGetValue(text, out var arabic) && i > start)
            {
                tokens.Add(Plain(arabic, r.Source, TokenRole.Number, r.Script));
                continue;
            }
            if (text.Length == 1)
            {
                tokens.Add(Plain(text, r.Source, TokenRole.Initial, r.Script));
                continue;
            }
            // A connector joins a name to what follows it: last in a name it is a name part ("Su Bin", "Ha Do"),
            // and so is a European one first in a name of two words (the Chinese and Vietnamese family names
            // "Du Jian", "Le Van": a family name after "de" or "van" does not stand alone), or one joined by a
            // hyphen to the next word: a syllable of a given name ("Do-yun", "Da-eun"), where only Arabic ones
            // are glued so ("al-Sayed", "bin-Laden", "Abu-Bakr").
            if ((NameVocabulary.Particles.TryGetValue(text, out var particle) || (r.HyphenAfter && NameVocabulary.HyphenArticles.Contains(text) && (particle = "al") is not null))
                && end - start > 1 && i < end - 1 && !(i == start && end - start == 2 && particle is "de" or "la" or "van" or "von" or "der" or "den" or "ter" or "zu")
                && !(r.HyphenAfter && particle is not ("al" or "bin" or "bint" or "abu" or "umm")))
            {
                tokens.Add(Plain(text, r.Source, TokenRole.Particle, r.Script) with { Key = particle });
                continue;
            }
            if (SplitJoinedPrefix(text) is { } split)
            {
                tokens.Add(Named(split.Prefix, r.Source, r.Script));
                tokens.Add(Named(split.Remainder, r.Source, r.Script));
                continue;
            }
            tokens.Add(Named(text, r.Source, r.Script) with { JoinedToNext = r.HyphenAfter && i + 1 < end });
        }
        if (tokens.Count == 0)
        {
            // A name made only of a title or a legal form is still a name.
            for (var i = 0; i < raw.Count; i++) tokens.Add(raw[i].Syllable >= 0 ? MakeHangul(raw[i]) : Named(raw[i].Text, raw[i].Source, raw[i].Script));
            titles.Clear();
            legalForm = null;
        }
        if (reading != NameReading.Organisation && legalForm is null) MarkFamilyInCapitals(tokens);
        return new NameForm(name, tokens, titles, legalForm) { Reading = reading };
    }

    /// <summary>
    /// A name that writes some words in capitals and others in small letters ("TORRES Camilo", "TORRES
    /// MARTINEZ, Camilo") says which are the family name, as the lists write it: those words are marked.
    /// </summary>
    private static void MarkFamilyInCapitals(List<NameToken> tokens)
    {
        bool capitals = false, small = false;
        foreach (var t in tokens)
        {
            if (t.Role != TokenRole.Name || t.Script != NameScript.Latin || t.Source.Length < 2) continue;
            if (IsCapitals(t.Source)) capitals = true; else if (t.Source.Any(char.IsLower)) small = true;
        }
        if (!capitals || !small) return;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Role == TokenRole.Name && tokens[i].Script == NameScript.Latin && tokens[i].Source.Length >= 2 && IsCapitals(tokens[i].Source))
                tokens[i] = tokens[i] with { Family = true };

        static bool IsCapitals(string word)
        {
            var letters = 0;
            foreach (var ch in word)
            {
                if (char.IsLower(ch)) return false;
                if (char.IsLetter(ch)) letters++;
            }
            return letters >= 2;
        }
    }

        private sealed record TokenKeys(string Key, int[] Syllables, int[] Groups, int[] Rules, string Skeleton, string? PinyinFinal, bool ChineseOnly, ArabicLatinSpellings.Reading? ArabicLetters, EastSlavicForms.Form? EastSlavic);

    // Name parts repeat across names and lists ("kim", "muhammad", "company"): their keys are worked out once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenKeys> KeyCache = new(StringComparer.Ordinal);
    private const int KeyCacheLimit = 500_000;
    // ConcurrentDictionary.Count takes every lock of the table: the entries added are counted here instead.
    private static int keyCacheCount;

    /// <summary>
    /// "SURNAME, Given Middle" (the lists' way of writing people) as "Given Middle SURNAME", so that
    /// given names stand first whichever way a name was written. Left alone when the part after the
    /// comma is a company legal form ("Acme, Inc.") or when there is not exactly one comma.
    /// </summary>
    public static string FamilyNameLast(string name)
    {
        var comma = name.IndexOf(',');
        if (comma <= 0 || comma != name.LastIndexOf(',')) return name;
        var family = name[..comma].Trim();
        var given = name[(comma + 1)..].Trim();
        if (family.Length == 0 || given.Length == 0 || !given.Any(char.IsLetter)) return name;
        var givenWords = given.ToLowerInvariant().Replace(".", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (NameVocabulary.IsLegalForm(string.Join(' ', givenWords))) return name;
        return given + " " + family;
    }

    /// <summary>The names one field holds: lists join alternatives with ";" or " / " ("X (CAGL); Great Lakes Business Company").
    /// A name with a parenthesised part of several words ("AL-HARAMAIN (AFGHANISTAN BRANCH)") is also read with
    /// that part, which then says which of several like-named entities it is; a one-word aside is an acronym.</summary>
    public static IReadOnlyList<string> Alternatives(string name)
    {
        string[] parts = name.IndexOf(';') < 0 && !name.Contains(" / ", StringComparison.Ordinal)
            ? [name]
            : name.Split([";", " / "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => p.Any(char.IsLetterOrDigit)).ToArray();
        if (parts.Length == 0) return [name];
        if (name.IndexOf('(') < 0) return parts;
        var result = new List<string>(parts.Length + 1);
        foreach (var part in parts)
        {
            result.Add(part);
            if (WithParentheses(part) is { } inner) result.Add(inner);
            if (AcronymAside(part) is { } acronym) result.Add(acronym);
        }
        return result;
    }

    /// <summary>
    /// The acronym a name gives in parentheses ("EASTERN TURKISTAN ISLAMIC MOVEMENT (ETIM)", "JUND AL-KHILAFAH IN
    /// ALGERIA (JAK-A)"), a name of its own: at the end, 3 to 8 letters, capitals first, each the first letter of
    /// a word of the name in order (words may be passed over: "in", "of"). Not an aside that is no initialism ("(HK)").
    /// </summary>
    public static string? AcronymAside(string name)
    {
        var open = name.IndexOf('(');
        var close = open < 0 ? -1 : name.IndexOf(')', open + 1);
        if (open <= 0 || close < 0 || name.IndexOf('(', open + 1) >= 0) return null;
        // At the end (a legal form may follow): inside a name it is a parent's ("… (CASC) 1st Academy").
        var after = string.Join(' ', Words(name[(close + 1)..]));
        if (after.Length > 0 && !NameVocabulary.IsLegalForm(after)) return null;
        var inside = name[(open + 1)..close].Trim();
        if (inside.Length == 0 || !char.IsUpper(inside[0]) || inside.Any(c => !char.IsLetter(c) && c is not '-' and not '.')) return null;
        var letters = inside.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length is < 3 or > 8 || inside.Count(char.IsUpper) < 2) return null;
        var words = (name[..open] + " " + name[(close + 1)..])
            .Split([' ', '-', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.FirstOrDefault(char.IsLetter)).Where(c => c != default).Select(char.ToLowerInvariant).ToArray();
        if (words.Length < 2 || words[0] != letters[0] && (words.Length < 3 || words[1] != letters[0])) return null;
        return Initials(letters, 0, words, 0) ? inside : null;

        static bool Initials(char[] letters, int i, char[] initials, int j)
        {
            if (i == letters.Length) return true;
            for (var k = j; k < initials.Length; k++)
                if (initials[k] == letters[i] && Initials(letters, i + 1, initials, k + 1)) return true;
            return false;
        }
    }

    /// <summary>The name with its parentheses read as part of it, when they hold words (not an acronym or an "a.k.a.").</summary>
    private static string? WithParentheses(string name)
    {
        var open = name.IndexOf('(');
        var close = open < 0 ? -1 : name.IndexOf(')', open + 1);
        if (open <= 0 || close < 0 || name.IndexOf('(', open + 1) >= 0) return null;
        var inside = name[(open + 1)..close].Trim();
        var words = inside.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        // One word is an acronym ("(MUJAO)"), unless it names a country: then it says which branch or
        // office of a like-named organisation it is ("AL-HARAMAIN (BANGLADESH)").
        if (words.Length == 1 && words[0].Length > 3 && Argus.Model.Countries.ToCode(words[0]) is not null) return (name[..open].TrimEnd() + " " + inside + " " + name[(close + 1)..].TrimStart()).Trim();
        if (words.Length < 2 || !words.All(w => w.Any(char.IsLetter))) return null;
        var first = words[0].ToLowerInvariant().TrimEnd(':');
        if (first is "a.k.a." or "aka" or "f.k.a." or "fka" or "formerly" or "previously" or "also" or "born" or "n.k.a.") return null;
        return (name[..open].TrimEnd() + " " + inside + " " + name[(close + 1)..].TrimStart()).Trim();
    }

    /// <summary>
    /// The name without parenthesised asides, which lists use for acronyms and glosses ("… (MUJAO)",
    /// "(a.k.a. …)"); kept when nothing else would remain.
    /// </summary>
    public static string WithoutParentheses(string name)
    {
        var open = name.IndexOf('(');
        if (open < 0) return name;
        var sb = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c == '(') { depth++; sb.Append(' '); continue; }
            if (c == ')' && depth > 0) { depth--; continue; }
            if (depth == 0) sb.Append(c);
        }
        var rest = sb.ToString();
        return rest.Any(char.IsLetterOrDigit) ? rest : name;
    }

    /// <summary>Builds a token for a normalised name part.</summary>
    public static NameToken Named(string text, string source, NameScript script)
    {
        if (!KeyCache.TryGetValue(text, out var keys))
        {
            var rules = new List<int>();
            var key = SoundKeys.Key(text, rules);
            keys = new TokenKeys(key, KoreanReadings.SyllablesSpelled(text), NameEquivalences.GroupsOf(text), [.. rules], ConsonantSkeleton.OfLatin(text),
                PinyinSyllables.IsSyllable(text) ? PinyinSyllables.Final(text).ToString() : null, PinyinSyllables.IsChineseOnly(text),
                // Given names are left to the given-name tables (through letters alone Michal would be Mikhail).
                text.Length >= 5 && !NameEquivalences.KnownGivenNames.Contains(text) ? ArabicLatinSpellings.Read(text) : null,
                EastSlavicForms.Read(text));
            if (Volatile.Read(ref keyCacheCount) < KeyCacheLimit && KeyCache.TryAdd(text, keys)) Interlocked.Increment(ref keyCacheCount);
        }
        return new NameToken(text, source, keys.Key, TokenRole.Name, script, keys.Syllables, keys.Groups, keys.Rules)
        {
            Skeleton = IsAbjad(script) ? ConsonantSkeleton.OfAbjad(source).Primary : text.Length >= 3 ? keys.Skeleton : "",
            PinyinFinal = keys.PinyinFinal,
            ChineseOnly = keys.ChineseOnly,
            ArabicLetters = script == NameScript.Latin ? keys.ArabicLetters : null,
            EastSlavic = script is NameScript.Latin or NameScript.Cyrillic ? keys.EastSlavic : null,
        };
    }

    private static NameToken Plain(string text, string source, TokenRole role, NameScript script) =>
        new(text, source, text, role, script, [], [], []);

    private static NameToken MakeHangul(RawToken r)
    {
        var text = KoreanReadings.Romanise(r.Syllable, r.FamilySyllable);
        return new NameToken(text, r.Source, SoundKeys.Key(text), TokenRole.Name, NameScript.Hangul, [r.Syllable], NameEquivalences.GroupsOf(text), []) { JoinedToNext = r.HyphenAfter };
    }

    public static bool IsAbjad(NameScript script) => script is NameScript.Arabic or NameScript.Hebrew;

    /// <summary>The key without vowels: what Arabic and Hebrew script write of a name.</summary>
    public static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'v' or 'f') || sb.Length == 0 && c is 'v' or 'f')
                sb.Append(c);
        return sb.ToString();
    }

    private static (string Prefix, string Remainder)? SplitJoinedPrefix(string text)
    {
        foreach (var p in NameVocabulary.JoinedPrefixes)
        {
            if (text.Length < p.Length + 3 || !text.StartsWith(p, StringComparison.Ordinal)) continue;
            var rest = text[p.Length..];
            if (rest is "lah" or "llah" or "allah" or "ullah" or "ulla" or "ala" or "alla" || rest.StartsWith("ul", StringComparison.Ordinal) && p == "abd") return null;
            // "Abd" before a vowel is the start of a longer prefix whose rest is too short to stand alone ("Abdoulay").
            if (p == "abd" && rest[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') return null;
            return (p == "abd" ? "abd" : p, rest);
        }
        return null;
    }

    /// <summary>
    /// A legal form with one word misspelt ("WAYSIDE CORPORATIPN", "OPEN JOINT STOCK VOMPANY ALEVKURP") is
    /// that form: words near either end one slip from a form word are read as it where a longer form then
    /// stands at that end, so a slip in a generic word costs what the form costs, not a name part.
    /// </summary>
    private static void CorrectMisspeltForm(List<RawToken> raw, int start)
    {
        const int reach = 4;
        List<RawToken>? corrected = null;
        for (var i = start; i < raw.Count; i++)
        {
            if (i - start >= reach && raw.Count - 1 - i >= reach || raw[i].Script != NameScript.Latin || raw[i].Syllable >= 0) continue;
            var candidates = MisspeltVocabulary.FormCandidates(raw[i].Text);
            if (candidates.Count == 0) continue;
            corrected ??= [.. raw];
            // Of near spellings in the forms, the one that makes the longest form here.
            var (best, longest) = (candidates[0], -1);
            foreach (var word in candidates)
            {
                corrected[i] = raw[i] with { Text = word };
                var length = Math.Max(FormAtEnd(corrected, start), FormAtStart(corrected, start));
                if (length > longest) (best, longest) = (word, length);
            }
            corrected[i] = raw[i] with { Text = best };
        }
        if (corrected is null) return;
        var atEnd = FormAtEnd(corrected, start);
        if (atEnd > FormAtEnd(raw, start))
            for (var i = raw.Count - atEnd; i < raw.Count; i++) raw[i] = corrected[i];
        var atStart = FormAtStart(corrected, start);
        if (atStart > FormAtStart(raw, start))
            for (var i = start; i < start + atStart; i++) raw[i] = corrected[i];
    }

    private static int FormAtEnd(List<RawToken> raw, int start)
    {
        foreach (var (form, _) in NameVocabulary.LegalFormsEndingWith(raw[^1].Text))
            if (raw.Count - form.Length > start && SequenceAt(raw, raw.Count - form.Length, form)) return form.Length;
        return 0;
    }

    private static int FormAtStart(List<RawToken> raw, int start)
    {
        foreach (var (form, _) in NameVocabulary.LegalFormsStartingWith(raw[start].Text))
            if (start + form.Length < raw.Count && SequenceAt(raw, start, form) && (form.Length > 1 || NameVocabulary.LeadingLegalForms.Contains(form[0]))) return form.Length;
        return 0;
    }

    /// <summary>
    /// A legal form written in capitals against the end of the name ("RosneftPJSC", "GazpromLLC"): the word
    /// and the form apart. Only where small letters turn to capitals, so that a name that ends in the letters
    /// of a form ("Sahag", "Tallinn") stays whole.
    /// </summary>
    private static (RawToken Name, RawToken Form)? GluedLegalForm(RawToken last)
    {
        var source = last.Source;
        if (last.Script != NameScript.Latin || source.Length != last.Text.Length || source.Length < 5) return null;
        var cut = source.Length;
        while (cut > 0 && char.IsAsciiLetterUpper(source[cut - 1])) cut--;
        if (cut < 2 || source.Length - cut < 2 || !char.IsAsciiLetterLower(source[cut - 1])) return null;
        var form = last.Text[cut..];
        if (!NameVocabulary.IsLegalForm(form)) return null;
        return (last with { Text = last.Text[..cut], Source = source[..cut] }, last with { Text = form, Source = source[cut..] });
    }

    /// <summary>
    /// A legal form of several words whose word next to the name is glued to it ("BEHRADLIMITED LIABILITY
    /// COMPANY", "JOINT STOCK COMPANYKHABAROVSK"): that word is split off. The other words of the form say
    /// that it is one; a form of one word glued to a name is compared, not split (it may be a name's letters).
    /// </summary>
    private static void SplitGluedFormWord(List<RawToken> raw)
    {
        if (raw.Count < 2) return;
        // Only a form longer than any written apart there: "COMPANY" is not "CO" + "MPANY".
        var ending = NameVocabulary.LegalFormsEndingWith(raw[^1].Text);
        var whole = 0;
        foreach (var (form, _) in ending)
            if (form.Length <= raw.Count && SequenceAt(raw, raw.Count - form.Length, form)) whole = Math.Max(whole, form.Length);
        // Of the forms that fit, the one with the longest glued word: "company", not "co" + "mpanyhyperspace".
        string[]? best = null;
        foreach (var (form, _) in ending)
        {
            var at = raw.Count - form.Length;
            if (form.Length < 2 || form.Length <= whole || at < 0 || !SequenceAt(raw, at + 1, form[1..]) || !Glued(raw[at], form[0], prefix: false)) continue;
            if (best is null || form[0].Length > best[0].Length) best = form;
        }
        if (best is not null) { Split(raw, raw.Count - best.Length, best[0], prefix: false); return; }
        var starting = NameVocabulary.LegalFormsStartingWith(raw[0].Text);
        whole = 0;
        foreach (var (form, _) in starting)
            if (form.Length <= raw.Count && SequenceAt(raw, 0, form)) whole = Math.Max(whole, form.Length);
        foreach (var (form, _) in starting)
        {
            var at = form.Length - 1;
            if (form.Length < 2 || form.Length <= whole || at >= raw.Count || !SequenceAt(raw, 0, form[..^1]) || !Glued(raw[at], form[^1], prefix: true)) continue;
            if (best is null || form[^1].Length > best[^1].Length) best = form;
        }
        if (best is not null) Split(raw, best.Length - 1, best[^1], prefix: true);

        static bool Glued(RawToken t, string word, bool prefix) =>
            word.Length >= 2 && t.Script == NameScript.Latin && t.Text.Length >= word.Length + 3 && t.Source.Length == t.Text.Length
            && (prefix ? t.Text.StartsWith(word, StringComparison.Ordinal) : t.Text.EndsWith(word, StringComparison.Ordinal));

        static void Split(List<RawToken> raw, int at, string word, bool prefix)
        {
            var t = raw[at];
            var cut = prefix ? word.Length : t.Text.Length - word.Length;
            raw[at] = t with { Text = t.Text[..cut], Source = t.Source[..cut], HyphenAfter = false };
            raw.Insert(at + 1, t with { Text = t.Text[cut..], Source = t.Source[cut..] });
        }
    }

    // Numbers in words are read in the names of organisations only: in a person's name "Diez" or "Cinco" is a family name.
    private static bool HasOrganisationWord(List<RawToken> raw, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (NameVocabulary.OrganisationWords.Contains(raw[i].Text)) return true;
        return false;
    }

    /// <summary>The longest number in words starting at a word ("twenty one" → 21, "first" → 1), and how many words it takes.</summary>
    private static (string Number, int Words)? NumberInWords(List<RawToken> raw, int at, int end)
    {
        for (var n = Math.Min(NameVocabulary.LongestNumberInWords, end - at); n >= 1; n--)
        {
            var words = n == 1 ? raw[at].Text : string.Join(' ', raw.GetRange(at, n).Select(t => t.Text));
            if (NameVocabulary.NumbersInWords.TryGetValue(words, out var number)) return (number, n);
        }
        return null;
    }

    /// <summary>Digits with an ordinal ending (1st, 22nd, 3rd, 4th) are the number.</summary>
    private static string WithoutOrdinalEnding(string text)
    {
        if (text.Length < 3 || !(text.EndsWith("st", StringComparison.Ordinal) || text.EndsWith("nd", StringComparison.Ordinal) || text.EndsWith("rd", StringComparison.Ordinal) || text.EndsWith("th", StringComparison.Ordinal))) return text;
        var digits = text[..^2];
        return digits.All(char.IsAsciiDigit) ? digits : text;
    }

    private static bool SequenceAt(List<RawToken> raw, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (raw[at + k].Text != words[k]) return false;
        return true;
    }

    /// <summary>
    /// Half a surrogate pair is no character, and U+FFFE (a byte-order mark read the wrong way round) is
    /// one that normalisation refuses: each becomes U+FFFD, which no token holds.
    /// </summary>
    private static string WellFormed(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !s.Contains('\uFFFE')) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE') chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>
    /// The text without terminal control sequences (ESC [ 5 m, ESC ] 0 ; title BEL): codes pasted with a name from a
    /// terminal are not words of it, and their letters ("5m", "2J") would be read as name parts.
    /// </summary>
    private static string WithoutTerminalSequences(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\u001b') { sb.Append(s[i]); continue; }
            if (i + 1 >= s.Length) break;
            var kind = s[++i];
            if (kind == '[') // a control sequence ends at its final byte, @ to ~
                while (++i < s.Length && s[i] is not (>= '@' and <= '~')) { }
            else if (kind == ']') // an operating-system command ends at BEL or ESC and a backslash
            {
                while (++i < s.Length && s[i] != '\a' && !(s[i] == '\u001b' && i + 1 < s.Length && s[i + 1] == '\\')) { }
                if (i < s.Length && s[i] == '\u001b') i++;
            }
            sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>The normalised words of a text as tokens are made of them (lower-case ASCII, other scripts transliterated), nothing set aside.</summary>
    public static IReadOnlyList<string> Words(string text) => Split(text).ConvertAll(r => r.Text);

    /// <summary>Splits into lower-case ASCII tokens, transliterating non-Latin runs and keeping Hangul syllables apart.</summary>
    private static List<RawToken> Split(string name)
    {
        var s = name.Contains('\u001b') ? WithoutTerminalSequences(name) : name;
        foreach (var c in s)
        {
            if (c > 0x7F) { s = CyrillicHomoglyphs(WellFormed(s).Normalize(NormalizationForm.FormKC)); break; }
        }
        var result = new List<RawToken>();
        var i = 0;
        var hangulWordIndex = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            var script = char.IsLetter(c) ? ScriptTransliterator.ScriptOf(c) : NameScript.Latin;
            if (script == NameScript.Hangul)
            {
                var j = i;
                while (j < s.Length && KoreanReadings.IsSyllable(s[j])) j++;
                if (j == i) { i++; continue; }
                var count = j - i;
                for (var k = i; k < j; k++)
                {
                    var syllable = KoreanReadings.SyllableOf(s[k]);
                    var family = hangulWordIndex == 0 && k == i && count is >= 2 and <= 4;
                    // The syllables of a given name written in one word ("서연" of 김서연) are one name part,
                    // as a hyphen makes them in Latin letters ("Seo-yeon").
                    var givenStart = hangulWordIndex == 0 && count is >= 2 and <= 4 ? i + 1 : i;
                    var joined = k >= givenStart && k + 1 < j;
                    result.Add(new RawToken(KoreanReadings.Romanise(syllable, family), s[k].ToString(), NameScript.Hangul, joined, syllable, family));
                }
                hangulWordIndex++;
                i = j;
                continue;
            }
            // A run of one script: Latin text up to the next letter of another script, or a run of
            // one other script with its marks, digits and inner spaces.
            var runStart = i;
            var runEnd = i;
            var j2 = i;
            while (j2 < s.Length)
            {
                var d = s[j2];
                var dScript = char.IsLetter(d) ? ScriptTransliterator.ScriptOf(d) : (NameScript?)null;
                if (script == NameScript.Latin)
                {
                    if (dScript is { } ds && ds != NameScript.Latin) break;
                    j2++;
                    runEnd = j2;
                    continue;
                }
                if (dScript is null)
                {
                    // A geresh is part of a Hebrew word: it writes a sound Hebrew lacks (צ׳ ch, ג׳ j: סצ׳ין, Sechin).
                    if (script == NameScript.Hebrew && d is '׳' or '\'' or '’' && j2 > runStart) { j2++; runEnd = j2; continue; }
                    var cat = CharUnicodeInfo.GetUnicodeCategory(d);
                    if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || char.IsDigit(d)) { j2++; runEnd = j2; continue; }
                    if (d == ' ') { j2++; continue; }
                    break;
                }
                if (dScript != script) break;
                j2++;
                runEnd = j2;
            }
            var run = s[runStart..runEnd];
            i = Math.Max(runEnd, runStart + 1);
            var hyphenAfter = i < s.Length && s[i] is '-' or '‐' or '‑' or '–';
            if (script == NameScript.Latin)
            {
                AddLatinTokens(result, ScriptTransliterator.FoldLatin(run), run, script, hyphenAfter);
            }
            else
            {
                // Word by word, so that each token keeps the word it was written as.
                var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (script == NameScript.Arabic) words = ArabicWords(words);
                for (var w = 0; w < words.Length; w++)
                    AddLatinTokens(result, ScriptTransliterator.ToLatin(words[w], script), words[w], script, hyphenAfter && w == words.Length - 1);
            }
        }
        return result;
    }

    private static string CyrillicHomoglyphs(string text)
    {
        var cyrillic = false;
        foreach (var c in text)
            if (c is >= '\u0400' and <= '\u04FF') { cyrillic = true; break; }
        if (!cyrillic) return text;
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++) words[i] = ScriptTransliterator.CyrillicHomoglyphs(words[i]);
        return string.Join(' ', words);
    }

    private const string ArabicArticle = "ال";
    private const string ArabicAbd = "عبد";
    private const string ArabicGod = "الله";

    /// <summary>
    /// Arabic words with the article written as Latin spellings write it: apart from the name it is
    /// glued to ("الروف" → al + Rauf, as in "al-Rauf"), but one with "Abd" ("عبد الروف", "عبدالروف" →
    /// "Abdul" + "Rauf").
    /// </summary>
    private static string[] ArabicWords(string[] words)
    {
        // Urdu writes the he of Allah and of a final silent h as ہ (اللہ): the same letter as ه.
        if (Array.Exists(words, w => w.Contains('ہ'))) words = Array.ConvertAll(words, w => w.Replace('ہ', 'ه'));
        var result = new List<string>(words.Length + 2);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word.StartsWith(ArabicAbd + ArabicArticle, StringComparison.Ordinal) && word.Length >= ArabicAbd.Length + ArabicArticle.Length + 2 && word != ArabicAbd + ArabicGod)
            {
                result.Add(ArabicAbd + ArabicArticle);
                result.Add(word[(ArabicAbd.Length + ArabicArticle.Length)..]);
            }
            else if (word == ArabicAbd && w + 1 < words.Length && words[w + 1] == ArabicGod)
                result.Add(ArabicAbd + words[++w]);
            else if (word == ArabicAbd && w + 1 < words.Length && words[w + 1].StartsWith(ArabicArticle, StringComparison.Ordinal) && words[w + 1].Length >= ArabicArticle.Length + 2)
            {
                result.Add(ArabicAbd + ArabicArticle);
                result.Add(words[++w][ArabicArticle.Length..]);
            }
            else if (word.StartsWith(ArabicArticle, StringComparison.Ordinal) && word.Length >= ArabicArticle.Length + 2 && word != ArabicGod)
            {
                result.Add(ArabicArticle);
                result.Add(word[ArabicArticle.Length..]);
            }
            else result.Add(word);
        }
        return [.. result];
    }

    // The word as written (case kept) that ends at position end and spells length letters.
    private static string SourceWord(string latin, int end, int length)
    {
        var startAt = end;
        var letters = 0;
        while (startAt > 0 && letters < length)
        {
            startAt--;
            if (char.IsAsciiLetterOrDigit(latin[startAt])) letters++;
        }
        return latin[startAt..end];
    }

    private static void AddLatinTokens(List<RawToken> into, string latin, string source, NameScript script, bool hyphenAfterRun)
    {
        // The word under way, on the stack: every name screened passes here.
        Span<char> word = latin.Length <= 256 ? stackalloc char[latin.Length] : new char[latin.Length];
        var length = 0;
        var first = into.Count;
        for (var k = 0; k <= latin.Length; k++)
        {
            var c = k < latin.Length ? latin[k] : ' ';
            if (char.IsAsciiLetterOrDigit(c)) { word[length++] = char.ToLowerInvariant(c); continue; }
            if (c is '\'' or '’' or 'ʼ' or '‘' or '`' or '´' && length > 0) continue;
            if (length == 0) continue;
            var hyphen = k < latin.Length && latin[k] is '-' or '‐' or '‑' or '–';
            var sourceWord = script == NameScript.Latin ? SourceWord(latin, k, length) : source;
            // Digits and letters a scan or a typist confuses are read as the letters they stand for ("5ERGEI", "0leg", "lNTERNATIONAL").
            var text = script == NameScript.Latin ? OcrLetters.Read(new string(word[..length]), sourceWord) : new string(word[..length]);
            into.Add(new RawToken(text, sourceWord, script, hyphen, -1, false));
            length = 0;
        }
        if (hyphenAfterRun && into.Count > first)
            into[^1] = into[^1] with { HyphenAfter = true };
    }
}
