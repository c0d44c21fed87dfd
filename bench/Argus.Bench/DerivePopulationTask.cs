using Argus.Names;

namespace Argus.Bench;

/// <summary>
/// Counts how many real people (English labels of people in Wikidata, the shared `wd_korean` file) have
/// each token as their first word (given name) and as their last word (family name), and writes the
/// table the library embeds (src/Argus/Names/Resources/population-names.tsv).
/// </summary>
public static class DerivePopulationTask
{
    public static int Run(string[] args)
    {
        var root = DeriveWeightsTask.RepoRoot();
        var input = Path.Combine(SharedLists.DataDirectory(), "nlp", "wd_korean");
        var output = args.Length > 0 ? args[0] : Path.Combine(root, "src", "Argus", "Names", "Resources", "population-names.tsv");
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        var family = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = 0;
        foreach (var line in File.ReadLines(input))
        {
            var label = line.Split('\t')[0];
            // Regnal names and titles ("Louis IX of France"), qualified and bracketed labels are not given + family names.
            if (label.Contains(" of ", StringComparison.Ordinal) || label.Contains(',') || label.Contains('(')) continue;
            var parts = NameParser.Parse(label, NameReading.Person).Tokens.Where(t => t.Role == TokenRole.Name).Select(t => t.Text).ToList();
            if (parts.Count < 2) continue;
            people++;
            given[parts[0]] = given.GetValueOrDefault(parts[0]) + 1;
            family[parts[^1]] = family.GetValueOrDefault(parts[^1]) + 1;
        }
        var tokens = given.Keys.Union(family.Keys)
            .Select(t => (Token: t, Given: given.GetValueOrDefault(t), Family: family.GetValueOrDefault(t)))
            .Where(r => r.Given + r.Family >= NamePopulation.KnownCount)
            .OrderByDescending(r => r.Given + r.Family).ThenBy(r => r.Token, StringComparer.Ordinal).ToList();
        using var w = new StreamWriter(output);
        w.WriteLine($"# How many of {people:N0} people (English labels of people in Wikidata, CC0 1.0, via the shared `wd_korean` file)");
        w.WriteLine("# have each token as their first word (given) and as their last word (family); labels with \"of\", a comma or");
        w.WriteLine("# brackets left out; tokens seen at least twice. A proxy of how common a name is among people in general.");
        w.WriteLine("# Regenerate: dotnet run -c Release --project bench/Argus.Bench -- derive-population");
        w.WriteLine("# token\tgiven\tfamily");
        foreach (var r in tokens) w.WriteLine($"{r.Token}\t{r.Given}\t{r.Family}");
        Console.Error.WriteLine($"{tokens.Count:N0} tokens from {people:N0} people written to {output}");
        return 0;
    }
}
