using System.Diagnostics;
using System.Globalization;
using Argus.Linking;
using Argus.Model;

namespace Argus.Bench.Linking;

/// <summary>
/// `link-eval [--sample FILE]`: links every shared list and reports the counts (entries, targets, links by
/// kind, refusals), the build time, and recall against the UN references the UK entries cite for themselves
/// (with every kind of evidence, and without the UN references, which measures the other kinds), and of the
/// Australian entries listed under a UN committee. With --sample it writes 300 random links of one kind (--kind, else NameAndDate)
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
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var g in links.Targets.SelectMany(t => t.Links).Where(l => !l.Strong)
                     .GroupBy(l => $"{l.Kind} {DatasetLabels.Of(byId[l.From].Dataset)}-{DatasetLabels.Of(byId[l.To].Dataset)}").OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"    {g.Key}: {g.Count():N0}");
        Console.WriteLine($"  refused: {links.Refused.Count:N0} ({links.Refused.Count(r => r.Link.Strong):N0} of strong evidence, {links.Refused.Count(r => r.Conflict.StartsWith("ambiguous", StringComparison.Ordinal)):N0} ambiguous)");

        var withoutUn = EntityLinker.Link(entities, new HashSet<LinkKind> { LinkKind.OfacEntityNumber, LinkKind.Identifier, LinkKind.NameAndDate });
        var un = entities.Where(e => e.Dataset == Datasets.UnSc).ToDictionary(e => e.Reference, StringComparer.Ordinal);
        var cited = OwnReferences(entities, Datasets.UkHmt, un);
        Recall("UK entries citing their UN reference, all evidence", cited, links, un);
        Recall("the same, without UN references (names, dates, identifiers)", cited, withoutUn, un);
        var auCited = OwnReferences(entities, Datasets.AuDfat, un);
        Recall("AU entries citing their UN reference (the opening reference of the remarks), all evidence", auCited, links, un);
        Recall("the same, without UN references", auCited, withoutUn, un);

        var auUn = entities.Where(e => e.Dataset == Datasets.AuDfat && e.Programs.Any(IsUnCommittee)).ToList();
        var auLinked = auUn.Count(e => links.TargetOf(e).Entities.Any(m => m.Dataset == Datasets.UnSc));
        Console.WriteLine($"recall AU entries listed under a UN committee that share a target with a UN entry: {auLinked}/{auUn.Count} = {Ratio(auLinked, auUn.Count)}"
            + $" (people {auUn.Count(e => e.Schema == EntitySchema.Person && links.TargetOf(e).Entities.Any(m => m.Dataset == Datasets.UnSc))}/{auUn.Count(e => e.Schema == EntitySchema.Person)})");

        // The api check imports six files (no US CSL, no EU): its one target for KOREAN PEOPLE'S ARMY must hold without the CSL's country.
        var six = EntityLinker.Link(entities.Where(e => e.Dataset is not (Datasets.UsTradeCsl or Datasets.EuFsf)).ToList());
        var kpa = six.Find("gb_hmt_sanctions-13548");
        Console.WriteLine($"six files of the api check: {six.Targets.Count:N0} targets; UK 13548 (KOREAN PEOPLE'S ARMY) is linked with {(kpa is null ? "-" : string.Join(", ", kpa.Members.Where(m => m.Id != "gb_hmt_sanctions-13548").Select(m => m.Label)))}");

        if (args.Contains("--refused"))
            foreach (var r in links.Refused) Console.WriteLine($"refused {r.Link.From} {r.Link.To} {r.Link.Kind} {r.Link.Detail}: {r.Conflict}");
        var unlinkedAt = Array.IndexOf(args, "--unlinked");
        if (unlinkedAt >= 0 && unlinkedAt + 1 < args.Length) WriteUnlinked(args[unlinkedAt + 1], auUn, links);
        var at = Array.IndexOf(args, "--sample");
        var kindAt = Array.IndexOf(args, "--kind");
        var sampled = kindAt >= 0 && kindAt + 1 < args.Length ? Enum.Parse<LinkKind>(args[kindAt + 1]) : LinkKind.NameAndDate;
        if (at >= 0 && at + 1 < args.Length) WriteSample(args[at + 1], links, entities, sampled);
        return 0;
    }

    // DFAT's Committees column names the UN Security Council resolution ("1718 (DPRK)", "1267"); its own regimes say
    // "Autonomous", and resolution 1373 leaves the listing to each state (no UN entry).
    private static bool IsUnCommittee(string program) =>
        program.Length > 0 && char.IsDigit(program[0]) && !program.StartsWith("1373", StringComparison.Ordinal)
        && !program.Contains("Autonomous", StringComparison.OrdinalIgnoreCase);

    /// <summary>The entries of one list with each UN reference they state as their own, when the UN's file has it.</summary>
    private static List<(WatchlistEntity Entry, string Un)> OwnReferences(List<WatchlistEntity> entities, string dataset, Dictionary<string, WatchlistEntity> un) =>
        entities.Where(e => e.Dataset == dataset)
            .SelectMany(e => (e.Extra.TryGetValue("unReference", out var r) ? r : []).Select(x => (Entry: e, Un: x)))
            .Where(p => un.ContainsKey(p.Un)).ToList();

    private static void Recall(string what, List<(WatchlistEntity Entry, string Un)> cited, LinkSet links, Dictionary<string, WatchlistEntity> un)
    {
        var hit = cited.Count(p => links.TargetOf(p.Entry).Entities.Contains(un[p.Un]));
        Console.WriteLine($"recall {what}: {hit}/{cited.Count} = {Ratio(hit, cited.Count)}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "-";

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>300 links of one kind drawn with a fixed seed, one line each with both entries' facts.</summary>
    private static void WriteSample(string path, LinkSet links, List<WatchlistEntity> entities, LinkKind kind)
    {
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var all = links.Targets.SelectMany(t => t.Links).Where(l => l.Kind == kind).OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal).ToList();
        var rng = new Random(13);
        var sample = all.OrderBy(_ => rng.Next()).Take(300).OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal);
        using var w = new StreamWriter(path);
        w.WriteLine("label\tfrom\tto\tevidence\tfrom_facts\tto_facts");
        foreach (var l in sample) w.WriteLine($"?\t{l.From}\t{l.To}\t{l.Detail}\t{Facts(byId[l.From])}\t{Facts(byId[l.To])}");
        Console.WriteLine($"wrote {Math.Min(300, all.Count)} of {all.Count:N0} {kind} links to {path}");
    }

    /// <summary>The AU entries under a UN committee left out of every UN target, with their facts and refusals.</summary>
    private static void WriteUnlinked(string path, List<WatchlistEntity> auUn, LinkSet links)
    {
        using var w = new StreamWriter(path);
        foreach (var e in auUn.Where(e => !links.TargetOf(e).Entities.Any(m => m.Dataset == Datasets.UnSc)))
        {
            w.WriteLine($"{e.Id}\t{string.Join(" ; ", e.Names.Select(n => n.Full))}\t{Facts(e)}\tlisted {e.ListingDate}");
            foreach (var l in links.TargetOf(e).Links) w.WriteLine($"    linked {l.From} {l.To} {l.Kind} {l.Detail}");
            foreach (var r in links.Refused.Where(r => r.Link.From == e.Id || r.Link.To == e.Id)) w.WriteLine($"    refused {r.Link.From} {r.Link.To} {r.Link.Kind} {r.Link.Detail}: {r.Conflict}");
        }
    }

    private static string Facts(WatchlistEntity e) => string.Join(" | ",
        e.Caption, e.Schema.FtmName(), "dob " + string.Join(",", e.BirthDates), "nat " + string.Join(",", e.Nationalities), "ctry " + string.Join(",", e.Countries), "listed " + e.ListingDate, "g " + (e.Gender ?? "-"),
        "pob " + string.Join(";", e.BirthPlaces.Select(p => p.Text)), "prog " + string.Join(",", e.Programs),
        "pos " + string.Join(";", e.Positions.Take(2)), "ids " + string.Join(",", e.Identifiers.Take(3).Select(i => i.Type + ":" + i.Number)),
        "note " + string.Join(" ", e.Notes).Replace('\t', ' ').Replace('\n', ' ')[..Math.Min(160, string.Join(" ", e.Notes).Length)]);
}
