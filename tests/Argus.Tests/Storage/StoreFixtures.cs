using System.Text;
using Argus.Model;
using Argus.Sources;

namespace Argus.Tests.Storage;

/// <summary>Entities and snapshots built in code, for testing the store apart from any real list format.</summary>
internal static class StoreFixtures
{
    public static WatchlistEntity Person(string dataset, string reference, string name, string? dob = null) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Person,
        Caption = name,
        Names = [new EntityName(name)],
        BirthDates = dob is null ? [] : [new FuzzyDate(PartialDate.Parse(dob))],
    };

    public static WatchlistEntity Organization(string dataset, string reference, string name) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Organization,
        Caption = name,
        Names = [new EntityName(name)],
    };

    /// <summary>A snapshot of <paramref name="count"/> people numbered from 1.</summary>
    public static ListSnapshot People(string dataset, int count, string format = "tiny") =>
        new(dataset, format, new DateTimeOffset(2026, 2, 27, 0, 0, 0, TimeSpan.Zero),
            Enumerable.Range(1, count).Select(i => Person(dataset, $"P{i}", $"PERSON NUMBER {i}")).ToList(), []);

    /// <summary>An entity with every field set, so that a serializer that drops any field is caught.</summary>
    public static WatchlistEntity Full() => new()
    {
        Id = "un_sc_sanctions-KPi.999",
        Dataset = "un_sc_sanctions",
        Reference = "KPi.999",
        Schema = EntitySchema.Person,
        Caption = "KIM Test Person",
        Names =
        [
            new EntityName("KIM Test Person") { Given = "Test", Middle = "Middle", Father = "Father", Family = "KIM", Language = "en" },
            new EntityName("김테스트", NameKind.OriginalScript) { Language = "ko" },
            new EntityName("Pyo’ng-ch’o’l", NameKind.WeakAlias),
            new EntityName("Old Name", NameKind.PreviousName),
            new EntityName("Alias Name", NameKind.Alias),
        ],
        BirthDates = [new FuzzyDate(new PartialDate(1948)), new FuzzyDate(new PartialDate(1955), new PartialDate(1958), true), new FuzzyDate(new PartialDate(1960, 4, 4), new PartialDate(1960, 4, 4))],
        BirthPlaces = [new Place("Pyongyang", "kp"), new Place("somewhere")],
        Nationalities = ["kp", "ru"],
        Countries = ["kp"],
        Gender = "male",
        Identifiers = [new Identifier(IdentifierTypes.Passport, "108110025", "kp", "diplomatic"), new Identifier(IdentifierTypes.Imo, "9191096")],
        Addresses = [new Address("1 Street, Pyongyang", "Pyongyang", "kp"), new Address("PO Box 1")],
        Programs = ["DPRK3", "Russia"],
        Positions = ["Marshal", "Minister"],
        ListingDate = new PartialDate(2016, 11, 30),
        ModifiedAt = new PartialDate(2017, 9),
        Notes = ["line one\nline two \"quoted\""],
        Extra = new Dictionary<string, IReadOnlyList<string>> { ["flag"] = ["kp"], ["callSign"] = ["HMZF", "X2"] },
    };
}

/// <summary>
/// A minimal line format for store tests: "tiny-list DATASET" first, then "reference|schema|name" lines,
/// then "end". A missing "end" is a truncated file.
/// </summary>
internal static class TinyList
{
    public static string Text(string dataset, IEnumerable<(string Ref, string Name)> rows, bool complete = true) =>
        $"tiny-list {dataset}\n" + string.Concat(rows.Select(r => $"{r.Ref}|Person|{r.Name}\n")) + (complete ? "end\n" : "");

    public static string Numbered(string dataset, int count, int from = 1, bool complete = true) =>
        Text(dataset, Enumerable.Range(from, count).Select(i => ($"P{i}", $"PERSON NUMBER {i}")), complete);

    public static ListSnapshot Read(ListSource source)
    {
        using var reader = new StreamReader(source.Open(), Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0) throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        if (!lines[0].StartsWith("tiny-list ", StringComparison.Ordinal))
            throw new ListFormatException(source.Name, "line 1", "not a tiny list");
        var dataset = lines[0]["tiny-list ".Length..].Trim();
        if (lines[^1] != "end") throw new ListFormatException(source.Name, $"line {lines.Length}", "the file ends before its 'end' line (truncated)");
        var entities = new List<WatchlistEntity>();
        for (var i = 1; i < lines.Length - 1; i++)
        {
            var parts = lines[i].Split('|');
            if (parts.Length != 3) throw new ListFormatException(source.Name, $"line {i + 1}", "expected reference|schema|name");
            entities.Add(StoreFixtures.Person(dataset, parts[0], parts[2]));
        }
        return new ListSnapshot(dataset, "tiny", null, entities, []);
    }
}
