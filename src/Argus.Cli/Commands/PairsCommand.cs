using System.CommandLine;
using System.Globalization;
using System.Text;
using Argus.Batch;
using Argus.Matching;
using Argus.Model;
using Sylvan.Data.Csv;

namespace Argus.Cli.Commands;

/// <summary>`argus pairs IN.csv --out OUT.csv`: scores pairs of names and appends score and match.</summary>
public static class PairsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("in") { Description = "CSV with a header: name1, name2, optional schema; other columns are kept." };
        var output = new Option<string>("--out") { Description = "CSV to write: the input columns plus score and match.", Required = true };
        var command = new Command("pairs", "Score pairs of names (name1, name2) and append score and match.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var inPath = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            if (!File.Exists(inPath)) throw new UsageException($"{inPath}: no such file");
            var (rows, matches) = ScorePairs(inPath, outPath, PairScorer.Default);
            Console.Error.WriteLine($"argus: {rows:N0} pairs scored, {matches:N0} matches at threshold {PairScorer.Default.Threshold.ToString(CultureInfo.InvariantCulture)}; written to {outPath}");
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Refuses an output that is the input (by inode), reads every row first (so that a bad row changes
    /// nothing), then writes the output file whole or not at all.
    /// </summary>
    public static (int Rows, int Matches) ScorePairs(string inPath, string outPath, PairScorer scorer)
    {
        DistinctFiles.Require(new NamedFile("input", inPath), new NamedFile("--out", outPath));
        string[] header;
        var rows = new List<string[]>();
        using (var reader = CsvDataReader.Create(inPath, new CsvDataReaderOptions { HasHeaders = true }))
        {
            header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            while (reader.Read())
            {
                var row = new string[header.Length];
                for (var i = 0; i < header.Length; i++) row[i] = i < reader.RowFieldCount ? reader.GetString(i) : "";
                rows.Add(row);
            }
        }
        int Column(string name) => Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        var c1 = Column("name1");
        var c2 = Column("name2");
        var cs = Column("schema");
        if (c1 < 0 || c2 < 0) throw new FormatException($"{inPath}: line 1: the header needs columns name1 and name2 (found: {string.Join(", ", header)})");

        var output = new StringBuilder();
        output.AppendLine(string.Join(',', header.Concat(["score", "match"]).Select(Quote)));
        var matches = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var line = r + 2;
            if (string.IsNullOrWhiteSpace(row[c1]) || string.IsNullOrWhiteSpace(row[c2]))
                throw new FormatException($"{inPath}: line {line}: name1 and name2 must both be given");
            var schema = EntitySchema.Thing;
            if (cs >= 0 && !string.IsNullOrWhiteSpace(row[cs]) && !EntitySchemas.TryParse(row[cs], out schema))
                throw new FormatException($"{inPath}: line {line}: unknown schema '{row[cs]}'");
            var s = scorer.Score(row[c1], row[c2], schema);
            if (s.Match) matches++;
            output.AppendLine(string.Join(',', row.Select(Quote).Concat([s.Score.ToString("0.0000", CultureInfo.InvariantCulture), s.Match ? "true" : "false"])));
        }
        var bytes = new UTF8Encoding(false).GetBytes(output.ToString());
        FileReplacement.Write(outPath, file => file.Write(bytes));
        return (rows.Count, matches);
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
