using Argus.Matching;
using Argus.Names;

namespace Argus.Bench;

/// <summary>
/// Counts, over every name of every shared list, how many names hold each token, and writes the table
/// the library embeds (src/Argus/Names/Resources/token-frequencies.tsv).
/// </summary>
public static class DeriveWeightsTask
{
    public static int Run(string[] args)
    {
        var index = ScreeningIndex.Build(SharedLists.Load());
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in index.Names)
            foreach (var text in name.Form.Tokens.Where(t => t.Role == TokenRole.Name).Select(t => t.Text).Distinct())
                counts[text] = counts.GetValueOrDefault(text) + 1;
        var output = args.Length > 0 ? args[0] : Path.Combine(RepoRoot(), "src", "Argus", "Names", "Resources", "token-frequencies.tsv");
        using var w = new StreamWriter(output);
        w.WriteLine("# How many list names contain each token (tokens seen at least 3 times), counted over the official lists.");
        w.WriteLine("# Regenerate: dotnet run -c Release --project bench/Argus.Bench -- derive-weights");
        w.WriteLine($"@names\t{index.Names.Count}");
        foreach (var (token, n) in counts.Where(p => p.Value >= 3).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            w.WriteLine($"{token}\t{n}");
        Console.Error.WriteLine($"{counts.Count(p => p.Value >= 3):N0} tokens from {index.Names.Count:N0} names written to {output}");
        return 0;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
