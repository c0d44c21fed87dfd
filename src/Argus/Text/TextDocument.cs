namespace Argus.Text;

/// <summary>A range of the text: [Start, End) in UTF-16 code units, with the tokens [FirstToken, EndToken) inside it.</summary>
public readonly record struct TextRange(int Start, int End, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>A text cut into tokens, sentences and paragraphs. Every offset is into <see cref="Text"/>.</summary>
public sealed class TextDocument
{
    public TextDocument(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextRange> sentences, IReadOnlyList<TextRange> paragraphs)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<TextRange> Sentences { get; }
    public IReadOnlyList<TextRange> Paragraphs { get; }

    public string TokenText(int index) => Tokens[index].TextOf(Text);

    public ReadOnlySpan<char> TokenSpan(int index) => Tokens[index].In(Text);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/> (inclusive).</summary>
    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>Segments <paramref name="text"/>: tokens, then paragraphs, then sentences within paragraphs.</summary>
    public static TextDocument Parse(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var paragraphs = ParagraphSplitter.Split(text, tokens);
        var sentences = SentenceSplitter.Split(text, tokens, paragraphs);
        return new TextDocument(text, tokens, sentences, paragraphs);
    }
}
