using System.Reflection;

namespace Argus.Names;

/// <summary>Reads the tab-separated rule tables embedded in the library (Names/Resources/*).</summary>
internal static class NameResources
{
    /// <summary>The non-comment, non-blank lines of an embedded table, split on tabs.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(NameResources).Assembly;
        // The full name: other folders embed files of the same name (Text/Gazetteers/titles.txt).
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n == "Argus.Names.Resources." + fileName)
            ?? throw new InvalidOperationException($"embedded name table '{fileName}' is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
