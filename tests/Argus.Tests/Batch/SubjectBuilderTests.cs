using Argus.Batch;
using Argus.Model;

namespace Argus.Tests.Batch;

public class SubjectBuilderTests
{
    private static (BatchSubject?, RejectedRow?) Build(string[] columns, params string?[] values) =>
        new SubjectBuilder(ColumnMapping.Detect(columns)).Build(new InputRow(7, "line 8", values));

    [Fact]
    public void Name_parts_are_composed_and_facts_are_normalised()
    {
        var (s, bad) = Build(["id", "first_name", "middle_name", "last_name", "dob", "nationality", "gender", "passport"],
            "C-7", "Pyong", null, "Ri", "08 Jan 1948", "Korea, North", "M", "745120026");
        Assert.Null(bad);
        Assert.Equal(["Pyong Ri"], s!.Query.Names);
        Assert.Equal(EntitySchema.Person, s.Query.Schema);
        Assert.Equal("1948-01-08", s.Query.BirthDates.Single().ToString());
        Assert.Equal(["kp"], s.Query.Countries);
        Assert.Equal("male", s.Query.Gender);
        Assert.Equal(["745120026"], s.Query.Identifiers);
        Assert.Equal("C-7", s.Reference);
        Assert.Equal(7, s.Row);
    }

    [Fact]
    public void A_full_name_and_its_parts_are_both_screened_once()
    {
        var (s, _) = Build(["name", "first_name", "last_name"], "Jo Chun Ryong", "Chun Ryong", "Jo");
        Assert.Equal(["Jo Chun Ryong", "Chun Ryong Jo"], s!.Query.Names);
        (s, _) = Build(["name", "first_name", "last_name"], "jo chun ryong", "jo chun", "ryong");
        Assert.Single(s!.Query.Names);
    }

    [Fact]
    public void A_company_column_names_a_company_when_there_is_no_person_name()
    {
        var (s, _) = Build(["name", "company"], "", "Korea Mining Development Trading Corporation");
        Assert.Equal(EntitySchema.Company, s!.Query.Schema);
        Assert.Equal(["Korea Mining Development Trading Corporation"], s.Query.Names);
        (s, _) = Build(["name", "type"], "Some Vessel", "ship");
        Assert.Equal(EntitySchema.Vessel, s!.Query.Schema);
    }

    [Theory]
    [InlineData("", "1970", "no name")]
    [InlineData("Someone", "31/02/1970", "impossible date")]
    [InlineData("Someone", "soon", "unreadable date")]
    public void Rows_that_cannot_be_screened_are_rejected_with_their_reason(string name, string dob, string reason)
    {
        var (s, bad) = Build(["name", "dob"], name, dob);
        Assert.Null(s);
        Assert.Equal(7, bad!.Row);
        Assert.Equal("line 8", bad.Location);
        Assert.Contains(reason, bad.Reason);
    }

    [Fact]
    public void A_subject_round_trips_through_its_json()
    {
        var (s, _) = Build(["name", "dob", "country", "gender", "id_number", "place_of_birth", "customer_id"],
            "Ri Pyong Chol", "1948", "kp", "male", "X1", "Pyongyang", "C-1");
        var back = SubjectJson.Read(7, SubjectJson.ToJson(s!));
        Assert.Equal(s!.Query.Names, back.Query.Names);
        Assert.Equal(s.Query.BirthDates, back.Query.BirthDates);
        Assert.Equal(s.Query.Countries, back.Query.Countries);
        Assert.Equal(s.Query.Gender, back.Query.Gender);
        Assert.Equal(s.Query.Identifiers, back.Query.Identifiers);
        Assert.Equal(s.Query.Schema, back.Query.Schema);
        Assert.Equal("C-1", back.Reference);
        Assert.Equal("Pyongyang", back.BirthPlace);
    }
    [Fact]
    public void A_mapped_field_longer_than_the_documented_bound_rejects_the_row()
    {
        var longest = new string('a', SubjectBuilder.MaxFieldLength);
        var (s, bad) = Build(["name", "notes"], longest, new string('x', 100_000));
        Assert.Null(bad);
        Assert.NotNull(s);

        (s, bad) = Build(["name", "dob"], longest + "a", "1970");
        Assert.Null(s);
        Assert.Contains("1,001 characters", bad!.Reason);
        Assert.Contains("'name'", bad.Reason);
        (_, bad) = Build(["name", "country"], "Ri", string.Join(",", Enumerable.Repeat("kp", 400)));
        Assert.Contains("'country'", bad!.Reason);
    }
}
