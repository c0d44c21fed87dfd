using Argus.Model;

namespace Argus.Tests.Linking;

/// <summary>Listed people built in code with the facts linking reads: date of birth, nationality, gender, identifiers, a cited UN reference.</summary>
internal static class LinkFixtures
{
    public static WatchlistEntity Person(string dataset, string reference, string name, string? dob = null, string? nationality = null,
        string? gender = null, string? unRef = null, params Identifier[] ids) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Person,
        Caption = name,
        Names = [new EntityName(name)],
        BirthDates = dob is null ? [] : [FuzzyDate.TryParse(dob, out var d) ? d! : throw new ArgumentException(dob)],
        Nationalities = nationality is null ? [] : [nationality],
        Gender = gender,
        Identifiers = ids,
        Extra = unRef is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { ["unReference"] = [unRef] },
    };
}
