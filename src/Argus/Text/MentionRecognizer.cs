namespace Argus.Text;

/// <summary>
/// Finds the names of people, organisations and places in a segmented text by rules: runs of capitalised
/// words (with name particles such as "bin", "al-", "van", and "of the" after organisation words), cut and
/// typed by gazetteers (countries, cities, nationalities), organisation and facility words, titles and
/// roles, given names and the shapes of names (hyphenated Korean given names, Arabic particles).
/// One pass over the tokens plus a constant amount of work per candidate: linear in the text.
/// </summary>
public sealed class MentionRecognizer
{
    /// <summary>Words longer than this are not names (and keep hostile input cheap).</summary>
    public const int MaxNameWordLength = 48;

    /// <summary>Runs of capitalised words are cut at this length ("Foreign Trade Bank of the Democratic People's Republic of Korea" fits).</summary>
    public const int MaxNameTokens = 14;

    internal static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "official", "president", "minister", "spokesperson", "spokesman", "spokeswoman", "general", "marshal",
        "commander", "chief", "head", "envoy", "ambassador", "diplomat", "businessman", "businesswoman", "tycoon", "oligarch",
        "financier", "banker", "cleric", "militant", "ruler", "dictator", "politician", "lawmaker", "senator", "strongman",
        "founder", "owner", "executive", "chairman", "director", "deputy", "officer", "agent", "spy", "scientist", "engineer",
        "colonel", "admiral", "premier", "secretary", "counterpart", "negotiator", "emir", "commander-in-chief", "financier",
        "smuggler", "trader", "dealer", "broker", "representative", "adviser", "advisor", "aide", "student", "journalist",
        "reporter", "analyst", "mr", "mrs", "ms", "dr",
    };

    /// <summary>Lower-case nouns for people of the arts, sport and family that stand before a name ("guitarist …", "his brother …").</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "guitarist", "singer", "drummer", "bassist", "pianist", "composer", "producer", "actor", "actress", "artist", "writer", "author",
        "poet", "painter", "player", "coach", "manager", "captain", "boxer", "wrestler", "musician", "vocalist", "keyboardist",
        "saxophonist", "rapper", "footballer", "cricketer", "teammate", "brother", "sister", "son", "daughter", "wife", "husband",
        "father", "mother", "uncle", "aunt", "cousin", "friend", "philosopher", "historian", "novelist", "playwright", "sculptor",
        "architect", "conductor", "violinist", "trumpeter", "champion", "quarterback", "pitcher", "goalkeeper", "striker", "defender",
        "bishop", "priest", "saint", "king", "queen", "prince", "princess", "emperor", "archbishop", "pope", "mayor", "governor",
    };

    private static readonly HashSet<string> WorkOrEventWords = new(StringComparer.Ordinal)
    {
        "Cup", "Cups", "Award", "Awards", "Prize", "Trophy", "Festival", "Championship", "Championships", "War", "Battle", "Siege",
        "Tour", "Series", "Games", "Olympics", "Prix", "Medal", "Act", "Treaty", "Day", "Doctrine", "Plan", "Show", "Album",
    };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "stated", "told", "added", "warned", "noted", "declared", "announced", "explained", "insisted", "replied", "wrote",
    };

    private readonly Gazetteer _g;

    public MentionRecognizer(Gazetteer? gazetteer = null) => _g = gazetteer ?? Gazetteer.Default;

    /// <summary>Texts of at least this many sentences are recognised in blocks of sentences on all cores.</summary>
    public int ParallelFromSentences { get; init; } = 4_000;

    public List<Mention> Recognize(TextDocument doc)
    {
        var lowerWords = LowercaseWords(doc);
        var uncased = doc.Tokens.Any(t => UncasedNameFinder.IsUncasedWord(doc.Text, t));
        var koreanNames = new HashSet<string>(StringComparer.Ordinal);
        List<Mention> mentions;
        var blocks = doc.Sentences.Count >= ParallelFromSentences ? Math.Min(4 * Environment.ProcessorCount, doc.Sentences.Count) : 1;
        if (blocks <= 1)
            mentions = RecognizeSentences(doc, 0, doc.Sentences.Count, lowerWords, uncased, koreanNames);
        else
        {
            // Sentences are read independently (what the whole text says, the lower-case words, is known beforehand):
            // blocks of them run in parallel and are joined in text order, which gives the same mentions.
            var parts = new List<Mention>[blocks];
            var names = new HashSet<string>[blocks];
            Parallel.For(0, blocks, b =>
            {
                names[b] = new HashSet<string>(StringComparer.Ordinal);
                var from = (int)((long)doc.Sentences.Count * b / blocks);
                var to = (int)((long)doc.Sentences.Count * (b + 1) / blocks);
                parts[b] = RecognizeSentences(doc, from, to, lowerWords, uncased, names[b]);
            });
            mentions = new List<Mention>(parts.Sum(p => p.Count));
            foreach (var p in parts) mentions.AddRange(p);
            foreach (var n in names) koreanNames.UnionWith(n);
        }
        if (uncased && UncasedNameFinder.FindKnown(doc, mentions, koreanNames))
            mentions = mentions.OrderBy(m => m.Start).ToList();
        return AttachNumbers(doc, ResolveShortNames(doc, mentions, lowerWords));
    }

    private List<Mention> RecognizeSentences(TextDocument doc, int from, int to, HashSet<string> lowerWords, bool uncased, HashSet<string> koreanNames)
    {
        var mentions = new List<Mention>();
        for (var s = from; s < to; s++)
        {
            var before = mentions.Count;
            RecognizeSentence(doc, s, lowerWords, mentions);
            if (uncased)
            {
                var cased = mentions.Count;
                UncasedNameFinder.Find(doc, s, mentions, koreanNames);
                // A sentence mixing scripts keeps its mentions in text order.
                if (mentions.Count > cased && cased > before) mentions.Sort(before, mentions.Count - before, Comparer<Mention>.Create((x, y) => x.Start.CompareTo(y.Start)));
            }
            AddAdjacentCountries(doc, mentions, before);
        }
        return mentions;
    }

    /// <summary>
    /// Numbers written into a name: "6PR", "MTV2" (a number glued to an acronym) and "139th Airlift Wing"
    /// (an ordinal before an organisation). The tokenizer splits them; the name takes them back.
    /// </summary>
    private static List<Mention> AttachNumbers(TextDocument doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var first = m.FirstToken;
            var end = m.EndToken;
            var acronym = end - first == 1 && IsAcronym(doc.TokenSpan(first));
            if (acronym && first > 0 && tokens[first - 1].Kind == TokenKind.Number && tokens[first - 1].End == tokens[first].Start
                && (first < 2 || tokens[first - 2].End < tokens[first - 1].Start))
                first--;
            else if (m.Type == MentionType.Organization && first > 1 && tokens[first - 2].Kind == TokenKind.Number
                && tokens[first - 2].End == tokens[first - 1].Start && doc.TokenText(first - 1) is "st" or "nd" or "rd" or "th")
                first -= 2;
            if (acronym && end < tokens.Count && tokens[end].Kind == TokenKind.Number && tokens[end].Start == tokens[end - 1].End
                && (end + 1 >= tokens.Count || tokens[end + 1].Start > tokens[end].End))
                end++;
            if (first == m.FirstToken && end == m.EndToken) continue;
            mentions[i] = m with
            {
                Start = tokens[first].Start, End = tokens[end - 1].End, Text = doc.Slice(first, end - 1), FirstToken = first, EndToken = end,
                Type = m.Type == MentionType.Other ? MentionType.Organization : m.Type,
            };
        }
        return mentions;
    }

    private static HashSet<string> LowercaseWords(TextDocument doc)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = doc.Text;
        foreach (var t in doc.Tokens)
        {
            if (t.Kind != TokenKind.Word || t.Length > MaxNameWordLength || !char.IsLower(text[t.Start])) continue;
            var span = t.In(text);
            if (!lookup.Contains(span)) lookup.Add(span);
        }
        return set;
    }

    private void RecognizeSentence(TextDocument doc, int sentence, HashSet<string> lowerWords, List<Mention> output)
    {
        var range = doc.Sentences[sentence];
        var i = range.FirstToken;
        while (i < range.EndToken)
        {
            var definite = IsNameArticle(doc, i, range);
            if (!definite && (!IsNameWord(doc, i) || IsCommonOpener(doc, i, range, lowerWords)))
            {
                i++;
                continue;
            }
            var j = definite ? i + 2 : i + 1;
            while (j < range.EndToken)
            {
                // No name is longer; the cap keeps every rule below linear on hostile runs of capitals.
                if (j - i >= MaxNameTokens || !SameLine(doc, j - 1, j)) break;
                if (IsNameWord(doc, j))
                {
                    j++;
                    continue;
                }
                if (doc.Tokens[j].Kind == TokenKind.Possessive && j + 1 < range.EndToken && IsNameWord(doc, j + 1) && !IsCommonWord(doc, j + 1)
                    && PossessiveNamesABody(doc, j + 1, range.EndToken))
                {
                    j += 2;
                    continue;
                }
                if (IsConnector(doc, j))
                {
                    var m = j;
                    while (m < range.EndToken && m - j < 3 && IsConnector(doc, m)) m++;
                    if (m < range.EndToken && IsNameWord(doc, m) && !IsCommonWord(doc, m)
                        && (ConnectorAllowed(doc, j - 1, j, m) || (m - i < Gazetteer.MaxPhraseTokens && _g.FindPlace(doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[m].End - doc.Tokens[i].Start)) is not null)))
                    {
                        j = m + 1;
                        continue;
                    }
                }
                break;
            }
            // A connector never ends a name.
            Classify(doc, sentence, i, j, output, null, lowerWords);
            i = j;
        }
    }

    /// <summary>
    /// "joined The Zutons", "wrote for The Sunday Times": a capitalised "The" inside a sentence, after a lower-case
    /// word or a comma, belongs to the name it opens (bands, newspapers, works), and so may a common word after it.
    /// </summary>
    private static bool IsNameArticle(TextDocument doc, int index, TextRange sentence)
    {
        if (index <= sentence.FirstToken || index + 1 >= sentence.EndToken || doc.TokenText(index) != "The") return false;
        var prev = doc.Tokens[index - 1];
        var after = prev.Kind == TokenKind.Word ? char.IsLower(doc.Text[prev.Start]) : prev.Kind == TokenKind.Punctuation && doc.Text[prev.Start] == ',';
        return after && IsNameWord(doc, index + 1) && !IsAcronym(doc.TokenSpan(index + 1)) && doc.Tokens[index].End < doc.Tokens[index + 1].Start
            && !doc.Text.AsSpan(doc.Tokens[index].End, doc.Tokens[index + 1].Start - doc.Tokens[index].End).ContainsAny('\n', '\r');
    }

    /// <summary>
    /// "Korean People's Army", "Howe's Brigade": a possessive inside a name needs an organisation or facility word after
    /// it; "Dick Cheney's BlackBerry" is a name and a thing of his.
    /// </summary>
    private bool PossessiveNamesABody(TextDocument doc, int from, int end)
    {
        for (var q = from; q < end && q - from < 6 && IsNameWord(doc, q); q++)
            if (IsOrgWord(doc, q) || IsFacilityWord(doc, q)) return true;
        return false;
    }

    private bool SameLine(TextDocument doc, int a, int b)
    {
        var text = doc.Text;
        for (var k = doc.Tokens[a].End; k < doc.Tokens[b].Start; k++)
            if (text[k] is '\n' or '\r') return false;
        return true;
    }

    /// <summary>A capitalised word of a cased script, or a name with a lower-case Arabic particle ("al-Assad").</summary>
    private static bool IsNameWord(TextDocument doc, int index)
    {
        var t = doc.Tokens[index];
        if (t.Kind != TokenKind.Word || t.Length > MaxNameWordLength) return false;
        var text = doc.Text;
        var c = text[t.Start];
        if (char.IsUpper(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter) return true;
        return IsParticleName(t.In(text));
    }

    private static bool IsParticleName(ReadOnlySpan<char> w)
    {
        var dash = w.IndexOfAny('-', '‐');
        if (dash is < 2 or > 3 || dash + 1 >= w.Length || !char.IsUpper(w[dash + 1])) return false;
        var p = w[..dash];
        return p is "al" or "el" or "ad" or "as" or "ash" or "at" or "az" or "ar" or "an" or "bin" or "ibn" or "abu" or "abd" or "ul" or "ud";
    }

    private bool IsConnector(TextDocument doc, int index)
    {
        var t = doc.Tokens[index];
        return t.Kind == TokenKind.Word && t.Length <= 5 && char.IsLower(doc.Text[t.Start]) && _g.Connectors.Has(t.In(doc.Text));
    }

    private bool IsCommonWord(TextDocument doc, int index)
    {
        var t = doc.Tokens[index];
        return t.Length <= MaxNameWordLength && _g.CommonWords.Has(t.In(doc.Text));
    }

    /// <summary>"of", "the", "for" and "and" join name words only after an organisation, facility or title word ("Bank of Korea").</summary>
    private bool ConnectorAllowed(TextDocument doc, int previous, int from, int to)
    {
        var generic = false;
        for (var k = from; k < to; k++)
        {
            var w = doc.TokenText(k);
            // "University of Illinois at Urbana", "Smith as Hamlet": unhyphenated, these are English words, not Arabic particles.
            if (w is "at" or "as" or "an") return false;
            if (w is "of" or "the" or "for" or "and") generic = true;
        }
        if (!generic) return true;
        if (doc.TokenText(from) == "the") return false;
        // "Islamic State of Iraq and the Levant": "and the" only inside an "of" name ("Bank of X and Y Bank" are two names).
        if (doc.TokenText(from) == "and")
        {
            if (to - from < 2 || doc.TokenText(from + 1) != "the") return false;
            for (var k = previous; k >= 0 && k > previous - 8; k--)
            {
                if (doc.Tokens[k].Kind != TokenKind.Word) return false;
                if (doc.TokenText(k) == "of") return true;
            }
            return false;
        }
        var prev = doc.TokenText(previous);
        return _g.OrganizationWords.Contains(prev) || _g.FacilityWords.Contains(prev) || _g.Titles.ContainsKey(prev)
            || prev is "Republic" or "Kingdom" or "State" or "States" or "Emirates" or "Sea" or "Gulf" or "Strait" or "Isle" or "Islands" or "City" or "Cape";
    }

    /// <summary>A capitalised common word at a sentence start ("The", "During", "Analysts") opens no name.</summary>
    private bool IsCommonOpener(TextDocument doc, int index, TextRange sentence, HashSet<string> lowerWords)
    {
        var word = doc.TokenSpan(index);
        if (word.Length > MaxNameWordLength) return true;
        if (_g.IsCommonWord(word)) return word.Length > 1 || word[0] is 'I' or 'A';
        if (!AtSentenceStart(doc, index, sentence)) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower) && !_g.GivenNames.Has(word)
            && _g.FindPlace(word) is null && !_g.Titles.Has(word) && !_g.OrganizationWords.Has(word);
    }

    private static bool AtSentenceStart(TextDocument doc, int index, TextRange sentence)
    {
        for (var k = index - 1; k >= sentence.FirstToken; k--)
            if (doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number) return false;
        return true;
    }

    private (PlaceEntry Entry, int End)? LongestPlace(TextDocument doc, int from, int to)
    {
        for (var len = Math.Min(Gazetteer.MaxPhraseTokens, to - from); len >= 1; len--)
        {
            var last = from + len - 1;
            if (doc.Tokens[last].Kind == TokenKind.Possessive) continue;
            var entry = _g.FindPlace(doc.Text.AsSpan(doc.Tokens[from].Start, doc.Tokens[last].End - doc.Tokens[from].Start));
            if (entry is not null) return (entry, from + len);
        }
        return null;
    }

    private bool IsOrgWord(TextDocument doc, int index) =>
        doc.Tokens[index].Kind == TokenKind.Word && doc.Tokens[index].Length <= MaxNameWordLength && _g.OrganizationWords.Has(doc.TokenSpan(index));

    private bool IsFacilityWord(TextDocument doc, int index) =>
        doc.Tokens[index].Kind == TokenKind.Word && doc.Tokens[index].Length <= MaxNameWordLength && _g.FacilityWords.Has(doc.TokenSpan(index));

    private bool IsTitleWord(TextDocument doc, int index) =>
        doc.Tokens[index].Kind == TokenKind.Word && doc.Tokens[index].Length <= MaxNameWordLength
        && (_g.Titles.Has(doc.TokenSpan(index)) || RoleNouns.Has(doc.TokenSpan(index)));

    /// <summary>Cuts the capitalised run [a, b) into mentions and types each one.</summary>
    private void Classify(TextDocument doc, int sentence, int a, int b, List<Mention> output, string? contextCountry, HashSet<string> lowerWords)
    {
        var k = a;
        var countries = new List<string>();
        if (contextCountry is not null) countries.Add(contextCountry);
        // Drop connectors and possessives that the run may start with.
        while (k < b && (IsConnector(doc, k) || doc.Tokens[k].Kind == TokenKind.Possessive)) k++;
        if (k >= b) return;

        // "Oakland Athletics of Major League Baseball", "Brigade of Couch's Division": "of" or "for" without "the" between
        // two complete organisation names makes two names ("Bank of Korea", "Committee of the Workers' Party" stay one).
        for (var p = k + 1; p < b - 1; p++)
        {
            if (doc.Tokens[p].Kind != TokenKind.Word || doc.TokenText(p) is not ("of" or "for") || IsConnector(doc, p + 1)) continue;
            var before = doc.TokenSpan(p - 1);
            if (!(IsOrgWord(doc, p - 1) && !IsStateWord(before)) && !(EndsInPlural(before) && p - k >= 2)) continue;
            var afterOrg = false;
            for (var q = p + 1; q < b && !afterOrg; q++) afterOrg = IsOrgWord(doc, q) && !IsStateWord(doc.TokenSpan(q));
            if (!afterOrg) continue;
            Classify(doc, sentence, k, p, output, contextCountry, lowerWords);
            Classify(doc, sentence, p + 1, b, output, contextCountry, lowerWords);
            return;
        }

        // Places, countries and nationalities at the head of the run.
        while (k < b && LongestPlace(doc, k, b) is { } place)
        {
            var (entry, end) = place;
            if (end == b)
            {
                output.Add(MakePlace(doc, sentence, k, end, entry, countries));
                return;
            }
            var restHasOrg = HasOrgWord(doc, end, b);
            var restHasTitle = FindTitle(doc, end, b) is not null;
            if (entry.Kind == PlaceKind.Nationality)
            {
                if (restHasOrg && !restHasTitle)
                {
                    if (entry.Country is { } c) countries.Add(c);
                    output.Add(Make(doc, sentence, k, b, MentionType.Organization, "organisation word", countries));
                    return;
                }
                output.Add(MakePlace(doc, sentence, k, end, entry, []));
                if (entry.Country is { } code) countries.Add(code);
                k = end;
                continue;
            }
            if (doc.Tokens[end].Kind == TokenKind.Possessive)
            {
                output.Add(MakePlace(doc, sentence, k, end, entry, []) with { Possessive = true });
                if (entry.Country is { } code) countries.Add(code);
                k = end + 1;
                continue;
            }
            if (restHasOrg && !restHasTitle)
            {
                if (entry.Country is { } c) countries.Add(c);
                output.Add(Make(doc, sentence, k, b, MentionType.Organization, "organisation word", countries));
                return;
            }
            if (OnlyTitles(doc, end, b))
            {
                // "U.S. Senator", "Russian President": the place, and a role that names no one.
                output.Add(MakePlace(doc, sentence, k, end, entry, []));
                return;
            }
            if (!restHasTitle && !IsConnector(doc, end) && LongestPlace(doc, end, b) is null && !LooksLikePerson(doc, end, b))
            {
                // "Miami Beach", "Seminole County": a place; "Perth Glory", "Washington Post": named after a place.
                if (IsFacilityWord(doc, b - 1))
                {
                    output.Add(Make(doc, sentence, k, b, MentionType.Location, "facility word", []) with { PlaceKind = Text.PlaceKind.Facility, Country = entry.Country });
                    return;
                }
                if (entry.Country is { } c) countries.Add(c);
                output.Add(Make(doc, sentence, k, b, MentionType.Organization, "named after a place", countries));
                return;
            }
            output.Add(MakePlace(doc, sentence, k, end, entry, []));
            k = end;
            while (k < b && (IsConnector(doc, k) || doc.Tokens[k].Kind == TokenKind.Possessive)) k++;
        }
        if (k >= b) return;

        // A title or role before the name: "Marshal of the Korean People's Army Ri Pyeong-chol".
        if (FindTitle(doc, k, b) is { } title)
        {
            var (titleIndex, roleEnd, roleOrgStart) = title;
            var roleOrg = (string?)null;
            var orgEnd = LastOrgWordBefore(doc, k, titleIndex);
            if (orgEnd >= 0)
            {
                output.Add(Make(doc, sentence, k, orgEnd + 1, MentionType.Organization, "organisation word", countries));
                roleOrg = doc.Slice(k, orgEnd);
            }
            if (roleOrgStart >= 0)
            {
                output.Add(Make(doc, sentence, roleOrgStart, roleEnd, MentionType.Organization, "organisation word", countries));
                roleOrg = doc.Slice(roleOrgStart, roleEnd - 1);
            }
            var role = doc.Slice(k, roleEnd - 1);
            var kind = _g.Titles.TryGetValue(doc.TokenText(titleIndex), out var k2) ? k2 : "role";
            var name = Make(doc, sentence, roleEnd, b, MentionType.Person, "title", countries) with { Role = role, RoleKind = kind, RoleOrganization = roleOrg };
            output.Add(name);
            return;
        }

        // Organisations: a run holding an organisation word. "Korean People's Army Ri Pyeong-chol" holds two names.
        var firstOrg = -1;
        for (var p = k; p < b; p++)
        {
            if (!IsOrgWord(doc, p)) continue;
            if (firstOrg < 0) firstOrg = p;
            if (p > k && b - (p + 1) >= 2 && !HasOrgWord(doc, p + 1, b) && !IsConnector(doc, p + 1) && LooksLikePerson(doc, p + 1, b))
            {
                output.Add(Make(doc, sentence, k, p + 1, MentionType.Organization, "organisation word", countries));
                output.Add(Make(doc, sentence, p + 1, b, MentionType.Person, "name shape", []));
                return;
            }
        }
        if (firstOrg >= 0 && b - k >= 2 && !(IsFacilityWord(doc, b - 1) && !IsOrgWord(doc, b - 1)))
        {
            output.Add(Make(doc, sentence, k, b, MentionType.Organization, "organisation word", countries));
            return;
        }
        if (IsFacilityWord(doc, b - 1) && b - k >= 2)
        {
            output.Add(Make(doc, sentence, k, b, MentionType.Location, "facility word", countries) with { PlaceKind = Text.PlaceKind.Facility, Country = countries.FirstOrDefault() });
            return;
        }
        // Two letters are as often a record format or a title ("EP", "DJ", "KO") as a body, unless "the" makes them one ("the UN").
        if (b - k == 1 && IsAcronym(doc.TokenSpan(k)) && !IsRomanNumeral(doc.TokenSpan(k)) && (doc.Tokens[k].Length >= 3 || (k > 0 && doc.TokenText(k - 1) is "the" or "The")))
        {
            output.Add(Make(doc, sentence, k, b, MentionType.Organization, "acronym", countries));
            return;
        }
        if (WorkOrEventWords.Has(doc.TokenSpan(b - 1)))
        {
            // "Stanley Cup", "Nobel Prize", "Gulf War": named after people, but events, awards and works.
            output.Add(Make(doc, sentence, k, b, MentionType.Other, "event or work", countries));
            return;
        }
        // "DJ Shadow", "MC Lyte": a stage name keeps its prefix.
        if (b - k >= 2 && doc.TokenText(k) is "DJ" or "MC" && !HasOrgWord(doc, k + 1, b))
        {
            output.Add(Make(doc, sentence, k, b, MentionType.Person, "stage name", countries));
            return;
        }
        // "Sandy Hook", "Black Pepper": a given name the text also writes in lower case is a common word here.
        var givenNameIsWord = _g.GivenNames.Has(doc.TokenSpan(k)) && IsLowercaseWordHere(doc.TokenText(k), lowerWords);
        if ((givenNameIsWord ? LooksLikePerson(doc, k, b, givenNames: false) : LooksLikePerson(doc, k, b)) || PrecededByRole(doc, k, sentence, lone: b - k == 1))
        {
            output.Add(Make(doc, sentence, k, b, MentionType.Person, "name shape", countries));
            return;
        }
        output.Add(Make(doc, sentence, k, b, MentionType.Other, "capitalised", countries));
    }

    /// <summary>"III", "XXX", "CD": letters of Roman numerals only, a number or a format rather than a body.</summary>
    private static bool IsRomanNumeral(ReadOnlySpan<char> w)
    {
        if (w.Length > 4) return false;
        foreach (var c in w)
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')) return false;
        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 6) return false;
        foreach (var c in w)
            if (!char.IsUpper(c) && c != '.' && c != '&') return false;
        return true;
    }

    private bool HasOrgWord(TextDocument doc, int from, int to)
    {
        for (var p = from; p < to; p++)
            if (IsOrgWord(doc, p)) return true;
        return false;
    }

    private bool HasGenericConnector(TextDocument doc, int from, int to)
    {
        for (var p = from; p < to; p++)
            if (doc.Tokens[p].Kind == TokenKind.Word && doc.TokenText(p) is "of" or "the" or "and" or "for") return true;
        return false;
    }

    private int LastOrgWordBefore(TextDocument doc, int from, int to)
    {
        for (var p = to - 1; p >= from; p--)
            if (IsOrgWord(doc, p)) return p;
        return -1;
    }

    /// <summary>
    /// The last title in [from, to) that is followed by a name: its index, where the role ends (after an
    /// "of …" organisation, if any) and where that organisation starts (-1 when none).
    /// </summary>
    private (int Title, int RoleEnd, int OrgStart)? FindTitle(TextDocument doc, int from, int to)
    {
        (int, int, int)? found = null;
        for (var t = from; t < to - 1; t++)
        {
            if (!IsTitleWord(doc, t)) continue;
            if (IsConnector(doc, t + 1) && doc.TokenText(t + 1) == "of")
            {
                var q = t + 1;
                while (q < to && IsConnector(doc, q)) q++;
                var orgStart = q;
                var end = -1;
                for (var p = q; p < to - 1; p++)
                {
                    if (IsOrgWord(doc, p) || IsFacilityWord(doc, p)) { end = p + 1; break; }
                }
                if (end < 0 && LongestPlace(doc, q, to) is { } pl && pl.End < to) end = pl.End;
                if (end > 0 && end < to && IsNameWord(doc, end) && !HasOrgWord(doc, end, to))
                    found = (t, end, orgStart);
                continue;
            }
            if (IsNameWord(doc, t + 1) && !IsTitleWord(doc, t + 1) && !HasOrgWord(doc, t + 1, to) && !HasGenericConnector(doc, t + 1, to)
                && !IsTitleWord(doc, to - 1) && LongestPlace(doc, t + 1, to)?.End != to)
                found = (t, t + 1, -1);
        }
        return found;
    }

    private bool LooksLikePerson(TextDocument doc, int from, int to, bool givenNames = true)
    {
        if (givenNames && _g.GivenNames.Has(doc.TokenSpan(from))) return true;
        // "al-Qaida" alone may be a group as well as a family name ("al-Assad"): left to the lists and coreference.
        if (to - from == 1) return false;
        for (var p = from; p < to; p++)
        {
            var w = doc.TokenSpan(p);
            if (doc.Tokens[p].Kind != TokenKind.Word) continue;
            if (IsParticleName(w)) return true;
            if (p > from && IsConnector(doc, p) && doc.TokenText(p) is "bin" or "ibn" or "bint" or "abu" or "al" or "van" or "von" or "de" or "da" or "di") return true;
            // Hyphenated given names of Korean romanisation: "Pyeong-chol", "Soo-seok", "Jong-un".
            var dash = w.IndexOf('-');
            if (p > from && dash > 0 && dash + 1 < w.Length && char.IsLower(w[dash + 1]) && char.IsUpper(w[0]) && w.Length <= 14) return true;
        }
        return false;
    }

    /// <summary>A lower-case role before the name; a lone word only after a noun that is never an adjective ("guitarist", not "official").</summary>
    private bool PrecededByRole(TextDocument doc, int index, int sentence, bool lone)
    {
        var first = doc.Sentences[sentence].FirstToken;
        if (index - 1 < first) return false;
        var t = doc.Tokens[index - 1];
        return t.Kind == TokenKind.Word && char.IsLower(doc.Text[t.Start])
            && ((!lone && RoleNouns.Has(doc.TokenSpan(index - 1))) || PersonNouns.Has(doc.TokenSpan(index - 1)));
    }

    /// <summary>"North Korean leader Kim Jong Un", "Russia's Pacific Fleet": the nationality or country a few role words before a name.</summary>
    private void AddAdjacentCountries(TextDocument doc, List<Mention> mentions, int from)
    {
        for (var m = Math.Max(from, 1); m < mentions.Count; m++)
        {
            var cur = mentions[m];
            if (cur.Type is not (MentionType.Person or MentionType.Organization or MentionType.Other)) continue;
            var prev = mentions[m - 1];
            if (prev.Sentence != cur.Sentence || prev.Country is null) continue;
            if (prev.Type != MentionType.Nationality && !(prev.Type == MentionType.Location && prev.Possessive)) continue;
            var gap = prev.Possessive ? prev.EndToken + 1 : prev.EndToken;
            // Only role words between them ("North Korean leader …", "ruling party official …").
            var ok = cur.FirstToken - gap <= 4 && (cur.FirstToken == gap || RoleNouns.Has(doc.TokenSpan(cur.FirstToken - 1)));
            for (var k = gap; ok && k < cur.FirstToken; k++)
            {
                var t = doc.Tokens[k];
                ok = t.Kind == TokenKind.Word && char.IsLower(doc.Text[t.Start]);
            }
            if (ok && !cur.ContextCountries.Contains(prev.Country))
                mentions[m] = cur with { ContextCountries = [.. cur.ContextCountries, prev.Country] };
        }
        // Apposition: "Saddam Hussain, a 21-year-old Pakistani fast bowler, …".
        for (var m = from; m + 1 < mentions.Count; m++)
        {
            var cur = mentions[m];
            var next = mentions[m + 1];
            if (cur.Type is not (MentionType.Person or MentionType.Organization) || next.Type != MentionType.Nationality || next.Country is null) continue;
            if (next.Sentence != cur.Sentence || next.FirstToken - cur.EndToken > 6 || cur.EndToken >= doc.Tokens.Count) continue;
            if (doc.Tokens[cur.EndToken].Kind != TokenKind.Punctuation || doc.Text[doc.Tokens[cur.EndToken].Start] != ',') continue;
            var ok = true;
            for (var k = cur.EndToken + 1; ok && k < next.FirstToken; k++)
            {
                var t = doc.Tokens[k];
                ok = (t.Kind == TokenKind.Word && char.IsLower(doc.Text[t.Start])) || t.Kind == TokenKind.Number
                    || (t.Kind == TokenKind.Punctuation && doc.Text[t.Start] == '-');
            }
            if (ok && !cur.ContextCountries.Contains(next.Country))
                mentions[m] = cur with { ContextCountries = [.. cur.ContextCountries, next.Country] };
        }
    }

    /// <summary>
    /// A single unknown capitalised word that is a word of a person's name found elsewhere ("Putin", "Lim",
    /// "Kim"), or that is followed by a verb of speech, is a person.
    /// </summary>
    private List<Mention> ResolveShortNames(TextDocument doc, List<Mention> mentions, HashSet<string> lowerWords)
    {
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Person || m.EndToken - m.FirstToken < 2) continue;
            personWords.Add(CoreferenceResolver.NameKey(doc.TokenText(m.FirstToken)));
            personWords.Add(CoreferenceResolver.NameKey(doc.TokenText(m.EndToken - 1)));
        }
        NamedInFullAndByFamilyName(doc, mentions, personWords, lowerWords);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type == MentionType.Person && m.EndToken - m.FirstToken == 1 && m.Cue is "name shape" or "speaker"
                && !personWords.Contains(CoreferenceResolver.NameKey(m.Text)) && IsLowercaseWordHere(m.Text, lowerWords))
            {
                // "Researchers said", "Hunter": a lone word the text also writes in lower case is a common noun, not a name.
                mentions[i] = m with { Type = MentionType.Other, Cue = "common noun" };
                continue;
            }
            if (m.Type != MentionType.Other) continue;
            if (m.EndToken - m.FirstToken is 2 or 3 && EndsInFamilyName(doc, m, lowerWords))
            {
                mentions[i] = m with { Type = MentionType.Person, Cue = "family name" };
                continue;
            }
            if (m.FirstToken > 1 && m.EndToken - m.FirstToken <= 3 && AfterTeamVerb(doc, m.FirstToken))
            {
                mentions[i] = m with { Type = MentionType.Organization, Cue = "team or body" };
                continue;
            }
            if (m.FirstToken > 0 && m.EndToken - m.FirstToken <= 3 && IsPlacePreposition(doc, m.FirstToken - 1) && doc.TokenText(m.FirstToken) != "The")
            {
                mentions[i] = m with { Type = MentionType.Location, Cue = "after a preposition of place" };
                continue;
            }
            if (m.EndToken - m.FirstToken <= 3 && (AfterPlaceNoun(doc, m.FirstToken) || BeforePlace(doc, mentions, i)
                || (m.EndToken - m.FirstToken == 2 && IsCompassOrAgeWord(doc.TokenText(m.FirstToken)))))
            {
                mentions[i] = m with { Type = MentionType.Location, Cue = "place context" };
                continue;
            }
            if (TeamOrBody(doc, m) || (m.EndToken - m.FirstToken <= 3 && NextToBodyNoun(doc, m)))
            {
                mentions[i] = m with { Type = MentionType.Organization, Cue = "team or body" };
                continue;
            }
            if (m.EndToken - m.FirstToken is 2 or 3 && PersonContext(doc, m))
            {
                mentions[i] = m with { Type = MentionType.Person, Cue = "person context" };
                continue;
            }
            if (m.EndToken - m.FirstToken != 1) continue;
            if (personWords.Contains(CoreferenceResolver.NameKey(m.Text)))
                mentions[i] = m with { Type = MentionType.Person, Cue = "short name of a person named in full" };
            else if (IsOrgWord(doc, m.FirstToken) || IsFacilityWord(doc, m.FirstToken) || IsTitleWord(doc, m.FirstToken) || IsParticleName(m.Text))
                continue;
            else if (m.EndToken < doc.Tokens.Count && doc.Tokens[m.EndToken].Kind == TokenKind.Word && SpeechVerbs.Has(doc.TokenSpan(m.EndToken)))
                mentions[i] = m with { Type = MentionType.Person, Cue = "speaker" };
            else if (m.Cue == "capitalised" && !IsAcronym(m.Text) && IsLowercaseWordHere(m.Text, lowerWords))
                // "Fortune", "Humanity": a lone capitalised word the text also writes in lower case is a common word here.
                mentions[i] = m with { Cue = "common noun" };
        }
        return mentions;
    }

    /// <summary>
    /// A two- or three-word name in the shape of a person's ("Given Family": letters only, not all capitals) after
    /// "by" ("written by …") or before "who", a birth date in brackets or a verb of speech.
    /// </summary>
    private static bool PersonContext(TextDocument doc, Mention m)
    {
        for (var p = m.FirstToken; p < m.EndToken; p++)
        {
            var w = doc.TokenSpan(p);
            if (doc.Tokens[p].Kind != TokenKind.Word || w.Length < 2 || IsAcronym(w) || !char.IsUpper(w[0])) return false;
        }
        var tokens = doc.Tokens;
        if (m.FirstToken > 0 && tokens[m.FirstToken - 1].Kind == TokenKind.Word && doc.TokenText(m.FirstToken - 1) == "by") return true;
        var e = m.EndToken;
        if (e >= tokens.Count) return false;
        if (tokens[e].Kind == TokenKind.Word && (doc.TokenText(e) == "who" || SpeechVerbs.Has(doc.TokenSpan(e)))) return true;
        if (tokens[e].Kind == TokenKind.Punctuation && doc.Text[tokens[e].Start] == ',' && e + 1 < tokens.Count && doc.TokenText(e + 1) == "who") return true;
        return tokens[e].Kind == TokenKind.Punctuation && doc.Text[tokens[e].Start] == '(' && e + 1 < tokens.Count
            && (tokens[e + 1].Kind == TokenKind.Number || doc.TokenText(e + 1) is "born" or "b");
    }

    /// <summary>
    /// "Dewa Budjana … Budjana": an unknown two- or three-word name in the shape of a person's whose last word the text
    /// also uses alone is a person referred to by family name, the convention of news and encyclopaedic prose.
    /// </summary>
    private void NamedInFullAndByFamilyName(TextDocument doc, List<Mention> mentions, HashSet<string> personWords, HashSet<string> lowerWords)
    {
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Type == MentionType.Other && m.EndToken - m.FirstToken == 1 && m.Cue == "capitalised" && !IsAcronym(m.Text)) alone.Add(CoreferenceResolver.NameKey(m.Text));
        if (alone.Count == 0) return;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != MentionType.Other || m.EndToken - m.FirstToken is not (2 or 3) || !PersonShaped(doc, m, lowerWords)) continue;
            // "Old Goa", "West Sebago" are places; "Bowling Green Falcons", "European Jews" end in a plural.
            if (IsCompassOrAgeWord(doc.TokenText(m.FirstToken)) || EndsInPlural(doc.TokenSpan(m.EndToken - 1))) continue;
            var last = CoreferenceResolver.NameKey(doc.TokenText(m.EndToken - 1));
            if (!alone.Contains(last)) continue;
            mentions[i] = m with { Type = MentionType.Person, Cue = "named in full and by family name" };
            personWords.Add(last);
            personWords.Add(CoreferenceResolver.NameKey(doc.TokenText(m.FirstToken)));
        }
    }

    private bool OnlyTitles(TextDocument doc, int from, int to)
    {
        for (var p = from; p < to; p++)
            if (!IsTitleWord(doc, p)) return false;
        return to > from;
    }

    private static bool IsStateWord(ReadOnlySpan<char> w) => w is "Republic" or "Kingdom" or "Union" or "United" or "Federation" or "Government";

    private static bool IsCompassOrAgeWord(string w) =>
        w is "North" or "South" or "East" or "West" or "Upper" or "Lower" or "Old" or "Central" or "Northern" or "Southern" or "Eastern" or "Western";

    private static bool EndsInPlural(ReadOnlySpan<char> w) => w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && char.IsLower(w[^2]);

    /// <summary>Title-case words of letters, none a common, place, organisation or facility word nor written in lower case in the text.</summary>
    private bool PersonShaped(TextDocument doc, Mention m, HashSet<string> lowerWords)
    {
        for (var p = m.FirstToken; p < m.EndToken; p++)
        {
            var w = doc.TokenSpan(p);
            if (doc.Tokens[p].Kind != TokenKind.Word || w.Length < 2 || IsAcronym(w) || !char.IsUpper(w[0])) return false;
            if (_g.IsCommonWord(w) || _g.FindPlace(w) is not null || IsOrgWord(doc, p) || IsFacilityWord(doc, p) || WorkOrEventWords.Has(w)) return false;
            if (IsLowercaseWordHere(w.ToString(), lowerWords)) return false;
        }
        return true;
    }

    /// <summary>"Chick Corea", "Arran Murphy": words of letters in the shape of a name, the last a known family name.</summary>
    private bool EndsInFamilyName(TextDocument doc, Mention m, HashSet<string> lowerWords)
    {
        for (var p = m.FirstToken; p < m.EndToken; p++)
        {
            var w = doc.TokenSpan(p);
            if (doc.Tokens[p].Kind != TokenKind.Word || w.Length < 2 || IsAcronym(w) || !char.IsUpper(w[0])) return false;
            if (_g.IsCommonWord(w) || _g.FindPlace(w) is not null || IsOrgWord(doc, p) || IsFacilityWord(doc, p)) return false;
            // "Independence Day", "Beautiful Lie": a word the text also writes in lower case is a common word here.
            if (IsLowercaseWordHere(w.ToString(), lowerWords) || WorkOrEventWords.Has(w)) return false;
        }
        return _g.FamilyNames.Has(doc.TokenSpan(m.EndToken - 1));
    }

    private static bool IsLowercaseWordHere(string word, HashSet<string> lowerWords)
    {
        if (word.Length > MaxNameWordLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return lowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>
    /// "the League", "the Army": a lone organisation word after "the" inside a sentence; "Devil Rays", "River Cats":
    /// several capitalised words ending in a plural, the shape of team and band names.
    /// </summary>
    private bool TeamOrBody(TextDocument doc, Mention m)
    {
        var n = m.EndToken - m.FirstToken;
        if (n == 1)
            return m.FirstToken > 0 && doc.TokenText(m.FirstToken - 1) == "the" && IsOrgWord(doc, m.FirstToken);
        var last = doc.TokenSpan(m.EndToken - 1);
        if (m.Cue != "capitalised" || doc.Tokens[m.EndToken - 1].Kind != TokenKind.Word || last.Length < 4 || IsAcronym(last)) return false;
        // "Britney Spears", "C. H. Douglas": a given name or an initial first makes a person, not a team.
        var first = doc.TokenSpan(m.FirstToken);
        if (_g.GivenNames.Has(first) || first.Length == 1 || _g.FamilyNames.Has(last)) return false;
        return last[^1] == 's' && last[^2] is not ('s' or 'u' or 'i') && char.IsLower(last[^2]);
    }

    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "band", "label", "company", "firm", "club", "team", "group", "newspaper", "magazine", "station", "network", "party",
        "brand", "manufacturer", "publisher", "studio", "airline", "retailer", "chain", "franchise", "outfit", "corporation",
    };

    /// <summary>"the band X", "the X company": a lower-case noun for a body right before or after the name.</summary>
    private static bool NextToBodyNoun(TextDocument doc, Mention m)
    {
        var before = m.FirstToken - 1;
        if (before >= 0 && doc.Tokens[before].Kind == TokenKind.Word && BodyNouns.Contains(doc.TokenText(before))) return true;
        return m.EndToken < doc.Tokens.Count && doc.Tokens[m.EndToken].Kind == TokenKind.Word && BodyNouns.Contains(doc.TokenText(m.EndToken));
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "hamlet", "county", "province", "state", "region", "district", "island", "islands", "river", "lake",
        "suburb", "parish", "municipality", "borough", "port", "capital", "valley", "peninsula", "prefecture", "township", "canton",
    };

    /// <summary>
    /// "the town of Aldworth", "the island of Divar": a lower-case place noun and "of" before the name; in Russian the
    /// noun alone, in any case ("на космодроме Восточный", "в городе Казани").
    /// </summary>
    private static bool AfterPlaceNoun(TextDocument doc, int first)
    {
        if (first >= 1 && doc.Tokens[first - 1].Kind == TokenKind.Word && doc.Tokens[first - 1].Length >= 4 && char.IsLower(doc.Text[doc.Tokens[first - 1].Start]))
        {
            var noun = doc.TokenText(first - 1);
            if (RussianPlaceNouns.Any(p => noun.StartsWith(p, StringComparison.Ordinal))) return true;
        }
        return first >= 2 && doc.Tokens[first - 1].Kind == TokenKind.Word && doc.TokenText(first - 1) == "of"
            && doc.Tokens[first - 2].Kind == TokenKind.Word && PlaceNouns.Contains(doc.TokenText(first - 2));
    }

    private static readonly string[] RussianPlaceNouns =
        ["город", "порт", "космодром", "аэропорт", "район", "област", "деревн", "улиц", "озер", "остров", "провинци", "регион", "столиц", "посёлк", "поселк", "полигон", "завод"];

    /// <summary>"Bridgton, Maine": a name followed by a comma and a known place is a place within it.</summary>
    private static bool BeforePlace(TextDocument doc, List<Mention> mentions, int index)
    {
        if (index + 1 >= mentions.Count) return false;
        var m = mentions[index];
        var next = mentions[index + 1];
        return next.Type == MentionType.Location && next.Cue == "gazetteer" && next.FirstToken == m.EndToken + 1
            && doc.Tokens[m.EndToken].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[m.EndToken].Start] == ',';
    }

    /// <summary>"played for X", "signed with X", "drafted by X": the name a player or artist plays, signs or records for is a team or label.</summary>
    private static bool AfterTeamVerb(TextDocument doc, int first)
    {
        if (doc.Tokens[first - 1].Kind != TokenKind.Word || doc.Tokens[first - 2].Kind != TokenKind.Word) return false;
        var prep = doc.TokenText(first - 1);
        var verb = doc.TokenText(first - 2);
        return prep switch
        {
            "for" => verb is "played" or "plays" or "playing" or "signed" or "signs" or "scored" or "pitched" or "starred" or "recorded" or "appeared" or "debuted" or "competed" or "raced" or "drove",
            "with" => verb is "signed" or "signs" or "contract" or "deal",
            "by" => verb is "drafted" or "signed" or "released" or "acquired" or "traded",
            "against" => verb is "played" or "debut" or "scored" or "win" or "won" or "loss" or "victory" or "game" or "match",
            _ => false,
        };
    }

    private static bool IsPlacePreposition(TextDocument doc, int index) =>
        doc.Tokens[index].Kind == TokenKind.Word && doc.TokenText(index) is "in" or "at" or "near" or "from" or "outside" or "across" or "into";

    private static Mention Make(TextDocument doc, int sentence, int from, int to, MentionType type, string cue, IReadOnlyList<string> countries) => new()
    {
        Start = doc.Tokens[from].Start,
        End = doc.Tokens[to - 1].End,
        Text = doc.Slice(from, to - 1),
        Type = type,
        FirstToken = from,
        EndToken = to,
        Sentence = sentence,
        Cue = cue,
        ContextCountries = countries.Distinct().ToArray(),
        Possessive = to < doc.Tokens.Count && doc.Tokens[to].Kind == TokenKind.Possessive,
    };

    private static Mention MakePlace(TextDocument doc, int sentence, int from, int to, PlaceEntry entry, IReadOnlyList<string> countries) =>
        Make(doc, sentence, from, to, entry.Kind == Text.PlaceKind.Nationality ? MentionType.Nationality : MentionType.Location, "gazetteer", countries)
            with { PlaceKind = entry.Kind, Country = entry.Country };
}
