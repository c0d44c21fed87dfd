using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>Damaged, truncated and foreign files are refused with the file and the place; bad rows are skipped by name.</summary>
public class ParsersBBadInputTests
{
    private static string Sample(params string[] parts) => Path.Combine([TestPaths.Samples, "lists", .. parts]);

    private static ListFormatException Refused(string name, byte[] content) =>
        Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes(name, content)));

    [Fact]
    public void A_truncated_workbook_is_refused()
    {
        var bytes = File.ReadAllBytes(Sample("au", "regulation8_consolidated.xlsx"));
        var e = Refused("regulation8_consolidated.xlsx", bytes[..(bytes.Length * 2 / 3)]);
        Assert.Contains("regulation8_consolidated.xlsx", e.Message);
        Assert.Contains("damaged or truncated", e.Problem);
    }

    [Fact]
    public void A_zip_that_is_no_workbook_and_a_workbook_of_another_layout_are_refused()
    {
        var other = MinimalXlsx.Write([["Customer", "Date of birth"], ["Ri Pyong Chol", "1948"]]);
        var e = Refused("ConList.xlsx", other);
        Assert.Contains("not a known list", e.Problem);
        Assert.Contains("Customer", e.Problem);
    }

    [Fact]
    public void An_html_page_saved_as_a_workbook_is_named_as_such()
    {
        var e = Refused("ConList.xlsx", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Service unavailable</body></html>"));
        Assert.Contains("HTML page", e.Problem);
    }

    [Fact]
    public void A_workbook_with_only_a_header_is_refused()
    {
        var header = MinimalXlsx.ReadTsv(Sample("au", "regulation8_consolidated.xlsx.txt"))[0];
        var e = Refused("regulation8_consolidated.xlsx", MinimalXlsx.Write([header]));
        Assert.Contains("holds no target", e.Problem);
        Assert.Equal("row 2", e.Location);
    }

    [Fact]
    public void A_bad_row_in_a_good_workbook_is_skipped_with_a_warning_naming_it()
    {
        var rows = MinimalXlsx.ReadTsv(Sample("au", "regulation8_consolidated.xlsx.txt")).ToList();
        var bad = rows[3].ToArray();
        bad[0] = "x12";
        rows[3] = bad;
        var many = rows.Concat(Enumerable.Range(0, 30).Select(i => (IReadOnlyList<string>)new[] { (9000 + i).ToString(), $"Name {i}", "Entity", "Primary Name" })).ToList();
        var s = ListFormats.Read(ListSource.FromBytes("regulation8_consolidated.xlsx", MinimalXlsx.Write(many)));
        var warning = Assert.Single(s.Warnings);
        Assert.Contains("row 4", warning);
        Assert.Contains("x12", warning);
        Assert.Equal(37, s.Entities.Count);
    }

    [Fact]
    public void Too_many_bad_rows_refuse_the_workbook()
    {
        var rows = MinimalXlsx.ReadTsv(Sample("au", "regulation8_consolidated.xlsx.txt")).ToList();
        for (var i = 1; i < 4; i++)
        {
            var bad = rows[i].ToArray();
            bad[0] = "";
            rows[i] = bad;
        }
        var e = Refused("regulation8_consolidated.xlsx", MinimalXlsx.Write(rows));
        Assert.Contains("3 of 16 rows are unreadable", e.Problem);
    }

    [Fact]
    public void Uk_csv_rows_without_group_id_are_skipped_and_a_file_without_header_refused()
    {
        var lines = File.ReadAllLines(Sample("uk", "ConList.csv"), Encoding.UTF8).ToList();
        var extra = Enumerable.Range(0, 30).Select(i => string.Join(',', Enumerable.Repeat("", 34).Prepend($"NAME {i}")) + $",{20000 + i}");
        var good = string.Join("\r\n", lines.Concat(extra.Select(l => ReplaceGroupType(l))));
        var broken = good.Replace(",Individual,Primary name,,Democratic People's Republic of Korea,20/05/2016,30/11/2016,31/12/2020,13359", ",Individual,Primary name,,Democratic People's Republic of Korea,20/05/2016,30/11/2016,31/12/2020,");
        var s = ListFormats.Read(ListSource.FromBytes("ConList.csv", Encoding.UTF8.GetBytes(broken)));
        var warning = Assert.Single(s.Warnings);
        Assert.Contains("row 6", warning);
        Assert.Contains("no Group ID", warning);
        Assert.Equal(38, s.Entities.Count);

        var headerless = string.Join("\r\n", lines.Take(1).Concat(lines.Skip(2)));
        Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("ConList.csv", Encoding.UTF8.GetBytes(headerless))));
    }

    private static string ReplaceGroupType(string line)
    {
        // Column 29 (0-based 28) is Group Type, 29 Alias Type.
        var cells = line.Split(',');
        cells[28] = "Entity";
        cells[29] = "Primary name";
        return string.Join(',', cells);
    }

    [Fact]
    public void A_windows_1252_uk_csv_is_read_with_its_accents()
    {
        var text = File.ReadAllText(Sample("uk", "ConList.csv"), Encoding.UTF8).Replace("Владимир Владимирович Путин", "").Replace("’", "'")
            .Replace("إبراهيم عواد إبراهيم علي البدري السامرائي", "").Replace("أبو بكر البغدادي الحسيني القريشي", "").Replace("أبو دعاء", "").Replace("القاعده في العراق", "")
            .Replace("KOREAN PEOPLE'S ARMY", "KOREAN PEOPLE'S ARMY (Armée populaire coréenne)");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var s = ListFormats.Read(ListSource.FromBytes("ConList.csv", Encoding.GetEncoding(1252).GetBytes(text)));
        Assert.Contains(s.Entities, e => e.Caption == "KOREAN PEOPLE'S ARMY (Armée populaire coréenne)");
    }

    [Fact]
    public void Truncated_canadian_and_eu_xml_are_refused_with_line_and_position()
    {
        foreach (var (name, path) in new[] { ("sema-lmes.xml", Sample("ca", "sema-lmes.xml")), ("fsf.xml", Sample("eu", "fsf.xml")) })
        {
            var bytes = File.ReadAllBytes(path);
            var e = Refused(name, bytes[..(bytes.Length / 2)]);
            Assert.Contains(name, e.Message);
            Assert.StartsWith("line ", e.Location);
            Assert.Contains("position", e.Location);
            Assert.Contains("truncated", e.Problem);
        }
    }

    [Fact]
    public void An_eu_file_with_latin1_bytes_under_a_utf8_declaration_is_refused()
    {
        var text = File.ReadAllText(Sample("eu", "fsf.xml"), Encoding.UTF8);
        var bytes = Encoding.Latin1.GetBytes(text.Replace("İslami Büyük Doğu Akıncılar Cephesi", "Islami Büyük Dogu Akincilar Cephesi")
            .Replace("Ισλαµικό", "x").Replace("Μέγα", "x").Replace("Πολεµιστών", "x").Replace("της", "x").Replace("Ανατολής", "x").Replace("Μέτωπο", "x").Replace("των", "x"));
        var e = Refused("fsf.xml", bytes);
        Assert.StartsWith("line ", e.Location);
    }

    [Fact]
    public void A_canadian_record_without_a_name_is_skipped_with_its_line()
    {
        var text = File.ReadAllText(Sample("ca", "sema-lmes.xml"), Encoding.UTF8);
        var records = string.Concat(Enumerable.Range(0, 30).Select(i => $"\t<record>\n\t\t<Country>Iran</Country>\n\t\t<EntityOrShip>Sample Org {i}</EntityOrShip>\n\t\t<Item>{900 + i}</Item>\n\t</record>\n"));
        var broken = text.Replace("<EntityOrShip>Belarusski Avtomobilnyi Zavod BelAZ (Belarusian Automobile Plant)</EntityOrShip>", "")
            .Replace("</data-set>", records + "</data-set>");
        var s = ListFormats.Read(ListSource.FromBytes("sema-lmes.xml", Encoding.UTF8.GetBytes(broken)));
        var warning = Assert.Single(s.Warnings);
        Assert.Matches(@"line \d+ \(record #3\)", warning);
        Assert.Equal(36, s.Entities.Count);
    }

    [Fact]
    public void Empty_files_are_refused_by_every_reader()
    {
        foreach (var format in new IListFormat[] { new UkOfsiCsvFormat(), new UkOfsiXlsxFormat(), new AuDfatXlsxFormat(), new CaSemaXmlFormat(), new EuFsfXmlFormat(), new FtmJsonFormat() })
        {
            var e = Assert.Throws<ListFormatException>(() => format.Read(ListSource.FromBytes("empty.file", [])));
            Assert.Contains("empty.file", e.Message);
        }
    }
}
