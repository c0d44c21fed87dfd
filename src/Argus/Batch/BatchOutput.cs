using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Argus.Matching;

namespace Argus.Batch;

/// <summary>A screened row: the subject and its matches (score at or above the threshold), best first.</summary>
public sealed record ScreenedRow(BatchSubject Subject, IReadOnlyList<ScreeningResult> Matches)
{
    /// <summary>
    /// The subject as <see cref="SubjectJson"/> writes it, in UTF-8, when the worker has written it already
    /// (empty otherwise): the output's <c>query</c> and the run record share it instead of writing it twice.
    /// </summary>
    public ReadOnlyMemory<byte> SubjectJsonUtf8 { get; init; }
}

/// <summary>How batch results are written: CSV (one line per row with a match) or JSON lines (one line per row).</summary>
public enum BatchOutputFormat { Csv, JsonLines }

/// <summary>
/// Formats the output lines of a batch. It is called from the screening workers, so formatting runs in
/// parallel; the ordered writer only copies bytes.
/// </summary>
public sealed class BatchOutputFormatter(BatchOutputFormat format)
{
    /// <summary>Best matches written per CSV line.</summary>
    public const int CsvMatches = 3;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public BatchOutputFormat Format { get; } = format;

    /// <summary>The first line of the output (CSV header), or null.</summary>
    public string? Header()
    {
        if (Format != BatchOutputFormat.Csv) return null;
        var cols = new List<string> { "row", "reference", "name", "matches" };
        for (var i = 1; i <= CsvMatches; i++)
            cols.AddRange([$"id_{i}", $"dataset_{i}", $"list_reference_{i}", $"caption_{i}", $"score_{i}"]);
        return string.Join(',', cols) + "\n";
    }

    /// <summary>Appends the line(s) of one row to <paramref name="output"/>; row order is the caller's business.</summary>
    public void Append(ArrayBufferWriter<byte> output, ScreenedRow? screened, RejectedRow? rejected)
    {
        if (Format == BatchOutputFormat.JsonLines) AppendJson(output, screened, rejected);
        else if (screened is { Matches.Count: > 0 }) AppendCsv(output, screened);
    }

    // One writer per thread, pointed at the chunk's buffer for each row: formatting runs on every worker.
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    private static void AppendJson(ArrayBufferWriter<byte> output, ScreenedRow? screened, RejectedRow? rejected)
    {
        var w = t_json ??= new Utf8JsonWriter(output, JsonOptions);
        w.Reset(output);
        w.WriteStartObject();
        if (screened is not null)
        {
            w.WriteNumber("row", screened.Subject.Row);
            w.WritePropertyName("query");
            if (screened.SubjectJsonUtf8.IsEmpty) SubjectJson.Write(w, screened.Subject);
            else w.WriteRawValue(screened.SubjectJsonUtf8.Span, skipInputValidation: true);
            w.WriteStartArray("results");
            foreach (var r in screened.Matches) ScreeningJson.WriteResult(w, r);
            w.WriteEndArray();
        }
        else if (rejected is not null)
        {
            w.WriteNumber("row", rejected.Row);
            w.WriteString("error", rejected.Reason);
            w.WriteStartArray("results");
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.Flush();
        output.Write("\n"u8);
    }

    private static void AppendCsv(ArrayBufferWriter<byte> output, ScreenedRow s)
    {
        var sb = new StringBuilder(256);
        sb.Append(s.Subject.Row.ToString(CultureInfo.InvariantCulture)).Append(',')
          .Append(CsvField(s.Subject.Reference)).Append(',')
          .Append(CsvField(s.Subject.DisplayName)).Append(',')
          .Append(s.Matches.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < CsvMatches; i++)
        {
            if (i < s.Matches.Count)
            {
                var m = s.Matches[i];
                sb.Append(',').Append(CsvField(m.Key)).Append(',').Append(CsvField(m.Entity.Dataset))
                  .Append(',').Append(CsvField(m.Entity.Reference)).Append(',').Append(CsvField(m.Entity.Caption))
                  .Append(',').Append(m.Score.ToString("0.0000", CultureInfo.InvariantCulture));
            }
            else sb.Append(",,,,,");
        }
        sb.Append('\n');
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        output.Write(bytes);
    }

    /// <summary>Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
