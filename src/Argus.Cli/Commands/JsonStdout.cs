using System.Text.Encodings.Web;
using System.Text.Json;

namespace Argus.Cli.Commands;

/// <summary>Every `--json` output of the command: indented, names in any script written as they are, one final newline.</summary>
public static class JsonStdout
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Action<Utf8JsonWriter> body)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, Options)) body(w);
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>The `counts` object of a difference: how many were added, changed and removed.</summary>
    public static void WriteCounts(Utf8JsonWriter w, int added, int changed, int removed)
    {
        w.WriteStartObject("counts");
        w.WriteNumber("added", added);
        w.WriteNumber("removed", removed);
        w.WriteNumber("changed", changed);
        w.WriteEndObject();
    }
}
