using Argus.Batch;

namespace Argus.Tests.Batch;

public class ColumnMappingTests
{
    [Fact]
    public void Common_headers_are_recognised_whatever_their_case_spaces_and_underscores()
    {
        var m = ColumnMapping.Detect(["Customer ID", "Full Name", "GIVEN_NAME", "middle name", "Family-Name", "DOB", "Citizenship", "Country", "Sex", "Place of Birth", "Passport", "ID Number", "Type", "Organisation", "Notes"]);
        Assert.Equal([SubjectField.Reference, SubjectField.Name, SubjectField.FirstName, SubjectField.MiddleName, SubjectField.LastName,
            SubjectField.BirthDate, SubjectField.Nationality, SubjectField.Country, SubjectField.Gender, SubjectField.BirthPlace,
            SubjectField.Passport, SubjectField.IdNumber, SubjectField.Schema, SubjectField.Company, SubjectField.Ignore],
            Enumerable.Range(0, 15).Select(i => m[i]));
        Assert.Contains("Full Name → name", m.Describe());
    }

    [Fact]
    public void Overrides_win_and_bad_overrides_name_what_is_wrong()
    {
        var m = ColumnMapping.Detect(["Client", "Born", "name"], ["Client=name", "born=dob", "name=ignore"]);
        Assert.Equal(SubjectField.Name, m[0]);
        Assert.Equal(SubjectField.BirthDate, m[1]);
        Assert.Equal(SubjectField.Ignore, m[2]);
        Assert.Contains("no column 'Nope'", Assert.Throws<ArgumentException>(() => ColumnMapping.Detect(["a"], ["Nope=name"])).Message);
        Assert.Contains("unknown field 'colour'", Assert.Throws<ArgumentException>(() => ColumnMapping.Detect(["a"], ["a=colour"])).Message);
        Assert.Contains("COLUMN=FIELD", Assert.Throws<ArgumentException>(() => ColumnMapping.Detect(["a"], ["a"])).Message);
    }

    [Fact]
    public void The_recorded_mapping_is_restored_column_by_column()
    {
        string[] columns = ["Client", "surname", "x"];
        var m = ColumnMapping.Detect(columns, ["Client=first_name"]);
        var back = ColumnMapping.FromSpecs(columns, m.ToSpecs());
        Assert.Equal(Enumerable.Range(0, 3).Select(i => m[i]), Enumerable.Range(0, 3).Select(i => back[i]));
        Assert.Throws<ArgumentException>(() => ColumnMapping.FromSpecs(["other", "surname", "x"], m.ToSpecs()));
    }
}
