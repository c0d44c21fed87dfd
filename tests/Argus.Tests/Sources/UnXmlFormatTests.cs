using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>Reads the real UN file once for all tests of the class.</summary>
public sealed class UnListFixture
{
    private readonly Lazy<ListSnapshot> _snapshot = new(() => SnapshotAssertions.ReadShared("un", "consolidated.xml"));
    public ListSnapshot Snapshot => _snapshot.Value;
}

public class UnXmlFormatTests(UnListFixture fixture) : IClassFixture<UnListFixture>
{
    private ListSnapshot Un => fixture.Snapshot;

    [SharedDataFact]
    public void The_real_file_holds_730_people_and_273_organisations()
    {
        Assert.Equal(Datasets.UnSc, Un.Dataset);
        Assert.Equal("un-xml", Un.Format);
        Assert.Equal(1003, Un.Entities.Count);
        Assert.Equal(730, Un.CountsBySchema()["Person"]);
        Assert.Equal(273, Un.CountsBySchema()["Organization"]);
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), Un.Published);
        SnapshotAssertions.AssertWellFormed(Un);
    }

    [SharedDataFact]
    public void Ri_Pyong_Chul_KPi_076()
    {
        var e = Un.Entity("KPi.076");
        Assert.Equal("un_sc_sanctions-KPi.076", e.Id);
        Assert.Equal("RI PYONG CHUL", e.Caption);
        Assert.Equal(EntitySchema.Person, e.Schema);
        Assert.Contains("Ri Pyong Chol", e.NamesOf(NameKind.Alias));
        Assert.Contains("Ri Pyo’ng-ch’o’l", e.NamesOf(NameKind.Alias));
        Assert.Equal(["1948"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["kp"], e.Nationalities);
        Assert.Equal(new PartialDate(2017, 12, 22), e.ListingDate);
        Assert.Equal(new PartialDate(2024, 9, 17), e.ModifiedAt);
        Assert.Equal(["DPRK"], e.Programs);
        Assert.Equal("male", e.Gender);
        Assert.Contains(e.Positions, p => p.StartsWith("Vice Chairman of the Workers’ Party", StringComparison.Ordinal));
        Assert.Null(e.Names[0].Given);
        Assert.Null(e.Names[0].Family);
    }

    [SharedDataFact]
    public void Cho_Chun_Ryong_KPi_038_has_his_alias()
    {
        var e = Un.Entity("KPi.038");
        Assert.Equal("CHO CHUN RYONG", e.Caption);
        Assert.Contains("Jo Chun Ryong", e.NamesOf(NameKind.Alias));
        Assert.Equal(["1960-04-04"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["kp"], e.Nationalities);
        Assert.Equal(["Chairman of the Second Economic Committee (SEC)"], e.Positions);
        Assert.Null(e.ModifiedAt);
        Assert.Empty(e.Notes);
    }

    [SharedDataFact]
    public void References_are_trimmed_and_empty_elements_ignored()
    {
        var e = Un.Entity("KPe.046");
        Assert.Equal("un_sc_sanctions-KPe.046", e.Id);
        Assert.Equal(EntitySchema.Organization, e.Schema);
        // CDi.001 has an empty alias, an empty place of birth and an empty document.
        var badege = Un.Entity("CDi.001");
        Assert.Equal("ERIC BADEGE", badege.Caption);
        Assert.Single(badege.Names);
        Assert.Empty(badege.BirthPlaces);
        Assert.Empty(badege.Identifiers);
        Assert.Equal(["1971"], badege.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["rw"], badege.Countries);
    }

    [SharedDataFact]
    public void Alias_qualities_map_to_name_kinds()
    {
        var e = Un.Entity("CDi.003");
        Assert.Contains("Rumuli", e.NamesOf(NameKind.WeakAlias));
        Assert.Contains("Victor Rumuri", e.NamesOf(NameKind.Alias));
        var adf = Un.Entity("CDe.001");
        Assert.Contains("Allied Democratic Forces", adf.NamesOf(NameKind.Alias));
        Assert.Contains("NALU", adf.NamesOf(NameKind.PreviousName));
        var weak = Un.Entities.Sum(x => x.Names.Count(n => n.Kind == NameKind.WeakAlias));
        Assert.Equal(619, weak); // 615 Low-quality alias fields, some holding several names
        Assert.True(Un.Entities.Count(x => x.Names.Any(n => n.Kind == NameKind.OriginalScript)) >= 370);
    }

    [SharedDataFact]
    public void Several_names_in_one_field_are_separate_names()
    {
        var e = Un.Entity("IRi.003");
        Assert.Contains("Azim Adhajani", e.NamesOf(NameKind.Alias));
        Assert.Contains("Azim Agha-Jani", e.NamesOf(NameKind.Alias));
        Assert.DoesNotContain(e.Names, n => n.Full.Contains(';'));
        var glbc = Un.Entity("CDe.003");
        Assert.Equal("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)", glbc.Caption);
        Assert.Contains("GREAT LAKES BUSINESS COMPANY (GLBC)", glbc.NamesOf(NameKind.Alias));
    }

    [SharedDataFact]
    public void Approximate_and_between_birth_dates_keep_their_precision()
    {
        var all = Un.Entities.SelectMany(e => e.BirthDates).ToList();
        Assert.Contains(all, d => d.Circa);
        Assert.Contains(all, d => d.End is not null);
        var ranged = Un.Entities.Where(e => e.BirthDates.Any(d => d.End is not null)).ToList();
        Assert.True(ranged.Count >= 25, $"{ranged.Count} people with a range of birth years");
        Assert.All(ranged.SelectMany(e => e.BirthDates).Where(d => d.End is not null), d => Assert.True(d.Start.CompareTo(d.End!.Value) < 0));
    }

    [SharedDataFact]
    public void Documents_carry_type_number_and_issuing_country()
    {
        var ids = Un.Entities.SelectMany(e => e.Identifiers).ToList();
        Assert.True(ids.Count(i => i.Type == IdentifierTypes.Passport) >= 250);
        Assert.True(ids.Count(i => i.Type == IdentifierTypes.NationalId) >= 100);
        var ri = Un.Entity("KPi.077");
        Assert.Contains(ri.Identifiers, i => i.Type == IdentifierTypes.Passport && i.Number == "654234735" && i.Country == "kp");
    }

    [SharedDataFact]
    public void Names_in_original_script_are_kept()
    {
        var withScript = Un.Entities.SelectMany(e => e.Names).Where(n => n.Kind == NameKind.OriginalScript).ToList();
        Assert.Contains(withScript, n => n.Full.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(withScript, n => n.Full.Any(c => c is >= '\u0400' and <= '\u04FF'));
    }

    [Fact]
    public void The_sample_reads_with_the_same_code()
    {
        var s = SnapshotAssertions.ReadSample("un", "consolidated.xml");
        Assert.Equal(Datasets.UnSc, s.Dataset);
        SnapshotAssertions.AssertWellFormed(s);
        var ri = s.Entity("KPi.076");
        Assert.Equal("RI PYONG CHUL", ri.Caption);
        Assert.Contains("Ri Pyong Chol", ri.NamesOf(NameKind.Alias));
        Assert.Equal(["1948"], ri.BirthDates.Select(d => d.ToString()));
        Assert.Contains("Jo Chun Ryong", s.Entity("KPi.038").NamesOf(NameKind.Alias));
        Assert.Equal(UnSampleCounts, s.CountsBySchema().ToDictionary());
    }

    internal static readonly Dictionary<string, int> UnSampleCounts = new() { ["Organization"] = 5, ["Person"] = 10 };

    [Fact]
    public void A_truncated_file_is_refused_naming_the_line()
    {
        var xml = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-03-01\">\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1";
        var e = Assert.Throws<ListFormatException>(() => new UnXmlFormat().Read(ListSource.FromBytes("cut.xml", Encoding.UTF8.GetBytes(xml))));
        Assert.Contains("cut.xml", e.Message);
        Assert.Contains("line 4", e.Location);
    }

    [SharedDataFact]
    public void The_real_file_cut_in_the_middle_is_refused()
    {
        var bytes = File.ReadAllBytes(TestPaths.Shared("lists", "un", "consolidated.xml"));
        var cut = bytes[..(bytes.Length / 2)];
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("consolidated.xml", cut)));
        Assert.Contains("consolidated.xml", e.Message);
        Assert.Contains("line", e.Location);
    }

    [Fact]
    public void An_html_page_saved_as_xml_is_refused()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><title>Error</title></head><body>Service unavailable</body></html>");
        var e = Assert.Throws<ListFormatException>(() => new UnXmlFormat().Read(ListSource.FromBytes("consolidated.xml", html)));
        Assert.Contains("HTML", e.Message);
        Assert.False(new UnXmlFormat().Recognises(html, "consolidated.xml"));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = Assert.Throws<ListFormatException>(() => new UnXmlFormat().Read(ListSource.FromBytes("consolidated.xml", [])));
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void An_entry_without_reference_is_refused_naming_the_element()
    {
        var xml = "<CONSOLIDATED_LIST dateGenerated=\"2026-03-01\"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL>"
                  + "<INDIVIDUAL><FIRST_NAME>B</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
        var e = Assert.Throws<ListFormatException>(() => new UnXmlFormat().Read(ListSource.FromBytes("un.xml", Encoding.UTF8.GetBytes(xml))));
        Assert.Contains("INDIVIDUAL #2", e.Location);
        Assert.Contains("REFERENCE_NUMBER", e.Problem);
    }

    [Fact]
    public void Detection_tells_un_from_ofac_xml()
    {
        var un = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"x\">");
        Assert.True(new UnXmlFormat().Recognises(un, "list.xml"));
        Assert.False(new OfacXmlFormat().Recognises(un, "consolidated.xml"));
    }
}
