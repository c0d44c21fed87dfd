using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>What DFAT's workbook states of an entry's UN designation: the reference its remarks open with, and the day it was listed.</summary>
public class AuDfatUnReferenceTests
{
    private static readonly string[] Header = ["Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth", "Place of Birth",
        "Citizenship", "Address", "Additional Information", "Listing Information", "Committees", "Control Date"];

    private static WatchlistEntity Read(string info, string listing) =>
        Assert.Single(ListFormats.Read(ListSource.FromBytes("regulation8_consolidated.xlsx", MinimalXlsx.Write([
            Header,
            ["3082", "Bambang Sukirno", "Individual", "Primary Name", "5 Apr. 1975", "", "Indonesia", "", info, listing, "1267/1989/2253 (ISIL (Da'esh) and Al-Qaida)", "42000"],
        ]))).Entities);

    [Fact]
    public void A_reference_the_remarks_open_with_is_the_entrys_own_and_the_others_are_cited()
    {
        var e = Read("QDi.349 Passport no.: A2062513. A senior leader of Jemaah Islamiyah (QDe.092).", "Listed on 13 Mar. 2015 (amended on 24 Nov. 2020)");
        Assert.Equal(["QDi.349"], e.Extra["unReference"]);
        Assert.Equal(["QDi.349", "QDe.092"], e.Extra["citedUnReference"]);
    }

    [Fact]
    public void References_inside_the_remarks_are_only_cited()
    {
        var e = Read("Deputy to Mullah Abdul Ghani Baradar (TAi.024).", "Listed on 13 Mar. 2015");
        Assert.False(e.Extra.ContainsKey("unReference"));
        Assert.Equal(["TAi.024"], e.Extra["citedUnReference"]);
    }

    [Theory]
    [InlineData("Resolution 1735 (2006) Listed on: 4 June. 2008 (amended 3 June 2009)", "2008-06-04")]
    [InlineData("Listed by UN 1267 Committee on 31 January 2001 (amended on 3 Sep 2003)", "2001-01-31")]
    [InlineData("Assets received on or after 23 May 2003 are not \u201ccontrolled assets\u201d. Listed under Resolution 1483 (2003)", "2003")]
    [InlineData("Assets received on or after 23 May 2003 are not \u201ccontrolled assets\u201d.", null)]
    public void The_listing_date_is_the_first_date_after_listed_never_the_cut_off_date_of_Iraqs_assets(string listing, string? expected)
    {
        Assert.Equal(expected, Read("", listing).ListingDate?.ToString());
    }
}
