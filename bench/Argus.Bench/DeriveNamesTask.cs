using Argus.Names;
using YamlDotNet.RepresentationModel;

namespace Argus.Bench;

/// <summary>
/// Derives the name tables the library embeds from the open name data in ../shared/data/names
/// (rigour, nicknames, namor): given-name groups and known given names, legal forms, organisation
/// words and their symbols, number words. Every word is normalised as names are (NameParser.Words),
/// so Cyrillic and Greek entries land on the Latin spelling a screen compares.
/// </summary>
public static class DeriveNamesTask
{
    private const string Command = "dotnet run -c Release --project bench/Argus.Bench -- derive-names";
    private const string Rigour = "opensanctions/rigour @ 8f4044dd6719d71e8ba59b5033818ff407e0efab, MIT";
    private const string Namor = "DLu/namor_data @ 1c22303c9b6cc69595d0372beec4bf2e7cfc3252 (Wiktionary), BSD 3-Clause / CC BY-SA";
    private const string Nicknames = "carltonnorthern/nicknames @ 21d75051c39cb022d145388d60c87dc30505228b, Apache 2.0";

    // Scripts whose transliteration keeps a name's vowels: abjads and syllabaries are left to the script rules.
    private static readonly string[] NamorFiles = ["Latin_*.yaml", "Cyrillic.yaml", "Greek.yaml"];

    public static int Run(string[] args)
    {
        var data = args.Length > 0 ? args[0] : Path.Combine(DeriveWeightsTask.RepoRoot(), "..", "shared", "data", "names");
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"derive-names: no name data at {Path.GetFullPath(data)}");
            return 1;
        }
        var output = Path.Combine(DeriveWeightsTask.RepoRoot(), "src", "Argus", "Names", "Resources");
        var givenNames = new SortedSet<string>(StringComparer.Ordinal);
        var groups = GivenNameGroups(data, givenNames);
        WriteGivenNames(output, groups, givenNames);
        WriteOrganisationSymbols(output, Yaml(Path.Combine(data, "rigour", "symbols.yml")));
        WriteLegalForms(output, Yaml(Path.Combine(data, "rigour", "org_types.yml")));
        WriteNumberWords(output, Yaml(Path.Combine(data, "rigour", "ordinals.yml")), givenNames);
        WriteTitles(output, Yaml(Path.Combine(data, "rigour", "stopwords.yml")), givenNames);
        return 0;
    }

    private static YamlMappingNode Yaml(string path)
    {
        using var reader = File.OpenText(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The one normalised word a name is, or null when it is several words or too short to tell names apart.</summary>
    private static string? OneWord(string name)
    {
        var words = NameParser.Words(name);
        if (words.Count != 1 || words[0].Length < 3 || name.Any(char.IsDigit) || words[0].Any(char.IsAsciiDigit)) return null;
        var w = words[0];
        return NameVocabulary.Particles.ContainsKey(w) || NameVocabulary.IsOneWordTitle(w) ? null : w;
    }

    private static IEnumerable<string> Scalars(YamlNode? node) => node switch
    {
        YamlSequenceNode s => s.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? ""),
        YamlScalarNode v => [v.Value ?? ""],
        _ => [],
    };

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>
    /// One group per name that others point to: the name, the names short for it, variants and equivalents
    /// of it, and its diminutives. Two names are the same given name when they share a group (Sasha and
    /// Alex both short for Alexander), never by a chain of groups.
    /// </summary>
    private static SortedDictionary<string, GivenNameGroup> GivenNameGroups(string data, SortedSet<string> known)
    {
        var groups = new SortedDictionary<string, GivenNameGroup>(StringComparer.Ordinal);
        void Add(string? canonical, string? member, bool sameName = false)
        {
            if (canonical is null || member is null || canonical == member) return;
            if (!groups.TryGetValue(canonical, out var group)) groups[canonical] = group = new GivenNameGroup();
            group.Members.Add(member);
            if (sameName) group.SameName.Add(member);
        }
        foreach (var pattern in NamorFiles)
            foreach (var file in Directory.GetFiles(Path.Combine(data, "namor"), pattern).Order(StringComparer.Ordinal))
                foreach (var (key, value) in Yaml(file).Children)
                {
                    var name = OneWord(((YamlScalarNode)key).Value ?? "");
                    if (name is null) continue;
                    known.Add(name);
                    if (value is not YamlMappingNode entry) continue;
                    foreach (var relation in new[] { "is_short_for", "is_a_variant_of", "is_equivalent_to" })
                        foreach (var target in Scalars(Child(entry, relation))) Add(OneWord(target), name, relation != "is_short_for");
                    foreach (var diminutive in Scalars(Child(entry, "diminutives"))) Add(name, OneWord(diminutive));
                }
        foreach (var line in File.ReadLines(Path.Combine(data, "nicknames", "names.csv")).Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length == 3 && cells[1] == "has_nickname") Add(OneWord(cells[0]), OneWord(cells[2]));
        }
        // rigour's person_nick: each entry lists a short form and the name it is short for, the full name last.
        if (Child(Yaml(Path.Combine(data, "rigour", "symbols.yml")), "person_nick") is YamlMappingNode nicks)
            foreach (var (_, value) in nicks.Children)
            {
                var names = Scalars(value).Select(OneWord).ToArray();
                if (names.Length < 2) continue;
                foreach (var n in names[..^1]) Add(names[^1], n);
            }
        foreach (var (canonical, group) in groups)
        {
            known.Add(canonical);
            known.UnionWith(group.Members);
        }
        // A word that is also a Chinese or Korean syllable (Juan, Yan, Chuan, Joon) names Asian people far
        // more often in the lists than the European name it is a form of: only English nicknames (Dan, Ben) stay.
        var english = File.ReadLines(Path.Combine(data, "nicknames", "names.csv")).Skip(1).SelectMany(l => l.Split(',')).Select(OneWord).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool Asian(string w) => !english.Contains(w) && (PinyinSyllables.IsSyllable(w) || KoreanReadings.SyllablesSpelled(w).Length > 0);
        foreach (var canonical in groups.Keys.ToArray())
        {
            if (Asian(canonical)) { groups.Remove(canonical); continue; }
            groups[canonical].Members.RemoveWhere(Asian);
            groups[canonical].SameName.RemoveWhere(Asian);
            if (groups[canonical].Members.Count == 0) groups.Remove(canonical);
        }
        return groups;
    }

    private static void Header(StreamWriter w, string what, string source, string columns)
    {
        w.WriteLine($"# {what}");
        w.WriteLine($"# Source: {source}. Derived, not edited: regenerate with `{Command}`.");
        w.WriteLine($"# {columns}");
    }

    /// <summary>
    /// The names of one given name: all its forms, and of them those that are the same name in another language
    /// or another spelling (Pablo, Pavel of Paul), which equal each other; a short form (Bill) equals only those.
    /// </summary>
    private sealed record GivenNameGroup
    {
        public SortedSet<string> Members { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> SameName { get; } = new(StringComparer.Ordinal);
    }

    private static void WriteGivenNames(string output, SortedDictionary<string, GivenNameGroup> groups, SortedSet<string> known)
    {
        using (var w = new StreamWriter(Path.Combine(output, "given-name-groups.tsv")))
        {
            Header(w, "Given names and their short forms, variants and equivalents in other languages (Bill = William, Sasha = Aleksandr, Giorgio = George).",
                $"namor ({Namor}) Latin, Cyrillic and Greek given names; nicknames/names.csv ({Nicknames}); rigour symbols.yml person_nick ({Rigour})",
                "source\tname\tnames that are the same given name (space separated)\tof them, the name in other languages or spellings (equal to each other; the others are short forms)");
            foreach (var (canonical, group) in groups) w.WriteLine($"Given name\t{canonical}\t{string.Join(' ', group.Members)}\t{string.Join(' ', group.SameName)}");
        }
        using (var w = new StreamWriter(Path.Combine(output, "given-names.txt")))
        {
            Header(w, "Known given names: two different names of this list are two given names, not a typo of each other (Maria / Marina).",
                $"namor ({Namor}) Latin, Cyrillic and Greek given names and the names of given-name-groups.tsv", "one normalised name a line");
            foreach (var n in known) w.WriteLine(n);
        }
        Console.Error.WriteLine($"{groups.Count:N0} given-name groups, {known.Count:N0} known given names");
    }

    /// <summary>rigour's org_symbols: words of organisation names in many languages that mean one thing (company = компания = compagnie).</summary>
    private static void WriteOrganisationSymbols(string output, YamlMappingNode symbols)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var rows = new List<string>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in (YamlMappingNode)Child(symbols, "org_symbols")!)
        {
            var symbol = string.Join(' ', NameParser.Words(((YamlScalarNode)key).Value!));
            var members = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var word in Scalars(value))
            {
                var ws = NameParser.Words(word);
                if (ws.Count != 1 || ws[0].Length < 2) continue;
                // A word that two symbols claim stays with the first: one word, one meaning.
                if (owner.TryGetValue(ws[0], out var first) && first != symbol) continue;
                owner[ws[0]] = symbol;
                members.Add(ws[0]);
                if (ws[0].Length >= 3) words.Add(ws[0]);
            }
            // The symbol names the group when it is a word itself (co, org), else its first word.
            var head = members.Contains(symbol) ? symbol : members.Min;
            if (members.Count >= 2) rows.Add($"Organisation word\t{head}\t{string.Join(' ', members.Where(m => m != head))}");
        }
        using (var w = new StreamWriter(Path.Combine(output, "organisation-symbols.tsv")))
        {
            Header(w, "Words of organisation names that mean the same, in many languages and abbreviations (company = co = compagnie = компания).",
                $"rigour symbols.yml org_symbols ({Rigour})", "source\tword\twords of the same meaning (space separated)");
            foreach (var r in rows) w.WriteLine(r);
        }
        using (var w = new StreamWriter(Path.Combine(output, "organisation-words.txt")))
        {
            Header(w, "Words that make a name an organisation's (bank, company, trading…), lower case, one a line.",
                $"rigour symbols.yml org_symbols ({Rigour})", "one normalised word a line");
            foreach (var word in words) w.WriteLine(word);
        }
        Console.Error.WriteLine($"{rows.Count:N0} organisation symbols, {words.Count:N0} organisation words");
        // org_domains: what organisations do (airline, supply, culture); generic beside a name they share.
        var domains = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, value) in (YamlMappingNode)Child(symbols, "org_domains")!)
            foreach (var word in Scalars(value))
                if (NameParser.Words(word) is { Count: 1 } ws && ws[0].Length >= 3 && !words.Contains(ws[0])) domains.Add(ws[0]);
        using (var w = new StreamWriter(Path.Combine(output, "organisation-domains.txt")))
        {
            Header(w, "Words that say what an organisation does (airline, supply, culture…), lower case, one a line; organisation words are in organisation-words.txt.",
                $"rigour symbols.yml org_domains ({Rigour})", "one normalised word a line");
            foreach (var word in domains) w.WriteLine(word);
        }
        Console.Error.WriteLine($"{domains.Count:N0} organisation domain words");
    }

    private static readonly HashSet<string> NotForms = new(StringComparer.Ordinal)
    {
        "in", "is", "no", "of", "at", "as", "go", "on", "or", "an", "to", "be", "et", "ii", "iv", "vi", "ix", "xi",
    };

    /// <summary>rigour's org_types: legal forms in many languages, each with the generic form it belongs to (Aktiengesellschaft = AG → JSC).</summary>
    private static void WriteLegalForms(string output, YamlMappingNode types)
    {
        var forms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var conflicts = 0;
        foreach (var type in ((YamlSequenceNode)Child(types, "types")!).Children.OfType<YamlMappingNode>())
        {
            var display = Scalars(Child(type, "display")).FirstOrDefault();
            var compare = Scalars(Child(type, "compare")).FirstOrDefault();
            var generic = Scalars(Child(type, "generic")).FirstOrDefault();
            var cls = generic ?? compare ?? display;
            if (cls is null) continue;
            foreach (var alias in Scalars(Child(type, "aliases")).Append(display ?? "").Append(compare ?? ""))
            {
                var words = NameParser.Words(alias);
                // A single letter is an initial of a name far more often than a legal form, and a word of
                // English or a Roman numeral ("in", "of", "II") is a word of the name.
                if (words.Count == 0 || words.Count == 1 && (words[0].Length < 2 || NotForms.Contains(words[0]))) continue;
                var form = string.Join(' ', words);
                if (forms.TryGetValue(form, out var had)) { if (had != cls) conflicts++; continue; }
                forms[form] = cls;
            }
        }
        using var w = new StreamWriter(Path.Combine(output, "legal-forms.tsv"));
        Header(w, "Company legal forms in any language and the generic form each belongs to; matched as whole word sequences after normalisation.",
            $"rigour org_types.yml ({Rigour}); a form two types claim stays with the first", "form\tgeneric form");
        foreach (var (form, cls) in forms) w.WriteLine($"{form}\t{cls}");
        Console.Error.WriteLine($"{forms.Count:N0} legal forms ({conflicts} claimed twice, first kept)");
    }

    /// <summary>
    /// rigour's person-name prefixes: titles and honorifics (Mr, Frau, His Excellency, The Right Honourable). A
    /// one-word title that is also a given name (rigour already leaves out Major, King, Sultan) is left out too:
    /// it would be taken from the start of a name it is.
    /// </summary>
    private static void WriteTitles(string output, YamlMappingNode stopwords, SortedSet<string> givenNames)
    {
        var titles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var prefix in Scalars(Child(stopwords, "PERSON_NAME_PREFIXES")))
        {
            var words = NameParser.Words(prefix);
            if (words.Count == 0 || words.Count == 1 && (givenNames.Contains(words[0]) || NameVocabulary.Particles.ContainsKey(words[0]))) continue;
            titles.Add(string.Join(' ', words));
        }
        using var w = new StreamWriter(Path.Combine(output, "titles.txt"));
        Header(w, "Titles and honorifics before a person's name: set aside before comparison, kept as evidence.",
            $"rigour stopwords.yml PERSON_NAME_PREFIXES ({Rigour}); one-word titles that are given names left out", "title (normalised words)");
        foreach (var t in titles) w.WriteLine(t);
        Console.Error.WriteLine($"{titles.Count:N0} titles");
    }

    /// <summary>
    /// rigour's ordinals: number words and ordinals in words (First, Twenty-One, Erste, двадцать один), not digits.
    /// A one-word form that is also a given name or a Chinese or Korean syllable (Una, One, Seven, Liu) is marked
    /// "name": the parser leaves it a word, and it equals the number only against that number in the other name.
    /// </summary>
    private static void WriteNumberWords(string output, YamlMappingNode ordinals, SortedSet<string> givenNames)
    {
        var numbers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in (YamlMappingNode)Child(ordinals, "ordinals")!)
        {
            var number = ((YamlScalarNode)key).Value!;
            foreach (var alias in Scalars(value))
            {
                var words = NameParser.Words(alias);
                // Digits with endings (21st, 8va) are read by the parser (and would be read there as letters: 8va, bva).
                if (words.Count == 0 || alias.Any(char.IsDigit) || words.Any(x => x.Any(char.IsAsciiDigit) || x.Length < 2)) continue;
                // Roman numerals are read by the parser.
                if (words.Any(x => x.TrimEnd('t', 'h', 's', 'n', 'd', 'r').All(ch => "ivxlcdm".Contains(ch)))) continue;
                var form = string.Join(' ', words);
                if (words.Count == 1 && (givenNames.Contains(form) || PinyinSyllables.IsSyllable(form) || KoreanReadings.SyllablesSpelled(form).Length > 0)) names.Add(form);
                else if (words.Any(x => PinyinSyllables.IsSyllable(x) || KoreanReadings.SyllablesSpelled(x).Length > 0)) continue;
                if (numbers.TryGetValue(form, out var had) && had != number) ambiguous.Add(form);
                else numbers[form] = number;
            }
        }
        foreach (var a in ambiguous) numbers.Remove(a);
        using var w = new StreamWriter(Path.Combine(output, "number-words.tsv"));
        Header(w, "Numbers and ordinals written in words, in several languages; a word that two numbers claim is left out; one that is also a given name or a Chinese or Korean syllable is marked name (read as a number only against that number).",
            $"rigour ordinals.yml ({Rigour})", "words\tnumber\t[name]");
        foreach (var (form, n) in numbers) w.WriteLine(names.Contains(form) ? $"{form}\t{n}\tname" : $"{form}\t{n}");
        Console.Error.WriteLine($"{numbers.Count:N0} number words ({ambiguous.Count} ambiguous left out)");
    }
}
