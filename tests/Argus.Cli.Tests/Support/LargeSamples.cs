using System.Text;
using System.Text.RegularExpressions;
using Argus.Tests.Support;

namespace Argus.Cli.Tests.Support;

/// <summary>Files of real size made from the samples, for tests that need a process to run long or write much.</summary>
public static class LargeSamples
{
    public static string UnSample => Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml");

    /// <summary>The UN sample with its entries repeated under new references: a list of real size from a sample.</summary>
    public static string UnList(string path, int copies)
    {
        var text = File.ReadAllText(UnSample);
        var start = text.IndexOf("<INDIVIDUAL>", StringComparison.Ordinal);
        var end = text.LastIndexOf("</INDIVIDUAL>", StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        var block = text[start..end];
        var sb = new StringBuilder(text[..end]);
        for (var k = 1; k < copies; k++)
            sb.Append(Regex.Replace(block, "<REFERENCE_NUMBER>([^<]*)</REFERENCE_NUMBER>", m => $"<REFERENCE_NUMBER>{m.Groups[1].Value.Trim()}.{k}</REFERENCE_NUMBER>"));
        sb.Append(text[end..]);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    public static string Customers(string path, int copies)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Samples, "customers", "customers.csv"));
        var rows = Enumerable.Range(0, copies).SelectMany(k => lines.Skip(1).Select(l => $"K{k}-" + l));
        File.WriteAllLines(path, rows.Prepend(lines[0]));
        return path;
    }

}
