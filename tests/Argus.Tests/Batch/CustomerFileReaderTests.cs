using System.Text;
using Argus.Batch;
using Argus.Tests.Support;

namespace Argus.Tests.Batch;

public class CustomerFileReaderTests
{
    private const string Table = "name,date_of_birth,nationality\nRi Pyong Chol,1948,kp\n\"Müller, Jürgen\",08/01/1984,de\n";

    private static List<InputRow> ReadAll(string path, out ICustomerFileReader opened)
    {
        opened = CustomerFiles.Open(path);
        using (opened) return opened.Rows().ToList();
    }

    [Theory]
    [InlineData("utf-8", "UTF-8")]
    [InlineData("utf-8-bom", "UTF-8")]
    [InlineData("utf-16le", "UTF-16 LE")]
    [InlineData("utf-16be", "UTF-16 BE")]
    [InlineData("utf-16le-nobom", "UTF-16 LE")]
    [InlineData("windows-1252", "Windows-1252")]
    public void Every_encoding_reads_the_same_names(string encoding, string expectedName)
    {
        using var dir = new TempDir();
        var path = dir.File("c.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Table),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Table)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Table)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Table)],
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(Table),
            _ => Encoding.GetEncoding(1252).GetBytes(Table),
        };
        File.WriteAllBytes(path, bytes);
        var rows = ReadAll(path, out var reader);
        Assert.Contains(expectedName, reader.Description);
        Assert.Equal(["name", "date_of_birth", "nationality"], reader.Columns);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Müller, Jürgen", rows[1][0]);
        Assert.Equal("08/01/1984", rows[1][1]);
        Assert.All(rows, r => Assert.Null(r.Error));
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void The_delimiter_is_sniffed_from_the_header(char delimiter)
    {
        using var dir = new TempDir();
        var path = dir.File("c.txt");
        var d = delimiter.ToString();
        File.WriteAllText(path, $"first_name{d}last_name{d}dob\nJohn{d}\"Smith{d} Jr\"{d}1970\nAnna{d}Kowalska{d}\n");
        var rows = ReadAll(path, out var reader);
        Assert.Equal(delimiter, ((CsvCustomerReader)reader).Delimiter);
        Assert.Equal($"Smith{d} Jr", rows[0][1]);
        Assert.Equal("Kowalska", rows[1][1]);
        Assert.Equal("", rows[1][2]);
    }

    [Fact]
    public void Quoted_fields_hold_doubled_quotes_and_line_breaks()
    {
        using var dir = new TempDir();
        var path = dir.File("c.csv");
        File.WriteAllText(path, "name,notes\n\"O\"\"Brien, Pat\",\"two\nlines\"\nNext Person,x\n");
        var rows = ReadAll(path, out _);
        Assert.Equal(2, rows.Count);
        Assert.Equal("O\"Brien, Pat", rows[0][0]);
        Assert.Equal("two\nlines", rows[0][1]);
        Assert.Equal("Next Person", rows[1][0]);
        Assert.Equal(2, rows[1].Row);
    }

    [Fact]
    public void Broken_quoting_is_a_bad_row_and_the_following_rows_are_still_read()
    {
        using var dir = new TempDir();
        var path = dir.File("c.csv");
        File.WriteAllText(path, "name,dob\n\"Unclosed Name,1970\nGood One,1971\n\"Closed\"junk,1972\nGood Two,1973\na,b,c\n");
        var rows = ReadAll(path, out _);
        Assert.Equal(5, rows.Count);
        Assert.Contains("never closed", rows[0].Error);
        Assert.Equal("line 2", rows[0].Location);
        Assert.Equal("Good One", rows[1][0]);
        Assert.Null(rows[1].Error);
        Assert.Contains("text after a closing quote", rows[2].Error);
        Assert.Equal("Good Two", rows[3][0]);
        Assert.Contains("3 fields where the header has 2", rows[4].Error);
    }

    [Fact]
    public void A_json_lines_file_reads_flat_objects_and_followthemoney_entities()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl");
        File.WriteAllText(path,
            "{\"name\": \"Ri Pyong Chol\", \"dob\": \"1948\", \"nationality\": [\"kp\", \"ru\"]}\n" +
            "not json\n" +
            "{\"schema\": \"Person\", \"properties\": {\"name\": [\"Jo Chun Ryong\"]}}\n" +
            "[1, 2]\n");
        var rows = ReadAll(path, out var reader);
        Assert.Contains("JSON lines", reader.Description);
        Assert.Equal(4, rows.Count);
        Assert.Equal("Ri Pyong Chol", rows[0][0]);
        Assert.Equal($"kp{InputRow.ValueSeparator}ru", rows[0][2]);
        Assert.Contains("not valid JSON", rows[1].Error);
        Assert.Equal("Jo Chun Ryong", rows[2][0]);
        Assert.Contains("expected a JSON object", rows[3].Error);
    }

    [Fact]
    public void An_xlsx_workbook_is_read_row_by_row_with_its_first_row_as_header()
    {
        using var dir = new TempDir();
        var path = dir.File("c.xlsx");
        XlsxFile.Write(path, [["Full Name", "Date of Birth", "Citizenship"], ["Ri Pyong Chol", "1948", "kp"], [null, null, null], ["Jo Chun Ryong", "1960-04-04", null]]);
        var rows = ReadAll(path, out var reader);
        Assert.Contains("XLSX", reader.Description);
        Assert.Equal(["Full Name", "Date of Birth", "Citizenship"], reader.Columns);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Jo Chun Ryong", rows[1][0]);
        Assert.Equal("sheet row 4", rows[1].Location);
    }

    [Fact]
    public void The_sample_customer_files_read_alike_in_every_format()
    {
        var csv = ReadAll(Path.Combine(TestPaths.Samples, "customers", "customers.csv"), out _);
        var jsonl = ReadAll(Path.Combine(TestPaths.Samples, "customers", "customers.jsonl"), out var jr);
        Assert.True(csv.Count >= 10);
        Assert.Equal(csv.Count, jsonl.Count);
        Assert.All(csv, r => Assert.Null(r.Error));
        var nameColumn = jr.Columns.ToList().IndexOf("name");
        Assert.Equal(csv.Select(r => r[1]), jsonl.Select(r => r[nameColumn]));
    }

    [Fact]
    public void A_missing_or_empty_file_is_refused_by_name()
    {
        using var dir = new TempDir();
        Assert.Contains("no such file", Assert.Throws<FileNotFoundException>(() => CustomerFiles.Open(dir.File("none.csv"))).Message);
        File.WriteAllText(dir.File("empty.csv"), "");
        Assert.Contains("empty.csv", Assert.Throws<InvalidDataException>(() => CustomerFiles.Open(dir.File("empty.csv"))).Message);
    }
}
