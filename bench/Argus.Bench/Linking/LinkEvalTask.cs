using System.Diagnostics;
using System.Globalization;
using Argus.Linking;
using Argus.Model;

namespace Argus.Bench.Linking;

/// <summary>
/// `link-eval [--sample FILE]`: links every shared list and reports the counts (entries, targets, links by
/// kind, refusals), the build time, and recall against the UN references the UK entries cite for themselves
/// (with every kind of evidence, and without the UN references, which measures the other kinds), and of the
/// Australian entries listed under a UN committee. With --sample it writes 300 random name-and-date links
/// with both entries' facts, for labelling.
/// </summary>
public static class LinkEvalTask
{
    public static int Run(string[] args)
    {
        var entities = SharedLists.Load(quiet: true);
        LinkSet.Build(entities); // warm-up: the first run compiles the code
        // CPU time beside wall time: on a shared machine the wall time says more about the load than the build.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var links = LinkSet.Build(entities);
        var ms = sw.Elapsed.TotalMilliseconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"entries {entities.Count:N0}, targets {links.Targets.Count:N0} ({links.Targets.Count(t => t.Entities.Count > 1):N0} of two or more lists), built in {ms:N0} ms wall, {cpuMs:N0} ms CPU, load average {LoadAverage()}");
        foreach (var (kind, n) in links.LinkCounts()) Console.WriteLine($"  links {kind}: {n:N0}");
        Console.WriteLine($"  refused: {links.Refused.Count:N0} ({links.Refused.Count(r => r.Link.Strong):N0} of strong evidence, {links.Refused.Count(r => r.Conflict.StartsWith("ambiguous", StringComparison.Ordinal)):N0} ambiguous)");

        var withoutUn = EntityLinker.Link(entities, new HashSet<LinkKind> { LinkKind.OfacEntityNumber, LinkKind.Identifier, LinkKind.NameAndDate });
        var un = entities.Where(e => e.Dataset == Datasets.UnSc).ToDictionary(e => e.Reference, StringComparer.Ordinal);
        var cited = entities.Where(e => e.Dataset == Datasets.UkHmt)
            .SelectMany(e => (e.Extra.TryGetValue("unReference", out var r) ? r : []).Select(x => (Entry: e, Un: x)))
            .Where(p => un.ContainsKey(p.Un)).ToList();
        Recall("UK entries citing their UN reference, all evidence", cited, links, un);
        Recall("the same, without UN references (names, dates, identifiers)", cited, withoutUn, un);

        var auUn = entities.Where(e => e.Dataset == Datasets.AuDfat && e.Programs.Any(IsUnCommittee)).ToList();
        var auLinked = auUn.Count(e => links.TargetOf(e).Entities.Any(m => m.Dataset == Datasets.UnSc));
        Console.WriteLine($"recall AU entries listed under a UN committee that share a target with a UN entry: {auLinked}/{auUn.Count} = {Ratio(auLinked, auUn.Count)}"
            + $" (people {auUn.Count(e => e.Schema == EntitySchema.Person && links.TargetOf(e).Entities.Any(m => m.Dataset == Datasets.UnSc))}/{auUn.Count(e => e.Schema == EntitySchema.Person)})");

        if (args.Contains("--refused"))
            foreach (var r in links.Refused) Console.WriteLine($"refused {r.Link.From} {r.Link.To} {r.Link.Kind} {r.Link.Detail}: {r.Conflict}");
        var at = Array.IndexOf(args, "--sample");
        if (at >= 0 && at + 1 < args.Length) WriteSample(args[at + 1], links, entities);
        return 0;
    }

    // DFAT's Committees column names the UN Security Council resolution ("1718 (DPRK)", "1267"); its own regimes say
    // "Autonomous", and resolution 1373 leaves the listing to each state (no UN entry).
    private static bool IsUnCommittee(string program) =>
        program.Length > 0 && char.IsDigit(program[0]) && !program.StartsWith("1373", StringComparison.Ordinal)
        && !program.Contains("Autonomous", StringComparison.OrdinalIgnoreCase);

    private static void Recall(string what, List<(WatchlistEntity Entry, string Un)> cited, LinkSet links, Dictionary<string, WatchlistEntity> un)
    {
        var hit = cited.Count(p => links.TargetOf(p.Entry).Entities.Contains(un[p.Un]));
        Console.WriteLine($"recall {what}: {hit}/{cited.Count} = {Ratio(hit, cited.Count)}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "-";

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>300 name-and-date links drawn with a fixed seed, one line each with both entries' facts.</summary>
    private static void WriteSample(string path, LinkSet links, List<WatchlistEntity> entities)
    {
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var all = links.Targets.SelectMany(t => t.Links).Where(l => l.Kind == LinkKind.NameAndDate).OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal).ToList();
        var rng = new Random(13);
        var sample = all.OrderBy(_ => rng.Next()).Take(300).OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal);
        using var w = new StreamWriter(path);
        w.WriteLine("label\tfrom\tto\tevidence\tfrom_facts\tto_facts");
        foreach (var l in sample) w.WriteLine($"?\t{l.From}\t{l.To}\t{l.Detail}\t{Facts(byId[l.From])}\t{Facts(byId[l.To])}");
        Console.WriteLine($"wrote {Math.Min(300, all.Count)} of {all.Count:N0} name-and-date links to {path}");
    }

    private static string Facts(WatchlistEntity e) => string.Join(" | ",
        e.Caption, e.Schema.FtmName(), "dob " + string.Join(",", e.BirthDates), "nat " + string.Join(",", e.Nationalities), "g " + (e.Gender ?? "-"),
        "pob " + string.Join(";", e.BirthPlaces.Select(p => p.Text)), "prog " + string.Join(",", e.Programs),
        "pos " + string.Join(";", e.Positions.Take(2)), "ids " + string.Join(",", e.Identifiers.Take(3).Select(i => i.Type + ":" + i.Number)),
        "note " + string.Join(" ", e.Notes).Replace('\t', ' ').Replace('\n', ' ')[..Math.Min(160, string.Join(" ", e.Notes).Length)]);
}
