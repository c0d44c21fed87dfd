using Argus.Model;
using Argus.Screening;

namespace Argus.Tests.Screening;

public class EntityExamplesTests
{
    private static EntityExample Example(string schema, params (string Key, string[] Values)[] props) =>
        new("caller-7", schema, props.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Values));

    [Fact]
    public void Properties_are_cleaned_as_yente_cleans_them_and_read_into_the_query()
    {
        var read = EntityExamples.Read(Example("Person",
            ("name", ["Ri Pyeong-chol"]), ("nationality", ["North Korea", "Atlantis"]), ("birthDate", ["1948", "sometime"]),
            ("passportNumber", ["P123"]), ("gender", ["M"]), ("notes", ["kept as written"])));
        Assert.Equal("caller-7", read.Cleaned.Id);
        Assert.Equal(["kp"], read.Cleaned.Properties["nationality"]);
        Assert.Equal(["1948"], read.Cleaned.Properties["birthDate"]);
        Assert.Equal(["male"], read.Cleaned.Properties["gender"]);
        Assert.Equal(["kept as written"], read.Cleaned.Properties["notes"]);
        var q = read.Query!;
        Assert.Equal(EntitySchema.Person, q.Schema);
        Assert.Equal(["Ri Pyeong-chol"], q.Names);
        Assert.Equal(["kp"], q.Countries);
        Assert.Equal(["P123"], q.Identifiers);
        Assert.Equal("male", q.Gender);
        Assert.Single(q.BirthDates);
    }

    [Fact]
    public void Name_parts_make_one_name_and_an_example_without_a_name_has_nothing_to_screen()
    {
        var parts = EntityExamples.Read(Example("Person", ("firstName", ["Pyong Chol"]), ("lastName", ["Ri"])));
        Assert.Equal(["Pyong Chol Ri"], parts.Query!.Names);
        Assert.Null(EntityExamples.Read(Example("Company", ("jurisdiction", ["kp"]))).Query);
    }

    [Fact]
    public void An_unknown_schema_is_refused_naming_the_field()
    {
        var e = Assert.Throws<InvalidQueryException>(() => EntityExamples.Read(Example("Spaceship", ("name", ["x"]))));
        Assert.Equal("schema", e.Field);
        Assert.Contains("Spaceship", e.Message);
    }
}
