using Argus.Matching;
using Argus.Model;

namespace Argus.Text;

/// <summary>
/// Scans a text: segments it, recognises the names in it, groups them into entities, screens each person and
/// organisation against the lists with what the text says about it, and reads quotes and meetings.
/// </summary>
public sealed class TextScanner(IScreener screener, ScanOptions? options = null, MentionRecognizer? recognizer = null)
{
    private readonly ScanOptions _options = options ?? new ScanOptions();
    private readonly MentionRecognizer _recognizer = recognizer ?? new MentionRecognizer();

    public ScanOptions Options => _options;

    /// <summary>Texts of at least this many tokens read quotes and meetings while their names are screened.</summary>
    private const int ParallelFromTokens = 50_000;

    /// <exception cref="TextTooLargeException">The text is longer than <see cref="ScanOptions.MaxCharacters"/>.</exception>
    public ScanReport Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _options.MaxCharacters)
            throw new TextTooLargeException($"the text has {text.Length:N0} characters; the most a scan takes is {_options.MaxCharacters:N0} (split it into parts)");
        var doc = TextDocument.Parse(text);
        var mentions = _recognizer.Recognize(doc);
        var entities = CoreferenceResolver.Resolve(mentions);
        var entityOf = new Dictionary<Mention, TextEntity>(ReferenceEqualityComparer.Instance);
        foreach (var e in entities)
            foreach (var m in e.Mentions) entityOf[m] = e;

        // Quotes and meetings only read what screening reads too: on a long text they run beside it.
        var parallel = doc.Tokens.Count >= ParallelFromTokens;
        var quoting = parallel ? Task.Run(() => QuoteExtractor.Extract(doc, mentions, entityOf)) : null;
        var meeting = parallel ? Task.Run(() => MeetingExtractor.Extract(doc, mentions, entityOf)) : null;
        var screening = new EntityScreening(screener, _options);
        var scanned = screening.ScreenAll(entities, out var truncated);
        var quotes = quoting?.GetAwaiter().GetResult() ?? QuoteExtractor.Extract(doc, mentions, entityOf);
        var events = meeting?.GetAwaiter().GetResult() ?? MeetingExtractor.Extract(doc, mentions, entityOf);

        // Flagged first, then people, organisations, others and places, each in order of first mention.
        var ordered = scanned
            .OrderBy(s => s.Flagged ? 0 : 1)
            .ThenBy(s => s.Entity.Type switch { TextEntityType.Person => 0, TextEntityType.Organization => 1, TextEntityType.Other => 2, _ => 3 })
            .ThenBy(s => s.Entity.Mentions[0].Start)
            .ToList();
        var summary = new ScanSummary
        {
            Characters = text.Length,
            Paragraphs = doc.Paragraphs.Count,
            Sentences = doc.Sentences.Count,
            Tokens = doc.Tokens.Count,
            Persons = scanned.Count(s => s.Entity.Type == TextEntityType.Person),
            Organizations = scanned.Count(s => s.Entity.Type == TextEntityType.Organization),
            Locations = scanned.Count(s => s.Entity.Type == TextEntityType.Location),
            Others = scanned.Count(s => s.Entity.Type == TextEntityType.Other),
            Screened = scanned.Count(s => s.Screened),
            Flagged = scanned.Count(s => s.Flagged),
            FlaggedNames = ordered.Where(s => s.Flagged).Select(s => s.Entity.Name).ToList(),
            Threshold = _options.Threshold ?? screener.DefaultThreshold,
            ScreeningTruncated = truncated,
            Lists = _options.ListsDescription,
        };
        return new ScanReport(ordered, quotes, events, summary) { Text = text };
    }
}

/// <summary>A text too large to scan; the message says the limit.</summary>
public sealed class TextTooLargeException(string message) : ArgumentException(message);
