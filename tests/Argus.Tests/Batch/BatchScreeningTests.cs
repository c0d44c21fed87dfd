using System.Text.Json;
using Argus.Batch;
using Argus.Tests.Support;

namespace Argus.Tests.Batch;

public class BatchScreeningTests
{
    private static readonly TokenOverlapScreener Screener = new([
        TokenOverlapScreener.Person("un_sc_sanctions", "KPi.076", "RI PYONG CHOL"),
        TokenOverlapScreener.Person("us_ofac_sdn", "35096", "PUTIN, Vladimir Vladimirovich", "Vladimir PUTIN"),
    ]);

    private sealed class ListSink(Action<BatchChunk>? after = null) : IBatchSink
    {
        public readonly List<BatchChunk> Chunks = [];
        public void Write(BatchChunk chunk)
        {
            Chunks.Add(chunk);
            after?.Invoke(chunk);
        }
    }

    private static string WriteFile(TempDir dir, int rows)
    {
        var path = dir.File("customers.csv");
        using var w = new StreamWriter(path);
        w.WriteLine("id,name,dob");
        for (var i = 1; i <= rows; i++)
        {
            var name = (i % 50) switch { 0 => "Ri Pyong Chol", 25 => "Vladimir Putin", 13 => "", _ => $"Person Number{i}" };
            var dob = i % 97 == 0 ? "31/02/1970" : "1970";
            w.WriteLine($"R{i},{name},{dob}");
        }
        return path;
    }

    [Fact]
    public async Task Rows_come_out_in_input_order_with_every_match_and_every_rejection()
    {
        using var dir = new TempDir();
        var path = WriteFile(dir, 2000);
        using var reader = CustomerFiles.Open(path);
        var formatter = new BatchOutputFormatter(BatchOutputFormat.JsonLines);
        var batch = new BatchScreening(Screener, new SubjectBuilder(ColumnMapping.Detect(reader.Columns)), formatter,
            new BatchOptions { Threads = 3, ChunkSize = 7 });
        var sink = new ListSink();
        var summary = await batch.RunAsync(reader, sink);

        var lines = sink.Chunks.SelectMany(c => System.Text.Encoding.UTF8.GetString(c.Output.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.Equal(2000, lines.Length);
        var rows = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("row").GetInt64()).ToArray();
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), rows);

        var expectedRejected = Enumerable.Range(1, 2000).Count(i => i % 50 == 13 || i % 97 == 0);
        var expectedMatched = Enumerable.Range(1, 2000).Count(i => (i % 50 is 0 or 25) && i % 97 != 0);
        Assert.Equal(2000, summary.RowsRead);
        Assert.Equal(expectedRejected, summary.RowsRejected);
        Assert.Equal(2000 - expectedRejected, summary.RowsScreened);
        Assert.Equal(expectedMatched, summary.RowsWithMatches);
        Assert.False(summary.Stopped);

        var putin = JsonDocument.Parse(lines[24]).RootElement;
        Assert.Equal("us_ofac_sdn-35096", putin.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal("R25", putin.GetProperty("query").GetProperty("reference").GetString());
        var noName = JsonDocument.Parse(lines[12]).RootElement;
        Assert.Equal("no name", noName.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_stop_writes_every_row_read_and_says_how_far_it_got()
    {
        using var dir = new TempDir();
        var path = WriteFile(dir, 5000);
        using var reader = CustomerFiles.Open(path);
        using var stop = new CancellationTokenSource();
        var batch = new BatchScreening(Screener, new SubjectBuilder(ColumnMapping.Detect(reader.Columns)),
            new BatchOutputFormatter(BatchOutputFormat.Csv), new BatchOptions { Threads = 2, ChunkSize = 10 });
        var sink = new ListSink(c => { if (c.LastRow >= 100) stop.Cancel(); });
        var summary = await batch.RunAsync(reader, sink, stop: stop.Token);

        Assert.True(summary.Stopped);
        Assert.True(summary.LastRow is >= 100 and < 5000);
        Assert.Equal(summary.LastRow, summary.RowsRead);
        Assert.Equal(summary.LastRow, sink.Chunks[^1].LastRow);
        // Whole chunks in order, then, when the stop came while a chunk was being read, the rows read of it:
        // no row read is left unwritten, so a resume from the last row loses nothing.
        Assert.All(sink.Chunks.SkipLast(1), c => Assert.Equal(10, c.RowsRead));
        Assert.InRange(sink.Chunks[^1].RowsRead, 1, 10);
        Assert.Equal(summary.LastRow, sink.Chunks.Sum(c => c.RowsRead));
    }

    [Fact]
    public async Task A_failing_sink_stops_the_batch_with_its_error()
    {
        using var dir = new TempDir();
        var path = WriteFile(dir, 3000);
        using var reader = CustomerFiles.Open(path);
        var batch = new BatchScreening(Screener, new SubjectBuilder(ColumnMapping.Detect(reader.Columns)),
            new BatchOutputFormatter(BatchOutputFormat.Csv), new BatchOptions { Threads = 2, ChunkSize = 10 });
        var sink = new ListSink(c => { if (c.LastRow >= 50) throw new IOException("disk full"); });
        var e = await Assert.ThrowsAsync<IOException>(() => batch.RunAsync(reader, sink));
        Assert.Equal("disk full", e.Message);
    }

    [Fact]
    public void Csv_output_quotes_what_needs_quoting()
    {
        Assert.Equal("\"Müller, Jürgen\"", BatchOutputFormatter.CsvField("Müller, Jürgen"));
        Assert.Equal("\"say \"\"hi\"\"\"", BatchOutputFormatter.CsvField("say \"hi\""));
        Assert.Equal("plain", BatchOutputFormatter.CsvField("plain"));
    }
}
