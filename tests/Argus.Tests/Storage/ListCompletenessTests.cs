using System.Text;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Storage;

/// <summary>
/// A list file cut short must not become the active list: each format's own evidence of completeness
/// (OFAC's control-Z end marker, a declared record count, a JSON line's end) is checked on import.
/// </summary>
public class ListCompletenessTests
{
    private static readonly string SampleOfac = Path.Combine(TestPaths.Samples, "lists", "ofac");

    /// <summary>The first <paramref name="lines"/> lines of a file, cut exactly at a line end.</summary>
    private static byte[] CutAtLineEnd(byte[] bytes, int lines)
    {
        var seen = 0;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n' && ++seen == lines) return bytes[..(i + 1)];
        throw new ArgumentOutOfRangeException(nameof(lines));
    }

    private static int LineCount(byte[] bytes) => bytes.Count(b => b == (byte)'\n');

    private static ListSource Ofac(byte[] sdn, bool companions = false) =>
        ListSource.FromBytes("sdn.csv", sdn, companions
            ? new Dictionary<string, byte[]>
            {
                ["alt.csv"] = File.ReadAllBytes(Path.Combine(SampleOfac, "alt.csv")),
                ["add.csv"] = File.ReadAllBytes(Path.Combine(SampleOfac, "add.csv")),
            }
            : null);

    [Fact]
    public void The_ofac_samples_end_with_the_control_z_marker_as_the_published_files_do()
    {
        foreach (var file in new[] { "sdn.csv", "alt.csv", "add.csv" })
            Assert.Equal([(byte)'\r', (byte)'\n', 0x1A], File.ReadAllBytes(Path.Combine(SampleOfac, file))[^3..]);
    }

    [Fact]
    public void A_first_import_of_an_ofac_csv_cut_at_a_line_end_is_refused_naming_the_missing_marker()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var whole = File.ReadAllBytes(Path.Combine(SampleOfac, "sdn.csv"));

        var result = new ListImporter(store).Import(Ofac(CutAtLineEnd(whole, LineCount(whole) / 2)));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("sdn.csv", result.Message);
        Assert.Contains("end-of-file marker", result.Message);
        Assert.Contains("--force", result.Message);
        Assert.Empty(store.ActiveVersions());
    }

    [Fact]
    public void Force_imports_an_ofac_csv_without_its_marker()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var whole = File.ReadAllBytes(Path.Combine(SampleOfac, "sdn.csv"));
        var cut = CutAtLineEnd(whole, 10);

        var result = new ListImporter(store).Import(Ofac(cut), new ImportOptions(Force: true));

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(10, store.ActiveVersion("us_ofac_sdn")!.EntityCount);
    }

    [Fact]
    public void A_truncated_alias_companion_refuses_the_set()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var alt = File.ReadAllBytes(Path.Combine(SampleOfac, "alt.csv"));
        var source = ListSource.FromBytes("sdn.csv", File.ReadAllBytes(Path.Combine(SampleOfac, "sdn.csv")),
            new Dictionary<string, byte[]> { ["alt.csv"] = CutAtLineEnd(alt, 3) });

        var result = new ListImporter(store).Import(source);

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("alt.csv", result.Message);
        Assert.Contains("end-of-file marker", result.Message);
    }

    [Fact]
    public void The_whole_ofac_sample_set_imports()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var result = new ListImporter(store).Import(ListSource.FromFile(Path.Combine(SampleOfac, "sdn.csv")));
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(30, store.ActiveVersion("us_ofac_sdn")!.EntityCount);
    }

    [SharedDataFact]
    public void The_real_sdn_csv_cut_to_8078_entities_is_refused_as_a_first_import()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var whole = File.ReadAllBytes(TestPaths.Shared("lists", "ofac", "sdn.csv"));

        var result = new ListImporter(store).Import(Ofac(CutAtLineEnd(whole, 8078)));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("end-of-file marker", result.Message);
        Assert.Empty(store.ActiveVersions());
    }

    [SharedDataFact]
    public void The_real_sdn_csv_cut_to_99_percent_is_refused_after_the_whole_file()
    {
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var whole = File.ReadAllBytes(TestPaths.Shared("lists", "ofac", "sdn.csv"));
        var importer = new ListImporter(store);
        Assert.Equal(ImportStatus.Imported, importer.Import(Ofac(whole)).Status);

        var result = importer.Import(Ofac(CutAtLineEnd(whole, LineCount(whole) * 99 / 100)));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("end-of-file marker", result.Message);
        Assert.Equal(14965, store.ActiveVersion("us_ofac_sdn")!.EntityCount);
    }

    [Fact]
    public void An_ofac_xml_holding_fewer_entries_than_its_record_count_is_refused_unless_forced()
    {
        var xml = File.ReadAllText(Path.Combine(SampleOfac, "consolidated.xml"));
        var last = xml.LastIndexOf("<sdnEntry>", StringComparison.Ordinal);
        var end = xml.IndexOf("</sdnEntry>", last, StringComparison.Ordinal) + "</sdnEntry>".Length;
        var shortened = Encoding.UTF8.GetBytes(xml[..last] + xml[end..]);
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store);

        var refused = importer.Import(ListSource.FromBytes("consolidated.xml", shortened));
        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains("Record_Count", refused.Message);
        Assert.Contains("13", refused.Message);
        Assert.Contains("12", refused.Message);
        Assert.Empty(store.ActiveVersions());

        var forced = importer.Import(ListSource.FromBytes("consolidated.xml", shortened), new ImportOptions(Force: true));
        Assert.Equal(ImportStatus.Imported, forced.Status);
        Assert.Equal(12, store.ActiveVersion("us_ofac_cons")!.EntityCount);
    }

    [Fact]
    public void An_ftm_file_whose_last_line_has_no_line_end_is_refused_as_possibly_cut()
    {
        var lines = File.ReadAllText(Path.Combine(TestPaths.Samples, "lists", "ftm", "entities.ftm.json"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Cut exactly before a line end: every line left is whole JSON, so only the missing end shows the cut.
        var cut = Encoding.UTF8.GetBytes(string.Join('\n', lines[..^1]));
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);

        var result = new ListImporter(store).Import(ListSource.FromBytes("entities.ftm.json", cut));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("line end", result.Message);
        Assert.Empty(store.ActiveVersions());
    }

    [Fact]
    public void An_ftm_file_cut_at_a_line_end_is_held_by_the_shrink_rule()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Samples, "lists", "ftm", "entities.ftm.json"));
        using var dir = new TempDir();
        using var store = SnapshotStore.Open(dir.Path);
        var importer = new ListImporter(store);
        var whole = importer.Import(ListSource.FromBytes("entities.ftm.json", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(ImportStatus.Imported, whole.Status);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var result = importer.Import(ListSource.FromBytes("entities.ftm.json",
            Encoding.UTF8.GetBytes(string.Join('\n', lines[..2]) + "\n")));

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains("shrink", result.Message);
    }
}
