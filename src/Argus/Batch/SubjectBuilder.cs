using System.Collections.Concurrent;
using Argus.Matching;
using Argus.Model;

namespace Argus.Batch;

/// <summary>
/// Turns a customer row into a <see cref="ScreeningQuery"/> through a <see cref="ColumnMapping"/>:
/// the full name and the name composed from its parts (given, middle, family) are both screened;
/// a company column names a company when no person name is given. A row without any name or with an
/// impossible date is rejected with its reason.
/// </summary>
public sealed class SubjectBuilder(ColumnMapping mapping)
{
    private readonly int[] _name = mapping.ColumnsOf(SubjectField.Name).ToArray();
    private readonly int[] _first = mapping.ColumnsOf(SubjectField.FirstName).ToArray();
    private readonly int[] _middle = mapping.ColumnsOf(SubjectField.MiddleName).ToArray();
    private readonly int[] _last = mapping.ColumnsOf(SubjectField.LastName).ToArray();
    private readonly int[] _company = mapping.ColumnsOf(SubjectField.Company).ToArray();
    private readonly int[] _dates = mapping.ColumnsOf(SubjectField.BirthDate).ToArray();
    private readonly int[] _countries = mapping.ColumnsOf(SubjectField.Nationality).Concat(mapping.ColumnsOf(SubjectField.Country)).ToArray();
    private readonly int[] _gender = mapping.ColumnsOf(SubjectField.Gender).ToArray();
    private readonly int[] _place = mapping.ColumnsOf(SubjectField.BirthPlace).ToArray();
    private readonly int[] _ids = mapping.ColumnsOf(SubjectField.Passport).Concat(mapping.ColumnsOf(SubjectField.IdNumber)).ToArray();
    private readonly int[] _schema = mapping.ColumnsOf(SubjectField.Schema).ToArray();
    private readonly int[] _reference = mapping.ColumnsOf(SubjectField.Reference).ToArray();
    private readonly int[] _mapped = Enumerable.Range(0, mapping.Columns.Count).Where(c => mapping[c] != SubjectField.Ignore).ToArray();

    /// <summary>
    /// Longest value a mapped field may hold (1,000 characters): the longest listed name is under 300; a longer
    /// cell is a data error, and screening it would cost time and memory that grow with its length.
    /// </summary>
    public const int MaxFieldLength = 1000;

    /// <summary>The subject of <paramref name="row"/>, or the reason it cannot be screened.</summary>
    public (BatchSubject? Subject, RejectedRow? Rejected) Build(InputRow row)
    {
        if (row.Error is not null) return (null, new RejectedRow(row.Row, row.Location, row.Error));
        foreach (var c in _mapped)
            if (row[c] is { Length: > MaxFieldLength } cell)
                return (null, new RejectedRow(row.Row, row.Location,
                    $"column '{mapping.Columns[c]}' holds {cell.Length:N0} characters, more than the {MaxFieldLength:N0} a field may hold"));

        var names = new List<string>(2);
        foreach (var v in Values(row, _name)) AddDistinct(names, v);
        var composed = _first.Length + _middle.Length + _last.Length == 0 ? ""
            : string.Join(' ', new[] { Joined(row, _first), Joined(row, _middle), Joined(row, _last) }.Where(p => p.Length > 0));
        if (composed.Length > 0) AddDistinct(names, composed);
        var isCompanyName = false;
        if (names.Count == 0)
        {
            foreach (var v in Values(row, _company)) AddDistinct(names, v);
            isCompanyName = names.Count > 0;
        }
        if (names.Count == 0) return (null, new RejectedRow(row.Row, row.Location, "no name"));

        var schema = isCompanyName ? EntitySchema.Company : EntitySchema.Thing;
        foreach (var s in Values(row, _schema))
        {
            if (!EntitySchemas.TryParse(s, out schema))
                return (null, new RejectedRow(row.Row, row.Location, $"unknown type '{s}' (person, company, organisation, vessel, …)"));
            break;
        }

        var dates = new List<FuzzyDate>();
        foreach (var d in Values(row, _dates))
        {
            if (!CustomerDates.TryParse(d, out var date, out var error))
                return (null, new RejectedRow(row.Row, row.Location, "date of birth: " + error));
            if (!dates.Contains(date!)) dates.Add(date!);
        }

        var countries = new List<string>();
        foreach (var c in Values(row, _countries))
            foreach (var code in CountryCodes(c))
                if (!countries.Contains(code)) countries.Add(code);

        string? gender = null;
        foreach (var g in Values(row, _gender))
        {
            gender = g.Trim().ToLowerInvariant() switch
            {
                "m" or "male" or "man" or "h" or "homme" => "male",
                "f" or "female" or "woman" or "w" or "femme" => "female",
                _ => null,
            };
            break;
        }

        // Without a type column, a name split into parts, a date of birth or a gender says the subject is a person.
        if (schema == EntitySchema.Thing && (composed.Length > 0 || dates.Count > 0 || gender is not null)) schema = EntitySchema.Person;

        var ids = new List<string>();
        foreach (var i in Values(row, _ids)) AddDistinct(ids, i);

        var query = new ScreeningQuery
        {
            Names = names,
            Schema = schema,
            BirthDates = dates,
            Countries = countries,
            Gender = gender,
            Identifiers = ids,
        };
        return (new BatchSubject(row.Row, query, Values(row, _reference).FirstOrDefault(), Values(row, _place).FirstOrDefault()), null);
    }

    /// <summary>
    /// The country codes a cell names. A customer file repeats a few country values over and over, and
    /// naming a country (Unicode normalisation, table look-ups) costs more than the rest of a row's
    /// subject, so cells already seen are remembered (up to <see cref="MaxRememberedCountryCells"/>).
    /// </summary>
    private string[] CountryCodes(string cell)
    {
        if (_countryCells.TryGetValue(cell, out var known)) return known;
        // "Korea, North" is one country; "de; fr" is two.
        var parts = Countries.ToCode(cell) is not null ? [cell] : cell.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var codes = parts.Select(Countries.ToCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (_countryCells.Count < MaxRememberedCountryCells) _countryCells.TryAdd(cell, codes);
        return codes;
    }

    private const int MaxRememberedCountryCells = 10_000;
    private readonly ConcurrentDictionary<string, string[]> _countryCells = new(StringComparer.Ordinal);

    // Most fields are mapped to no column: those return an empty array rather than an iterator (a file of
    // millions of rows asks for each field of each row).
    private static IEnumerable<string> Values(InputRow row, int[] columns) => columns.Length == 0 ? [] : ValuesOf(row, columns);

    private static IEnumerable<string> ValuesOf(InputRow row, int[] columns)
    {
        foreach (var c in columns)
        {
            var raw = row[c];
            if (string.IsNullOrWhiteSpace(raw)) continue;
            if (raw.Contains(InputRow.ValueSeparator))
            {
                foreach (var part in raw.Split(InputRow.ValueSeparator))
                    if (!string.IsNullOrWhiteSpace(part)) yield return part.Trim();
            }
            else yield return raw.Trim();
        }
    }

    private static string Joined(InputRow row, int[] columns) => string.Join(' ', Values(row, columns));

    private static void AddDistinct(List<string> list, string value)
    {
        foreach (var v in list)
            if (string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) return;
        list.Add(value);
    }
}
