namespace Argus.Sources;

/// <summary>
/// A list file that cannot be read: the message names the file and the place in it
/// (line, row, element or byte offset) so that a person can find and judge the fault.
/// </summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string source, string location, string problem, Exception? inner = null)
        : base($"{source}: {location}: {problem}", inner)
    {
        Source_ = source;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file or URL.</summary>
    public string Source_ { get; }
    /// <summary>Where in the file: "line 12", "row 4 (Group ID 13572)", "element INDIVIDUAL #17", "byte 1024".</summary>
    public string Location { get; }
    public string Problem { get; }
}
