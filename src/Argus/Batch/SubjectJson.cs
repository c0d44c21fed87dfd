using System.Buffers;
using System.Text.Json;
using Argus.Matching;
using Argus.Model;

namespace Argus.Batch;

/// <summary>
/// A subject as JSON, in the FollowTheMoney query shape yente takes:
/// <c>{"schema": "Person", "properties": {"name": […], "birthDate": […], "country": […], "gender": […], "idNumber": […], "birthPlace": […]}, "reference": "C-1"}</c>.
/// The same document is the <c>query</c> of a batch output line and the subject kept in a run record.
/// </summary>
public static class SubjectJson
{
    public static void Write(Utf8JsonWriter w, BatchSubject s)
    {
        var q = s.Query;
        w.WriteStartObject();
        w.WriteString("schema", q.Schema.FtmName());
        w.WriteStartObject("properties");
        ScreeningJson.WriteQueryProperties(w, q);
        if (s.BirthPlace is not null) Array(w, "birthPlace", [s.BirthPlace]);
        w.WriteEndObject();
        if (s.Reference is not null) w.WriteString("reference", s.Reference);
        w.WriteEndObject();
    }

    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One writer and buffer per thread: a subject is written for every row of a batch.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public static string ToJson(BatchSubject s) => System.Text.Encoding.UTF8.GetString(WriteToThreadBuffer(s));

    /// <summary>What <see cref="ToJson"/> gives, as UTF-8 bytes.</summary>
    public static byte[] ToUtf8(BatchSubject s) => WriteToThreadBuffer(s).ToArray();

    private static ReadOnlySpan<byte> WriteToThreadBuffer(BatchSubject s)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var w = t_writer ??= new Utf8JsonWriter(buffer, Options);
        w.Reset(buffer);
        Write(w, s);
        w.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>Reads back what <see cref="Write"/> wrote.</summary>
    public static BatchSubject Read(long row, string json) => Read(row, JsonDocument.Parse(json));

    /// <summary>Reads back what <see cref="ToUtf8"/> wrote.</summary>
    public static BatchSubject Read(long row, ReadOnlyMemory<byte> utf8) => Read(row, JsonDocument.Parse(utf8));

    private static BatchSubject Read(long row, JsonDocument document)
    {
        using var doc = document;
        var root = doc.RootElement;
        EntitySchemas.TryParse(root.GetProperty("schema").GetString(), out var schema);
        var p = root.GetProperty("properties");
        var query = new ScreeningQuery
        {
            Names = Strings(p, "name"),
            Schema = schema,
            BirthDates = Strings(p, "birthDate").Select(d => FuzzyDate.TryParse(d, out var f) ? f! : throw new FormatException($"subject of row {row}: bad date '{d}'")).ToArray(),
            Countries = Strings(p, "country"),
            Gender = Strings(p, "gender").FirstOrDefault(),
            Identifiers = Strings(p, "idNumber"),
        };
        return new BatchSubject(row, query,
            root.TryGetProperty("reference", out var r) ? r.GetString() : null,
            Strings(p, "birthPlace").FirstOrDefault());
    }

    private static string[] Strings(JsonElement p, string name) =>
        p.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(e => e.GetString() ?? "").ToArray() : [];

    private static void Array(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
