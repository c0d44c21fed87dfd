namespace Argus.Names;

/// <summary>What a token is to the comparison.</summary>
public enum TokenRole
{
    /// <summary>An ordinary name part.</summary>
    Name,
    /// <summary>A connector or article (al-, bin, van, de…): weak evidence, barely missed.</summary>
    Particle,
    /// <summary>A number ("No. 2", "II" → 2): must agree when both sides have one.</summary>
    Number,
    /// <summary>A single letter standing for a name ("V." Putin).</summary>
    Initial,
}

/// <summary>
/// One normalised name token with the keys it is compared and looked up by.
/// </summary>
/// <param name="Text">Lower-case ASCII form ("pyeong", "putin").</param>
/// <param name="Source">The token as written in the name ("Pyeong", "Путин", "병").</param>
/// <param name="Key">Sound key (<see cref="SoundKeys"/>); equal keys are romanisation variants.</param>
/// <param name="Role">What the token is to the comparison.</param>
/// <param name="Script">The script it was written in.</param>
/// <param name="Syllables">Hangul syllables it is (Hangul) or may spell (Latin); empty when none.</param>
/// <param name="Groups">Equivalence groups it belongs to (<see cref="NameEquivalences"/>).</param>
/// <param name="Rules">Indexes of the sound rules that changed it on the way to its key.</param>
public sealed record NameToken(
    string Text,
    string Source,
    string Key,
    TokenRole Role,
    NameScript Script,
    int[] Syllables,
    int[] Groups,
    int[] Rules)
{
    // Worked out once per token, because the comparison reads them for most pairs of tokens of every
    // screen and most pairs differ: the hashes of text and key (unequal hashes tell unequal strings
    // without comparing them), the weight of the key in the default table, and the few letters that
    // tell most pairs apart before their strings are read (TokenComparer): the first two letters of the
    // text, its length, whether it holds a w, and the first letter of the key.
    private readonly string text = Text;
    private readonly int textHash = Text.GetHashCode();
    private readonly TextLetters letters = TextLetters.Of(Text);
    private readonly string key = Key;
    private readonly int keyHash = Key.GetHashCode();
    private readonly char keyFirst = Key.Length > 0 ? Key[0] : '\0';
    private readonly double keyWeight = TokenWeights.Default.WeightOfKey(Key);
    private readonly string ocr = OcrLetters.Fold(Text);

    /// <summary>Lower-case ASCII form ("pyeong", "putin").</summary>
    public string Text { get => text; init { text = value; textHash = value.GetHashCode(); letters = TextLetters.Of(value); ocr = OcrLetters.Fold(value); } }

    /// <summary>Sound key (<see cref="SoundKeys"/>); equal keys are romanisation variants.</summary>
    public string Key { get => key; init { key = value; keyHash = value.GetHashCode(); keyFirst = value.Length > 0 ? value[0] : '\0'; keyWeight = TokenWeights.Default.WeightOfKey(value); } }

    /// <summary>The first two letters of the text ('\0' past its end), its length, and whether it holds a w.</summary>
    internal readonly record struct TextLetters(char First, char Second, int Length, bool HasW)
    {
        public static TextLetters Of(string text) =>
            new(text.Length > 0 ? text[0] : '\0', text.Length > 1 ? text[1] : '\0', text.Length, text.Contains('w'));
    }

    /// <summary>What the comparison reads first of the text, kept on the token.</summary>
    internal TextLetters Letters => letters;

    /// <summary>The text with the letter groups a scan confuses written one way (<see cref="OcrLetters.Fold"/>); the text itself when it has none.</summary>
    internal string Ocr => ocr;

    /// <summary>The first letter of the key, '\0' when the key is empty.</summary>
    internal char KeyFirst => keyFirst;

    /// <summary>Whether the two tokens have the same text.</summary>
    public bool SameText(NameToken other) => textHash == other.textHash && string.Equals(text, other.text);

    /// <summary>Whether the two tokens have the same sound key.</summary>
    public bool SameKey(NameToken other) => keyHash == other.keyHash && string.Equals(key, other.key);

    /// <summary>The weight of the key in <see cref="TokenWeights.Default"/>.</summary>
    internal double DefaultKeyWeight => keyWeight;

    /// <summary>Consonant skeleton of the key, for names from scripts that omit short vowels (Arabic, Hebrew).</summary>
    public string Skeleton { get; init; } = "";

    /// <summary>True when the name writes this token joined to the next by a hyphen ("Su-bin", "Jean-Michel"): one name part.</summary>
    public bool JoinedToNext { get; init; }

    /// <summary>Written in capitals in a name that also has small letters ("TORRES Camilo"): by the lists' convention, a family name.</summary>
    public bool Family { get; init; }

    /// <summary>When the text is one pinyin syllable, its final ("feng" → "eng"; <see cref="PinyinSyllables"/>); null otherwise. Worked out once per spelling.</summary>
    public string? PinyinFinal { get; init; }

    /// <summary>The Arabic letters a Latin family name or laqab of 5+ letters may spell (<see cref="ArabicLatinSpellings"/>); null for others.</summary>
    public ArabicLatinSpellings.Reading? ArabicLetters { get; init; }

    /// <summary>The patronymic, family or given name this token reads as in Russian, Ukrainian and Belarusian (<see cref="EastSlavicForms"/>); null for others.</summary>
    public EastSlavicForms.Form? EastSlavic { get; init; }

    /// <summary>
    /// The script a query name was written in by sound when this token is of its Latin reading
    /// (<see cref="SoundedReadings"/>); null for tokens read as usual.
    /// </summary>
    public NameScript? SoundedFrom { get; init; }

    /// <summary>Whether the text is a pinyin syllable no Korean romanisation writes (<see cref="PinyinSyllables.IsChineseOnly"/>).</summary>
    public bool ChineseOnly { get; init; }
}

/// <summary>A name split into tokens, with its titles and legal form set aside.</summary>
/// <param name="Original">The name as given.</param>
/// <param name="Tokens">The tokens compared, in order.</param>
/// <param name="Titles">Titles and honorifics removed ("marshal", "sheikh"), kept as evidence.</param>
/// <param name="LegalForm">Class of the company legal form removed ("limited liability company"), if any.</param>
public sealed record NameForm(string Original, IReadOnlyList<NameToken> Tokens, IReadOnlyList<string> Titles, string? LegalForm)
{
    /// <summary>How the name was read: as a person's, an organisation's, or either.</summary>
    public NameReading Reading { get; init; }

    /// <summary>
    /// The tokens as an array (the same tokens, in order): comparisons index them many times, and an
    /// array indexer costs less than an interface call.
    /// </summary>
    public NameToken[] TokenArray => tokens;

    private readonly NameToken[] tokens = Tokens as NameToken[] ?? [.. Tokens];

    /// <summary>The tokens compared, in order (kept as an array).</summary>
    public IReadOnlyList<NameToken> Tokens { get => tokens; init => tokens = value as NameToken[] ?? [.. value]; }

    /// <summary>The normalised tokens joined by spaces.</summary>
    public string Normalised => string.Join(' ', Tokens.Select(t => t.Text));
}
