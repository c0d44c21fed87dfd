using System.Text;

namespace Argus.Bench.Evaluation;

/// <summary>One kind of change a name undergoes between a list and a customer file.</summary>
/// <param name="Category">Its name in the evaluation tables.</param>
/// <param name="ForPeople">Applies to people's names (else to organisations').</param>
/// <param name="Make">The changed name, or null when the change does not apply to this name.</param>
public sealed record VariantKind(string Category, bool ForPeople, Func<string, Random, string?> Make);

/// <summary>
/// Variants of a list name following the screening-validation taxonomy (character edits anywhere in
/// the name, spacing, order, omissions and additions, titles, nicknames, particles, legal forms,
/// organisation words, numbers). Works on the name as written, split on spaces only: it knows nothing
/// of the matcher's parser, tables or rules, so what the matcher handles is not built in.
/// </summary>
public static class SpellingVariants
{
    private const string Vowels = "aeiou";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";
    private static readonly string[] Keyboard = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    private static readonly (string From, string To)[] Ocr = [("m", "rn"), ("rn", "m"), ("l", "1"), ("i", "1"), ("o", "0"), ("O", "0"), ("I", "l"), ("S", "5"), ("B", "8"), ("cl", "d"), ("d", "cl"), ("w", "vv"), ("e", "c"), ("h", "b"), ("g", "9"), ("Z", "2"), ("u", "ii"), ("n", "ri")];

    private static VariantKind[] Both(string category, Func<string, Random, string?> make) => [new(category, true, make), new(category, false, make)];

    public static string[] Words(string name) => name.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int[] Spaces(string n) => n.Select((c, i) => (c, i)).Where(x => x.c == ' ' && x.i > 0 && n[x.i - 1] != ',').Select(x => x.i).ToArray();

    private static string Replace(string w, int i, char c) => w[..i] + (char.IsUpper(w[i]) ? char.ToUpperInvariant(c) : c) + w[(i + 1)..];

    private static string Replace(string w, int i, string s) => w[..i] + s + w[(i + 1)..];

    private static string Case(string like, string s) => like.Length > 1 && like.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? s.ToUpperInvariant() : s.ToLowerInvariant();

    /// <summary>An edit at any letter of one word of at least four letters: first and last letters too.</summary>
    private static string? EditLetter(string name, Random rng, Func<string, int, Random, string?> edit, bool insert = false)
    {
        var words = name.Split(' ');
        var eligible = words.Select((w, i) => (w, i)).Where(x => x.w.Count(char.IsAsciiLetter) >= 4).ToArray();
        if (eligible.Length == 0) return null;
        var (word, at) = eligible[rng.Next(eligible.Length)];
        var letters = word.Select((c, i) => (c, i)).Where(x => char.IsAsciiLetter(x.c)).Select(x => x.i).ToArray();
        var pos = letters[rng.Next(letters.Length)];
        if (insert && rng.Next(4) == 0) pos = word.Length;
        var changed = edit(word, Math.Min(pos, word.Length - (insert ? 0 : 1)), rng);
        if (changed is null || changed == word) return null;
        words[at] = changed;
        return string.Join(' ', words);
    }

    private static char? Neighbour(char c, Random rng)
    {
        foreach (var row in Keyboard)
        {
            var i = row.IndexOf(c);
            if (i < 0) continue;
            var options = new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < row.Length).ToArray();
            return row[options[rng.Next(options.Length)]];
        }
        return null;
    }

    private static string? Ocr1(string n, Random rng)
    {
        var options = Ocr.Where(o => n.Contains(o.From, StringComparison.Ordinal)).ToArray();
        if (options.Length == 0) return null;
        var (from, to) = options[rng.Next(options.Length)];
        var hits = Enumerable.Range(0, n.Length - from.Length + 1).Where(i => string.CompareOrdinal(n, i, from, 0, from.Length) == 0).ToArray();
        var at = hits[rng.Next(hits.Length)];
        return n[..at] + to + n[(at + from.Length)..];
    }

    // Common middle names of several languages, as a customer file may add them.
    private static readonly string[] MiddleNames = ["James", "Maria", "Ali", "Ahmed", "John", "Lee", "Anne", "Jose", "Ivanovich", "Petrovna", "Hassan", "Marie", "Paul", "Abdul", "Min", "Michael"];

    private static readonly string[] Titles = ["Mr", "Mrs", "Dr.", "Prof.", "Sheikh", "Haji", "Mullah", "General", "Colonel", "Sir", "Maulana", "Sayyid", "Imam", "Captain", "Engineer", "Hon."];

    // English, Russian, Arabic and Spanish short forms (common usage).
    private static readonly (string Full, string[] Short)[] Nicknames =
    [
        ("William", ["Bill", "Will", "Billy"]), ("Robert", ["Bob", "Rob", "Bobby"]), ("Richard", ["Dick", "Rick"]), ("James", ["Jim", "Jimmy"]),
        ("Joseph", ["Joe"]), ("Thomas", ["Tom"]), ("Michael", ["Mike"]), ("Edward", ["Ed", "Ted"]), ("Charles", ["Charlie", "Chuck"]),
        ("Anthony", ["Tony"]), ("Daniel", ["Dan", "Danny"]), ("David", ["Dave"]), ("Steven", ["Steve"]), ("Stephen", ["Steve"]),
        ("Alexander", ["Alex"]), ("Aleksandr", ["Sasha", "Alex"]), ("Alexandr", ["Sasha"]), ("Aleksey", ["Alyosha"]), ("Alexey", ["Alyosha"]),
        ("Dmitry", ["Dima"]), ("Dmitriy", ["Dima"]), ("Vladimir", ["Volodya", "Vova"]), ("Mikhail", ["Misha"]), ("Nikolai", ["Kolya"]),
        ("Nikolay", ["Kolya"]), ("Sergei", ["Seryozha"]), ("Sergey", ["Seryozha"]), ("Yevgeny", ["Zhenya"]), ("Yevgeniy", ["Zhenya"]),
        ("Ivan", ["Vanya"]), ("Pavel", ["Pasha"]), ("Anatoly", ["Tolya"]), ("Viktor", ["Vitya"]), ("Konstantin", ["Kostya"]), ("Andrei", ["Andryusha"]),
        ("Yekaterina", ["Katya"]), ("Ekaterina", ["Katya"]), ("Elena", ["Lena"]), ("Yelena", ["Lena"]), ("Tatiana", ["Tanya"]), ("Natalia", ["Natasha"]),
        ("Mohammed", ["Mo"]), ("Muhammad", ["Mo"]), ("Abdullah", ["Abdu"]), ("Francisco", ["Paco", "Pancho"]), ("Jose", ["Pepe"]),
        ("Ahmad", ["Hamid"]), ("Benjamin", ["Ben"]), ("Samuel", ["Sam"]), ("Kenneth", ["Ken"]), ("Patrick", ["Pat"]), ("Christopher", ["Chris"]),
        ("Margaret", ["Peggy", "Maggie"]), ("Elizabeth", ["Liz", "Beth"]), ("Katherine", ["Kate", "Kathy"]), ("Jennifer", ["Jenny"]),
    ];

    // The same given name in other languages (common usage).
    private static readonly (string Full, string[] Short)[] Cognates =
    [
        ("John", ["Juan", "Johann", "Jean", "Ivan", "Giovanni"]), ("Ivan", ["John", "Juan", "Johann"]), ("Peter", ["Pedro", "Pierre", "Pyotr", "Pietro"]),
        ("Pyotr", ["Peter", "Pedro"]), ("Petr", ["Peter", "Pierre"]), ("Michael", ["Miguel", "Mikhail", "Michel"]), ("Mikhail", ["Michael", "Michel", "Miguel"]),
        ("Joseph", ["Jose", "Yusuf", "Giuseppe", "Iosif"]), ("Yusuf", ["Joseph", "Youssef", "Yosef"]), ("Jose", ["Joseph"]), ("Paul", ["Pablo", "Pavel", "Paolo"]),
        ("Pavel", ["Paul", "Pablo"]), ("George", ["Jorge", "Georgy", "Giorgio"]), ("Georgy", ["George"]), ("Yuri", ["George", "Jurij"]),
        ("Alexander", ["Alejandro", "Aleksandr", "Alessandro"]), ("Aleksandr", ["Alexander", "Alejandro"]), ("Andrei", ["Andrew", "Andres"]),
        ("Andrey", ["Andrew", "Andreas"]), ("Nikolai", ["Nicholas", "Nicolas"]), ("Nikolay", ["Nicholas"]), ("Dmitry", ["Demetrios"]), ("Stepan", ["Stephen", "Esteban"]),
        ("Ibrahim", ["Abraham", "Avraham"]), ("Musa", ["Moses", "Moshe"]), ("Isa", ["Jesus"]), ("Yaqub", ["Jacob", "Yakov"]), ("Sulayman", ["Solomon"]),
        ("Suleiman", ["Solomon"]), ("Dawud", ["David"]), ("Maryam", ["Maria", "Mary"]), ("Maria", ["Mary", "Marie", "Maryam"]), ("Elena", ["Helen", "Helena"]),
        ("Yelena", ["Helen"]), ("Anna", ["Ann", "Hannah"]), ("Ilya", ["Elijah", "Elias"]), ("Mattias", ["Matthew"]), ("Matvey", ["Matthew"]),
        ("Fyodor", ["Theodore"]), ("Grigory", ["Gregory"]), ("Vasily", ["Basil"]), ("Lev", ["Leo"]), ("Yakov", ["Jacob"]), ("William", ["Guillermo", "Wilhelm"]),
        ("Charles", ["Carlos", "Karl"]), ("Carlos", ["Charles", "Karl"]), ("Antonio", ["Anthony", "Anton"]), ("Anton", ["Anthony", "Antonio"]),
    ];

    private static string? SwapGiven(string name, (string Full, string[] Short)[] table, Random rng)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
            foreach (var (full, shorts) in table)
                if (string.Equals(words[i].TrimEnd(','), full, StringComparison.OrdinalIgnoreCase))
                {
                    var comma = words[i].EndsWith(',') ? "," : "";
                    words[i] = Case(words[i], shorts[rng.Next(shorts.Length)]) + comma;
                    if (words[i].Length > 1 && char.IsLower(words[i][0])) words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
                    return string.Join(' ', words);
                }
        return null;
    }

    private static readonly string[][] ParticleForms = [["al-", "al ", "el-", "el ", "", "Al"], ["bin ", "ibn ", "ben ", "b. "], ["abu ", "abou ", "abo "], ["van ", "van der ", "von "], ["de ", "da ", "del ", "di "]];

    private static string? Particle(string name, Random rng)
    {
        var lower = name.ToLowerInvariant();
        foreach (var forms in ParticleForms)
            foreach (var form in forms.Where(f => f.Length > 0))
            {
                var at = lower.IndexOf(form, StringComparison.Ordinal);
                if (at < 0 || at > 0 && char.IsLetter(lower[at - 1])) continue;
                var other = forms.Where(f => f != form).ToArray();
                var to = rng.Next(3) == 0 ? "" : other[rng.Next(other.Length)];
                var written = char.IsUpper(name[at]) && name.Length > at + 1 && char.IsUpper(name[at + 1]) ? to.ToUpperInvariant() : to;
                var changed = name[..at] + written + name[(at + form.Length)..];
                return changed.Trim().Length > 0 ? changed.Replace("  ", " ").Trim() : null;
            }
        return null;
    }

    // Legal forms and their other writings (abbreviated, expanded, translated), from company-law usage.
    private static readonly string[][] LegalForms =
    [
        ["LLC", "L.L.C.", "Limited Liability Company", "OOO", "Obshchestvo s Ogranichennoy Otvetstvennostyu"],
        ["JSC", "Joint Stock Company", "AO", "Joint-Stock Company", "Aktsionernoe Obshchestvo"],
        ["PJSC", "Public Joint Stock Company", "PAO", "Public JSC"],
        ["OJSC", "Open Joint Stock Company", "OAO"],
        ["CJSC", "Closed Joint Stock Company", "ZAO"],
        ["LTD", "Ltd.", "Limited"],
        ["CO., LTD.", "Co. Ltd", "Company Limited", "Co Limited"],
        ["INC.", "Inc", "Incorporated"],
        ["CORP.", "Corp", "Corporation"],
        ["GMBH", "Gesellschaft mit beschränkter Haftung", "G.m.b.H."],
        ["S.A.", "SA", "Sociedad Anonima", "Société Anonyme"],
        ["PLC", "Public Limited Company", "p.l.c."],
        ["FZE", "Free Zone Establishment"],
        ["FZCO", "Free Zone Company"],
        ["SARL", "S.A.R.L.", "Société à responsabilité limitée"],
        ["LLP", "Limited Liability Partnership"],
        ["PTE LTD", "Private Limited", "Pte. Ltd."],
        ["COMPANY", "Co.", "Co"],
    ];

    private static readonly string[] AddedForms = ["LLC", "Ltd", "Inc.", "JSC", "Co.", "S.A.", "GmbH"];

    // The longest form written in the name (Public Joint Stock Company before Joint Stock Company).
    private static (int At, string[] Forms, string Form)? FindLegalForm(string n)
    {
        (int At, string[] Forms, string Form)? best = null;
        foreach (var forms in LegalForms)
            foreach (var form in forms)
            {
                var at = n.IndexOf(form, StringComparison.OrdinalIgnoreCase);
                if (at < 0 || best is { } b && b.Form.Length >= form.Length) continue;
                var end = at + form.Length;
                if (at > 0 && char.IsLetter(n[at - 1]) || end < n.Length && char.IsLetter(n[end])) continue;
                best = (at, forms, n.Substring(at, form.Length));
            }
        return best;
    }

    // The legal form written against the word before it (RosneftPJSC), or after it when it comes first.
    private static string? Glued(string n, Random rng)
    {
        if (FindLegalForm(n) is not var (at, _, form)) return null;
        var end = at + form.Length;
        if (at > 0) return n[..at].TrimEnd(' ', ',') + n[at..];
        return end < n.Length && n[end] == ' ' ? n[..end] + n[(end + 1)..] : null;
    }

    private static int LegalFormAt(string n) => FindLegalForm(n)?.At ?? -1;

    private static string? LegalForm(string n, Random rng, int how)
    {
        if (FindLegalForm(n) is not var (at, forms, form)) return null;
        var rest = (n[..at] + n[(at + form.Length)..]).Replace("  ", " ").Trim(' ', ',', '"');
        if (rest.Length < 3) return null;
        var others = forms.Where(f => !string.Equals(f, form, StringComparison.OrdinalIgnoreCase)).ToArray();
        return how switch
        {
            0 => (n[..at] + others[rng.Next(others.Length)] + n[(at + form.Length)..]).Trim(),
            1 => at == 0 ? rest + " " + form : form + " " + rest,
            _ => rest,
        };
    }

    private static readonly string[] OrgWords = ["Group", "Holding", "Holdings", "Company", "International", "Trading", "Corporation", "Enterprises", "Industries"];

    private static bool IsOrgWord(string w) => OrgWords.Contains(w, StringComparer.OrdinalIgnoreCase) || FindLegalForm(w) is not null;

    private static string? OrganisationWord(string n, Random rng)
    {
        var words = n.Split(' ');
        var at = Array.FindIndex(words, w => OrgWords.Contains(w.Trim(','), StringComparer.OrdinalIgnoreCase));
        if (at >= 0 && words.Length > 2) return string.Join(' ', words.Where((_, i) => i != at));
        if (n.StartsWith("Bank of ", StringComparison.OrdinalIgnoreCase)) return n[8..] + " Bank";
        if (n.EndsWith(" Bank", StringComparison.OrdinalIgnoreCase)) return "Bank of " + n[..^5];
        if (n.StartsWith("PMC ", StringComparison.OrdinalIgnoreCase)) return n[4..] + " Group";
        return n + " " + OrgWords[rng.Next(2)];
    }

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static string? NumberWord(string n, Random rng)
    {
        var words = n.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Trim(',', '.');
            if (int.TryParse(w, out var v) && v is > 0 and < 100) { words[i] = Title(v < 20 ? Units[v] : Tens[v / 10] + (v % 10 == 0 ? "" : "-" + Units[v % 10])); return string.Join(' ', words); }
            var ord = Array.FindIndex(Ordinals, o => o.Length > 0 && string.Equals(o, w, StringComparison.OrdinalIgnoreCase));
            if (ord > 0) { words[i] = ord + (ord == 1 ? "st" : ord == 2 ? "nd" : ord == 3 ? "rd" : "th"); return string.Join(' ', words); }
            var unit = Array.FindIndex(Units, u => string.Equals(u, w, StringComparison.OrdinalIgnoreCase));
            if (unit > 0) { words[i] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture); return string.Join(' ', words); }
            if (w.Length > 2 && w.EndsWith("th", StringComparison.OrdinalIgnoreCase) && int.TryParse(w[..^2], out var o) && o is > 0 and <= 10) { words[i] = Title(Ordinals[o]); return string.Join(' ', words); }
        }
        return null;
    }

    private static string Title(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string? Initialism(string n, Random rng)
    {
        var words = n.Split(' ');
        // Letters written with dots (ABC → A.B.C.), or the first words' initials (International Trade Bank Ltd → ITB Ltd).
        var at = Array.FindIndex(words, w => w.Length is >= 2 and <= 5 && w.All(char.IsAsciiLetterUpper));
        if (at >= 0 && FindLegalForm(words[at]) is null) { words[at] = string.Join("", words[at].Select(c => c + ".")); return string.Join(' ', words); }
        var content = words.TakeWhile(w => !IsOrgWord(w) && w.Length > 0 && char.IsLetter(w[0])).ToArray();
        if (content.Length < 3) return null;
        var letters = new StringBuilder();
        foreach (var w in content) if (!new[] { "of", "the", "and", "for" }.Contains(w, StringComparer.OrdinalIgnoreCase)) letters.Append(char.ToUpperInvariant(w[0]));
        return string.Join(' ', new[] { letters.ToString() }.Concat(words.Skip(content.Length)));
    }

    // Last: the tables above are initialised first.
    public static readonly VariantKind[] Kinds =
    [
        .. Both("char-insertion", (n, r) => EditLetter(n, r, (w, i, rr) => w.Insert(i, Case(w, Alphabet[rr.Next(26)].ToString())), insert: true)),
        .. Both("char-deletion", (n, r) => EditLetter(n, r, (w, i, _) => w.Length > 3 ? w.Remove(i, 1) : null)),
        .. Both("char-substitution", (n, r) => EditLetter(n, r, (w, i, rr) => Replace(w, i, Alphabet[rr.Next(26)]))),
        .. Both("char-transposition", (n, r) => EditLetter(n, r, (w, i, _) => i + 1 < w.Length && char.IsLetter(w[i + 1]) && char.ToLowerInvariant(w[i]) != char.ToLowerInvariant(w[i + 1]) ? w[..i] + w[i + 1] + w[i] + w[(i + 2)..] : null)),
        .. Both("double-or-collapse", (n, r) => EditLetter(n, r, (w, i, _) => i + 1 < w.Length && char.ToLowerInvariant(w[i]) == char.ToLowerInvariant(w[i + 1]) ? w.Remove(i, 1) : w.Insert(i, w[i].ToString()))),
        .. Both("vowel-change", (n, r) => EditLetter(n, r, (w, i, rr) => Vowels.Contains(char.ToLowerInvariant(w[i])) ? Replace(w, i, Vowels.Where(v => v != char.ToLowerInvariant(w[i])).ElementAt(rr.Next(4))) : null)),
        .. Both("keyboard-slip", (n, r) => EditLetter(n, r, (w, i, rr) => Neighbour(char.ToLowerInvariant(w[i]), rr) is { } k ? Replace(w, i, k) : null)),
        .. Both("ocr-digit-confusion", Ocr1),
        .. Both("two-edits", (n, r) => Kinds![0].Make(n, r) is { } a ? Kinds[4].Make(a, r) : null),
        .. Both("space-removed", (n, r) => Spaces(n) is { Length: > 0 } s ? n.Remove(s[r.Next(s.Length)], 1) : null),
        .. Both("space-added", (n, r) => EditLetter(n, r, (w, i, _) => i >= 2 && i <= w.Length - 2 ? w.Insert(i, " ") : null)),
        .. Both("space-replaced", (n, r) => Spaces(n) is { Length: > 0 } s ? Replace(n, s[r.Next(s.Length)], "-._"[r.Next(3)]) : null),
        new("reordered-family-first", true, (n, _) => Words(n) is { Length: >= 2 } w ? string.Join(' ', w[^1..].Concat(w[..^1])) : null),
        new("reordered-comma", true, (n, _) => Words(n) is { Length: >= 2 } w ? w[^1].ToUpperInvariant() + ", " + string.Join(' ', w[..^1]) : null),
        new("middle-name-dropped", true, (n, r) => Words(n) is { Length: >= 3 } w ? string.Join(' ', w.Where((_, i) => i != 1 + r.Next(w.Length - 2))) : null),
        new("middle-name-added", true, (n, r) => Words(n) is { Length: >= 2 } w ? string.Join(' ', w[..^1].Append(Case(w[0], MiddleNames[r.Next(MiddleNames.Length)])).Append(w[^1])) : null),
        new("partial-name", true, (n, _) => Words(n) is { Length: >= 3 } w ? w[0] + " " + w[^1] : null),
        new("initials", true, (n, r) => Words(n) is { Length: >= 2 } w && w[0].Length > 1 ? string.Join(' ', w[..^1].Select((t, i) => i == 0 || r.Next(2) == 0 ? t[0] + "." : t).Append(w[^1])) : null),
        new("title-added", true, (n, r) => Titles[r.Next(Titles.Length)] + " " + n),
        new("title-removed", true, (n, _) => Words(n) is { Length: >= 2 } w && Titles.Any(t => string.Equals(t.TrimEnd('.'), w[0].TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) ? string.Join(' ', w[1..]) : null),
        new("nickname", true, (n, r) => SwapGiven(n, Nicknames, r)),
        new("given-name-other-language", true, (n, r) => SwapGiven(n, Cognates, r)),
        new("particle-changed", true, Particle),
        new("legal-form-changed", false, (n, r) => LegalForm(n, r, 0)),
        new("legal-form-moved", false, (n, r) => LegalForm(n, r, 1)),
        new("legal-form-dropped", false, (n, r) => LegalForm(n, r, 2)),
        new("legal-form-added", false, (n, r) => LegalFormAt(n) < 0 ? n + " " + AddedForms[r.Next(AddedForms.Length)] : null),
        new("legal-form-glued", false, Glued),
        new("organisation-word", false, OrganisationWord),
        new("number-as-word", false, NumberWord),
        new("initialism", false, Initialism),
        new("partial-name", false, (n, _) => Words(n).Where(w => w.Length > 3 && !IsOrgWord(w)).ToArray() is { Length: >= 2 } w && Words(n).Length >= 3 ? w[0] + " " + w[1] : null),
    ];
}
