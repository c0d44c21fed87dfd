using System.IO.Compression;
using System.Text;
using Argus.Batch;
using Argus.Matching;
using Argus.Names;
using Argus.Sources;
using Argus.Text;
using Argus.Web;
using Argus.Web.Contracts;
using Argus.Web.Http;

namespace Argus.Fuzz;

/// <summary>
/// Every input path that takes a file or text from outside, each with its seeds: the real samples of the
/// repository (<c>samples/</c>) and the corpus beside this project (<c>fuzz/corpus/TARGET/</c>), which
/// also keeps the inputs of every finding.
/// </summary>
public sealed class FuzzTargets
{
    private readonly string _repoRoot;
    private readonly Lazy<ScreeningIndex> _index;
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "argus-fuzz-" + Environment.ProcessId);

    public FuzzTargets(string repoRoot)
    {
        _repoRoot = repoRoot;
        _index = new Lazy<ScreeningIndex>(BuildSampleIndex);
        All = [.. ListReaders(), ListDetection(), .. CustomerReaders(), NameParsing(), Screening(), TextScanning(), MatchRequests(), ScanRequests()];
    }

    public IReadOnlyList<FuzzTarget> All { get; }

    public FuzzTarget this[string name] =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no fuzz target '{name}'; targets: {string.Join(", ", All.Select(t => t.Name))}");

    /// <summary>The directory of a target's corpus in the repository.</summary>
    public string CorpusDirectory(string target) => Path.Combine(_repoRoot, "fuzz", "corpus", target);

    /// <summary>Sample list files of each format, relative to samples/lists.</summary>
    private static readonly Dictionary<string, string[]> ListSamples = new()
    {
        ["un-xml"] = ["un/consolidated.xml"],
        ["ofac-xml"] = ["ofac/consolidated.xml"],
        ["eu-fsf-xml"] = ["eu/fsf.xml"],
        ["ca-sema-xml"] = ["ca/sema-lmes.xml"],
        ["ofac-csv"] = ["ofac/sdn.csv"],
        ["us-csl-csv"] = ["us_csl/consolidated.csv"],
        ["uk-ofsi-csv"] = ["uk/ConList.csv"],
        ["uk-ofsi-xlsx"] = [],
        ["au-dfat-xlsx"] = ["au/regulation8_consolidated.xlsx"],
        ["ftm-json"] = ["ftm/entities.ftm.json"],
        ["names-csv"] = ["../own-lists/watchlist.csv"],
    };

    private IEnumerable<FuzzTarget> ListReaders()
    {
        var companions = OfacCompanions();
        foreach (var format in ListFormats.All)
        {
            var seeds = ListSamples[format.Name].Select(p => Seed(Path.Combine("samples", "lists", p))).Concat(Corpus(format.Name)).ToList();
            yield return new FuzzTarget(format.Name, seeds,
                seed => format.Read(ListSource.FromBytes(seed.Name, seed.Bytes, companions)),
                e => NamesItsPlace(e, "list"));
        }
    }

    /// <summary>Format detection and reading as `argus lists import` does it, gzip included.</summary>
    private FuzzTarget ListDetection()
    {
        var companions = OfacCompanions();
        var plain = ListSamples.Values.SelectMany(p => p).Select(p => Seed(Path.Combine("samples", "lists", p)))
            .Concat(ListSamples.Keys.SelectMany(Corpus)).ToList();
        var gzipped = plain.Take(3).Select(s => new FuzzSeed(s.Name + ".gz", Gzip(s.Bytes)));
        return new FuzzTarget("list-detect", [.. plain, .. gzipped, .. Corpus("list-detect")],
            seed => ListFormats.Read(ListSource.FromBytes(seed.Name, seed.Bytes, companions)),
            e => NamesItsPlace(e, "list"));
    }

    private IEnumerable<FuzzTarget> CustomerReaders()
    {
        var customers = Path.Combine("samples", "customers");
        yield return CustomerReader("customer-csv", [Seed(Path.Combine(customers, "customers.csv")), Seed(Path.Combine(customers, "bad-rows.csv"))], p => new CsvCustomerReader(p, TextEncodingSniffer.Detect(p)));
        yield return CustomerReader("customer-jsonl", [Seed(Path.Combine(customers, "customers.jsonl"))], p => new JsonLinesCustomerReader(p, TextEncodingSniffer.Detect(p)));
        yield return CustomerReader("customer-xlsx", [], p => new XlsxCustomerReader(p));
    }

    /// <summary>A customer file is read as a batch run reads it: columns mapped, every row made a subject or a rejected row.</summary>
    private FuzzTarget CustomerReader(string name, FuzzSeed[] samples, Func<string, ICustomerFileReader> open) =>
        new(name, [.. samples, .. Corpus(name)], seed =>
        {
            var path = ScratchFile(seed.Name);
            File.WriteAllBytes(path, seed.Bytes);
            try
            {
                using var reader = open(path);
                var subjects = new SubjectBuilder(ColumnMapping.Detect(reader.Columns));
                foreach (var row in reader.Rows()) subjects.Build(row);
            }
            finally
            {
                File.Delete(path);
            }
        }, e => NamesItsPlace(e, "customer"));

    private FuzzTarget NameParsing() =>
        new("name-parser", [.. NameSeeds(), .. Corpus("name-parser")], seed =>
        {
            var text = Text(seed.Bytes);
            foreach (var reading in Enum.GetValues<NameReading>()) NameParser.Parse(text, reading);
            NameParser.Alternatives(text);
            NameParser.FamilyNameLast(text);
            NameParser.WithoutParentheses(text);
        }, _ => false) { MaxInputBytes = 16 * 1024 };

    private FuzzTarget Screening() =>
        new("screen", [.. NameSeeds(), .. Corpus("screen")], seed =>
        {
            var text = Text(seed.Bytes);
            var names = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) return;
            _index.Value.Screen(new ScreeningQuery { Names = names });
        }, _ => false) { MaxInputBytes = 16 * 1024 };

    private FuzzTarget TextScanning() =>
        new("text-scan", [.. Directory.GetFiles(Path.Combine(_repoRoot, "samples", "news")).Order().Select(p => Seed(Path.GetRelativePath(_repoRoot, p))), .. Corpus("text-scan")],
            seed => new TextScanner(_index.Value).Scan(Text(seed.Bytes)),
            e => e is TextTooLargeException);

    /// <summary>
    /// The body of <c>POST /match</c> read as the route reads it (JSON, fields, config, every example), then
    /// each example screened over the sample lists: a result, or a 4xx naming the field.
    /// </summary>
    private FuzzTarget MatchRequests() =>
        new("match-request", Corpus("match-request").ToList(), seed =>
        {
            foreach (var (_, example) in MatchRequest.ReadQueries(seed.Bytes, new RequestLimits()))
                if (example.Query is { } query) _index.Value.Screen(query);
        }, IsClientError) { MaxInputBytes = 64 * 1024 };

    /// <summary>The body of <c>POST /scan</c> by its Content-Type (the seed's extension: .json is JSON, else text).</summary>
    private FuzzTarget ScanRequests() =>
        new("scan-request", Corpus("scan-request").ToList(), seed =>
            ScanText.FromBody(seed.Name.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/plain; charset=utf-8", seed.Bytes, new RequestLimits()),
            IsClientError) { MaxInputBytes = 64 * 1024 };

    /// <summary>The HTTP API's contract for a bad request: a problem with a 4xx status, never a 500.</summary>
    private static bool IsClientError(Exception e) => e is RequestProblemException { Status: >= 400 and < 500 };

    /// <summary>
    /// The readers' contract: a list reader throws <see cref="ListFormatException"/> with the file and a
    /// place; a customer-file reader an <see cref="InvalidDataException"/> whose message starts with the file.
    /// </summary>
    private static bool NamesItsPlace(Exception e, string kind) => kind == "list"
        ? e is ListFormatException l && !string.IsNullOrWhiteSpace(l.Location) && !string.IsNullOrWhiteSpace(l.Source_)
        : e is InvalidDataException && e.Message.StartsWith("fuzz-", StringComparison.Ordinal);

    /// <summary>Bytes as text in the two ways a caller may get them: UTF-8 (invalid bytes replaced) or raw UTF-16 (lone surrogates kept).</summary>
    private static string Text(byte[] bytes) =>
        bytes.Length > 0 && bytes[0] == 0xFE ? Encoding.Unicode.GetString(bytes, 1, (bytes.Length - 1) & ~1) : Encoding.UTF8.GetString(bytes);

    private IEnumerable<FuzzSeed> NameSeeds() =>
        Directory.GetFiles(Path.Combine(_repoRoot, "samples", "pairs"), "*.csv").Order()
            .SelectMany(File.ReadLines).Skip(1).Take(200)
            .Select((line, i) => new FuzzSeed($"name-{i}", Encoding.UTF8.GetBytes(line.Split(',')[0].Trim('"'))));

    private Dictionary<string, byte[]> OfacCompanions() =>
        new[] { "alt.csv", "add.csv", "sdn_comments.csv" }
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_repoRoot, "samples", "lists", "ofac", f)));

    private FuzzSeed Seed(string relativePath) => new(Path.GetFileName(relativePath), File.ReadAllBytes(Path.Combine(_repoRoot, relativePath)));

    private IEnumerable<FuzzSeed> Corpus(string target)
    {
        var dir = CorpusDirectory(target);
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(p => new FuzzSeed(Path.GetFileName(p), File.ReadAllBytes(p)))
            : [];
    }

    /// <summary>A scratch file per thread, named "fuzz-…" so that the reader's messages can be checked for it.</summary>
    private string ScratchFile(string seedName)
    {
        Directory.CreateDirectory(_scratch);
        return Path.Combine(_scratch, $"fuzz-{Environment.CurrentManagedThreadId}{Path.GetExtension(seedName)}");
    }

    private ScreeningIndex BuildSampleIndex()
    {
        var lists = Path.Combine(_repoRoot, "samples", "lists");
        var entities = ListSamples.Values.SelectMany(p => p)
            .SelectMany(p => ListFormats.Read(ListSource.FromFile(Path.Combine(lists, p))).Entities);
        return ScreeningIndex.Build(entities);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest)) gz.Write(bytes);
        return buffer.ToArray();
    }
}
