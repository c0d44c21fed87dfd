using System.Diagnostics;
using System.Globalization;
using System.Text;
using Argus.Matching;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Text;

namespace Argus.Bench;

/// <summary>
/// `scan-bench [MB] [--official]`: text-scanning throughput. The news articles of samples/news (and the first
/// case from ../shared when present) are repeated to MB megabytes (default 20) and scanned (1) as one large
/// text and (2) as separate documents on all cores, against the bundled sample lists or, with --official,
/// the official lists of ../shared/data/lists. The index is built before timing starts. `--one-text` stops after
/// the large text and its time by step; `--varied` adds the wikigold articles to the texts repeated.
/// </summary>
public static class ScanBenchmark
{
    public static int Run(string[] args)
    {
        var megabytes = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } mb ? int.Parse(mb, CultureInfo.InvariantCulture) : 20;
        var official = args.Contains("--official");
        var root = FindRepoRoot();
        var articles = Directory.GetFiles(Path.Combine(root, "samples", "news"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (NerEvaluation.FindShared("news", "kim-putin-summit.txt") is { } firstCase) articles.Add(File.ReadAllText(firstCase));
        // --varied: the 145 Wikipedia articles of wikigold (CC BY 4.0) join the news, so that the large text names
        // thousands of different people, places and organisations and its screening weighs as in real prose.
        if (args.Contains("--varied") && NerEvaluation.FindShared("nlp", "wikigold.conll.txt") is { } wiki) articles.AddRange(NerEvaluation.Texts(wiki));

        var sw = Stopwatch.StartNew();
        var entities = official ? LoadOfficial() : ActiveLists.LoadSamples(Path.Combine(root, "samples", "lists")).Entities;
        var index = ScreeningIndex.Build(entities);
        Console.WriteLine($"index: {entities.Count:N0} entities ({(official ? "official lists" : "bundled samples")}), built in {sw.Elapsed.TotalSeconds:0.0} s");

        var documents = new List<string>();
        var total = 0L;
        while (total < megabytes * 1_000_000L)
        {
            foreach (var a in articles)
            {
                documents.Add(a);
                total += Encoding.UTF8.GetByteCount(a);
            }
        }
        var big = string.Join("\n\n", documents);
        var bytes = Encoding.UTF8.GetByteCount(big);
        var scanner = new TextScanner(index);
        scanner.Scan(articles[0]);

        // CPU time is reported beside wall time: on a shared machine the wall clock measures the neighbours too.
        var cpu0 = CpuSeconds();
        sw.Restart();
        var report = scanner.Scan(big);
        var oneText = sw.Elapsed.TotalSeconds;
        var oneCpu = CpuSeconds() - cpu0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one text: {bytes / 1e6:0.0} MB, {report.Summary.Tokens:N0} tokens, {report.Entities.Count:N0} entities, {report.Summary.Flagged} flagged in {oneText:0.00} s wall = {bytes / 1e6 / oneText:0.0} MB/s; {oneCpu:0.00} CPU s = {bytes / 1e6 / oneCpu:0.0} MB per CPU second"));

        // The steps of the one large text, each timed on its own.
        sw.Restart();
        var doc = TextDocument.Parse(big);
        var tParse = sw.Elapsed.TotalSeconds;
        var mentions = new MentionRecognizer().Recognize(doc);
        var tMentions = sw.Elapsed.TotalSeconds;
        var grouped = CoreferenceResolver.Resolve(mentions);
        var entityOf = new Dictionary<Mention, TextEntity>(ReferenceEqualityComparer.Instance);
        foreach (var e in grouped) foreach (var m in e.Mentions) entityOf[m] = e;
        var tCoref = sw.Elapsed.TotalSeconds;
        new EntityScreening(index, new ScanOptions()).ScreenAll(grouped, out _);
        var tScreen = sw.Elapsed.TotalSeconds;
        QuoteExtractor.Extract(doc, mentions, entityOf);
        MeetingExtractor.Extract(doc, mentions, entityOf);
        var tRest = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one text by step: segmentation {tParse:0.00} s, mentions {tMentions - tParse:0.00} s, coreference {tCoref - tMentions:0.00} s, screening {tScreen - tCoref:0.00} s, quotes and meetings {tRest - tScreen:0.00} s"));
        if (args.Contains("--one-text")) return 0;

        cpu0 = CpuSeconds();
        sw.Restart();
        var flagged = 0;
        Parallel.ForEach(documents, () => 0, (article, _, n) => n + scanner.Scan(article).Summary.Flagged, n => Interlocked.Add(ref flagged, n));
        var perDoc = sw.Elapsed.TotalSeconds;
        var docCpu = CpuSeconds() - cpu0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents: {documents.Count:N0} articles ({bytes / 1e6:0.0} MB) on {Environment.ProcessorCount} cores, {flagged:N0} flags in {perDoc:0.00} s wall = {bytes / 1e6 / perDoc:0.00} MB/s, {documents.Count / perDoc:0} articles/s; {docCpu:0.00} CPU s = {bytes / 1e6 / docCpu:0.00} MB per CPU second"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine load average while measuring: {LoadAverage()}"));

        // Where an article's time goes: the same documents once more on one thread, screening timed per query.
        var timed = new TimedScreener(index);
        var timedScanner = new TextScanner(timed);
        var sample = documents.Take(Math.Min(documents.Count, 2000)).ToList();
        sw.Restart();
        foreach (var article in sample) timedScanner.Scan(article);
        var all = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breakdown over {sample.Count:N0} articles on one thread: {all:0.00} s, of which screening {timed.Seconds:0.00} s in {timed.Calls:N0} queries ({(double)timed.Calls / sample.Count:0.0} per article, {timed.Seconds * 1e3 / Math.Max(1, timed.Calls):0.00} ms each)"));
        foreach (var (name, seconds) in timed.Slowest(8))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest query: {seconds * 1e3:0.00} ms  {name}"));
        if (args.Contains("--queries"))
            foreach (var (name, seconds) in timed.Slowest(int.MaxValue))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  query: {seconds * 1e3:0.00} ms  {name}"));
        return 0;
    }

    /// <summary>Counts and times the screener's calls, to show what share of a scan the screening takes.</summary>
    private sealed class TimedScreener(IScreener inner) : IScreener
    {
        private readonly Dictionary<string, double> _byQuery = new(StringComparer.Ordinal);
        public int Calls { get; private set; }
        public double Seconds { get; private set; }
        public double DefaultThreshold => inner.DefaultThreshold;

        public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
        {
            var t = Stopwatch.GetTimestamp();
            var r = inner.Screen(query, options);
            var s = Stopwatch.GetElapsedTime(t).TotalSeconds;
            Calls++;
            Seconds += s;
            var key = $"{query.Schema}: {string.Join(" | ", query.Names)}";
            _byQuery[key] = Math.Max(_byQuery.GetValueOrDefault(key), s);
            return r;
        }

        public IEnumerable<(string Query, double Seconds)> Slowest(int n) =>
            _byQuery.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value));
    }

    private static double CpuSeconds()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalSeconds;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<WatchlistEntity> LoadOfficial()
    {
        var entities = new List<WatchlistEntity>();
        foreach (var f in new[] { "un/consolidated.xml", "ofac/sdn.csv", "ofac/consolidated.xml", "uk/ConList.xlsx", "au/regulation8_consolidated.xlsx", "ca/sema-lmes.xml" })
        {
            var path = NerEvaluation.FindShared(["lists", .. f.Split('/')]);
            if (path is null) continue;
            try { entities.AddRange(ListFormats.Read(ListSource.FromFile(path)).Entities); }
            catch (ListFormatException e) { Console.Error.WriteLine($"scan-bench: {f} left out: {e.Message}"); }
        }
        return entities;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository (no Argus.slnx above the working directory)");
    }
}
