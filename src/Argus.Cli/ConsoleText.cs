using Argus.Text;

namespace Argus.Cli;

/// <summary>Data shown on the terminal: control characters made visible (<see cref="DisplayText"/>), then markup-escaped.</summary>
public static class ConsoleText
{
    /// <summary>For Spectre markup and table cells.</summary>
    public static string Markup(string? text, bool keepLineBreaks = false) =>
        Spectre.Console.Markup.Escape(DisplayText.Escape(text, keepLineBreaks));

    /// <summary>For a plain line on standard error or output.</summary>
    public static string Line(string? text) => DisplayText.Escape(text);
}
