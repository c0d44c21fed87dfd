using System.Reflection;

namespace Argus.Names;

/// <summary>Reads the tab-separated rule tables embedded in the library (Names/Resources/*).</summary>
internal static class NameResources
{
    /// <summary>The comment lines at the head of an embedded table (its source and how it is made).</summary>
    public static string Header(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#')) lines.Add(line);
        return string.Join('\n', lines);
    }

    private static Stream Open(string fileName)
    {
        var assembly = typeof(NameResources).Assembly;
        // The full name: other folders embed files of the same name (Text/Gazetteers/titles.txt).
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n == "Argus.Names.Resources." + fileName)
            ?? throw new InvalidOperationException($"embedded name table '{fileName}' is missing from {assembly.GetName().Name}");
        return assembly.GetManifestResourceStream(name)!;
    }

    /// <summary>The non-comment, non-blank lines of an embedded table, split on tabs.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        using var stream = Open(fileName);
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
