using System.Text;
using Argus.Batch;
using Argus.Tests.Support;

namespace Argus.Tests.Batch;

/// <summary>A customer file is one encoding, told from all of its bytes; a line that is not in it is a bad row.</summary>
public class CustomerFileEncodingTests
{
    static CustomerFileEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static List<InputRow> ReadAll(string path, out string description, string? declared = null)
    {
        using var reader = CustomerFiles.Open(path, declared);
        description = reader.Description;
        return reader.Rows().ToList();
    }

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    [Fact]
    public void One_stray_byte_in_a_utf8_file_is_one_bad_row_and_every_other_row_is_read_as_utf8()
    {
        using var dir = new TempDir();
        var path = dir.File("x.csv");
        File.WriteAllBytes(path, [.. Utf8("name,dob,country\n조춘룡,,kp\nBad "), 0xFF, .. Utf8(" Byte,,us\nMüller,,de\n")]);

        var rows = ReadAll(path, out var description);
        Assert.Contains("UTF-8", description);
        Assert.Equal(3, rows.Count);
        Assert.Equal("조춘룡", rows[0][0]);
        Assert.Empty(rows[1].Values);
        Assert.Equal("line 3", rows[1].Location);
        Assert.Contains("0xFF", rows[1].Error);
        Assert.Contains("offset 35", rows[1].Error);
        Assert.Equal("Müller", rows[2][0]);
    }

    [Fact]
    public void A_bad_byte_far_into_the_file_is_a_bad_row_not_a_replacement_character()
    {
        using var dir = new TempDir();
        var path = dir.File("big.csv");
        var head = new StringBuilder("name;country\n");
        for (var i = 1; i < 5000; i++) head.Append("Personne Numéro ").Append(i).Append(";fr\n");
        File.WriteAllBytes(path, [.. Utf8(head.ToString()), .. Utf8("Caf"), 0xE9, .. Utf8(";fr\nЖуков;ru\n")]);

        var rows = ReadAll(path, out _);
        Assert.Equal(5001, rows.Count);
        Assert.All(rows, r => Assert.DoesNotContain(r.Values, v => v is not null && v.Contains('\uFFFD')));
        var bad = Assert.Single(rows, r => r.Error is not null);
        Assert.Equal(5000, bad.Row);
        Assert.Equal("line 5001", bad.Location);
        Assert.Contains("0xE9", bad.Error);
        Assert.Equal("Жуков", rows[^1][0]);
    }

    [Fact]
    public void The_same_holds_for_json_lines()
    {
        using var dir = new TempDir();
        var path = dir.File("x.jsonl");
        File.WriteAllBytes(path, [.. Utf8("{\"name\": \"조춘룡\"}\n{\"name\": \"Bad "), 0xFF, .. Utf8("\"}\n{\"name\": \"Ri\"}\n")]);
        var rows = ReadAll(path, out var description);
        Assert.Contains("UTF-8", description);
        Assert.Equal("조춘룡", rows[0][0]);
        Assert.Equal("line 2", rows[1].Location);
        Assert.Contains("0xFF", rows[1].Error);
        Assert.Equal("Ri", rows[2][0]);
    }

    [Fact]
    public void A_latin_legacy_file_with_no_utf8_sequence_is_read_as_windows_1252()
    {
        using var dir = new TempDir();
        var path = dir.File("legacy.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(1252).GetBytes("name\nJürgen Müller\nAção Þórður\nFrançois “Le Grand”\n"));
        var rows = ReadAll(path, out var description);
        Assert.Contains("Windows-1252", description);
        Assert.Equal(["Jürgen Müller", "Ação Þórður", "François “Le Grand”"], rows.Select(r => r[0]));
    }

    [Fact]
    public void A_cyrillic_legacy_file_is_refused_with_the_first_bad_byte_unless_its_encoding_is_declared()
    {
        using var dir = new TempDir();
        var path = dir.File("ru.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(1251).GetBytes("name,country\nVladimir,ru\nВладимир Путин,ru\n"));

        var e = Assert.Throws<InvalidDataException>(() => CustomerFiles.Open(path));
        Assert.Contains("offset 25", e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.Contains("--encoding", e.Message);

        var rows = ReadAll(path, out var description, "windows-1251");
        Assert.Contains("windows-1251", description);
        Assert.Equal("Владимир Путин", rows[1][0]);
    }

    [Fact]
    public void A_byte_that_windows_1252_leaves_undefined_refuses_a_file_without_utf8()
    {
        using var dir = new TempDir();
        var path = dir.File("odd.csv");
        File.WriteAllBytes(path, [.. Utf8("name\nAb"), 0x81, .. Utf8("c\n")]);
        var e = Assert.Throws<InvalidDataException>(() => CustomerFiles.Open(path));
        Assert.Contains("0x81", e.Message);
        Assert.Contains("offset 7", e.Message);
    }

    [Fact]
    public void A_declared_encoding_decodes_strictly_and_an_unknown_one_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("x.csv");
        File.WriteAllBytes(path, [.. Utf8("name\nAb"), 0xFF, .. Utf8("c\nDe\n")]);
        var rows = ReadAll(path, out _, "utf-8");
        Assert.Contains("0xFF", rows[0].Error);
        Assert.Equal("De", rows[1][0]);
        Assert.Contains("klingon", Assert.Throws<ArgumentException>(() => CustomerFiles.Open(path, "klingon")).Message);
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_a_bad_row()
    {
        using var dir = new TempDir();
        var path = dir.File("u16.csv");
        var bytes = new List<byte>(Encoding.Unicode.GetPreamble());
        bytes.AddRange(Encoding.Unicode.GetBytes("name\nAb"));
        bytes.AddRange([0x00, 0xD8]); // a high surrogate with no low one after it
        bytes.AddRange(Encoding.Unicode.GetBytes("c\nDe\n"));
        File.WriteAllBytes(path, bytes.ToArray());
        var rows = ReadAll(path, out var description);
        Assert.Contains("UTF-16 LE", description);
        Assert.NotNull(rows[0].Error);
        Assert.Equal("line 2", rows[0].Location);
        Assert.Equal("De", rows[1][0]);
    }

    [Fact]
    public void A_header_that_cannot_be_decoded_refuses_the_file()
    {
        using var dir = new TempDir();
        var path = dir.File("h.csv");
        File.WriteAllBytes(path, [.. Utf8("na"), 0xFF, .. Utf8("me\n조춘룡\n")]);
        var e = Assert.Throws<InvalidDataException>(() => CustomerFiles.Open(path));
        Assert.Contains("line 1", e.Message);
    }
    [Fact]
    public void A_line_longer_than_the_record_bound_is_a_bad_row_and_the_next_lines_are_read()
    {
        using var dir = new TempDir();
        var path = dir.File("long.csv");
        File.WriteAllText(path, "name,country\nRi,kp\n" + new string('A', 1 << 20) + ",us\nJo,kp\n");
        var rows = ReadAll(path, out _);
        Assert.Equal(3, rows.Count);
        Assert.Contains("longer than the 65,536 bytes", rows[1].Error);
        Assert.Equal("line 3", rows[1].Location);
        Assert.Equal("Jo", rows[2][0]);
    }
}
