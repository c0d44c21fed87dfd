using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

public class NamesCsvFormatTests
{
    private static ListSource Csv(string text, string name = "my_list.csv") => ListSource.FromBytes(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_sample_reads_every_column()
    {
        var s = ListFormats.Read(ListSource.FromFile(Path.Combine(TestPaths.Samples, "own-lists", "watchlist.csv")));
        Assert.Equal("names-csv", s.Format);
        Assert.Equal("watchlist", s.Dataset);
        Assert.Equal(4, s.Entities.Count);
        var marta = s.Entities[0];
        Assert.Equal("watchlist-W-001", marta.Id);
        Assert.Equal(EntitySchema.Person, marta.Schema);
        Assert.Equal(["Marta Kowalczyk", "Marta Kowalczyk-Nowak", "M. Kowalczyk"], marta.Names.Select(n => n.Full));
        Assert.Equal(NameKind.Alias, marta.Names[1].Kind);
        Assert.Equal(new PartialDate(1971, 3, 14), marta.BirthDates.Single().Start);
        Assert.Equal(["pl"], marta.Countries);
        Assert.Equal(["pl"], marta.Nationalities);
        Assert.Equal("female", marta.Gender);
        Assert.Equal(["internal-fraud"], marta.Programs);
        Assert.Equal(EntitySchema.Vessel, s.Entities[3].Schema);
    }

    [Fact]
    public void Without_an_id_column_the_reference_is_the_name_and_birth_date_and_the_schema_any_legal_entity()
    {
        var s = ListFormats.Read(Csv("Name,DOB\nKim Il Nam,1960\nACME Holdings,\n"));
        Assert.Equal(["my_list-kim-il-nam-1960", "my_list-acme-holdings"], s.Entities.Select(e => e.Id));
        Assert.All(s.Entities, e => Assert.Equal(EntitySchema.LegalEntity, e.Schema));
    }

    [Theory]
    [InlineData("name,birth_date\nKim,19x0\n", "line 2, column birth_date")]
    [InlineData("name,schema\nKim,Planet\n", "line 2, column schema")]
    [InlineData("name,country\nKim,Atlantis\n", "line 2, column country")]
    [InlineData("name,gender\nKim,x\n", "line 2, column gender")]
    [InlineData("name,country\n,kp\n", "line 2, column name")]
    [InlineData("name\nKim\nLee\nKim\n", "line 4")]
    [InlineData("name\n", "line 2")]
    public void A_bad_row_refuses_the_file_naming_line_and_column(string text, string place)
    {
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(Csv(text)));
        Assert.Contains("my_list.csv: " + place, e.Message);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_refuse_the_file_at_their_offset()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("name\nJos"), 0xC9, .. Encoding.ASCII.GetBytes("\n")];
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("l.csv", bytes)));
        Assert.Contains("byte 8", e.Message);
    }

    [Fact]
    public void A_customer_file_with_columns_of_its_own_is_not_taken_for_a_list()
    {
        var head = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "customers", "customers.csv"));
        Assert.False(new NamesCsvFormat().Recognises(head, "customers.csv"));
        Assert.True(new NamesCsvFormat().Recognises("Name, Aliases ,Birth Date\n"u8, "x.csv"));
    }
}
