using Argus.Names;

namespace Argus.Tests.Names;

public class AcronymAsideTests
{
    [Theory]
    [InlineData("NORTHERN VALLEY TRADING MOVEMENT (NVTM)", "NVTM")]
    [InlineData("Legion of Free Riders in Atlantis (LFR-A)", "LFR-A")]   // words passed over: of, in
    [InlineData("THE BLUE HARBOUR GROUP (BHG) LTD", "BHG")]               // a legal form may follow
    [InlineData("Brigade of Ul-Ahrar (BUA)", "BUA")]                      // hyphenated words give their initials
    public void An_acronym_aside_at_the_end_is_a_name_of_its_own(string name, string acronym)
    {
        Assert.Equal(acronym, NameParser.AcronymAside(name));
        Assert.Contains(acronym, NameParser.Alternatives(name));
    }

    [Theory]
    [InlineData("KINGS ROMANS INTERNATIONAL (HK) CO., LIMITED")]          // a place, not the name's initials
    [InlineData("Northern Valley Trading Corporation (NVTC) 12th Institute")] // a parent's acronym inside the name
    [InlineData("BLUE HARBOUR GROUP (BH)")]                               // two letters say too little
    [InlineData("BLUE HARBOUR GROUP (OFFSHORE)")]                         // a word, not an acronym
    [InlineData("Blue Harbour Group (bhg)")]                              // not written as an acronym
    [InlineData("BLUE HARBOUR (GROUP ONE)")]
    public void Other_asides_are_not(string name) => Assert.Null(NameParser.AcronymAside(name));
}
