namespace Argus.Batch;

/// <summary>What a column of a customer file says about the subject.</summary>
public enum SubjectField
{
    /// <summary>Not used for screening.</summary>
    Ignore,
    /// <summary>The whole name of a person or company.</summary>
    Name,
    FirstName,
    MiddleName,
    LastName,
    /// <summary>A company's name: makes the row a company unless a schema column says otherwise.</summary>
    Company,
    BirthDate,
    Nationality,
    Country,
    Gender,
    BirthPlace,
    Passport,
    IdNumber,
    /// <summary>Person, company, organisation, vessel…</summary>
    Schema,
    /// <summary>The customer's own reference, carried into the output.</summary>
    Reference,
}

/// <summary>Which column feeds which <see cref="SubjectField"/>: found from the headers, overridden by --map.</summary>
public sealed class ColumnMapping
{
    private static readonly Dictionary<string, SubjectField> KnownHeaders = BuildKnownHeaders();

    private readonly SubjectField[] _fields;

    private ColumnMapping(IReadOnlyList<string> columns, SubjectField[] fields)
    {
        Columns = columns;
        _fields = fields;
    }

    public IReadOnlyList<string> Columns { get; }

    public SubjectField this[int column] => _fields[column];

    /// <summary>Column indexes feeding <paramref name="field"/>, in file order.</summary>
    public IEnumerable<int> ColumnsOf(SubjectField field)
    {
        for (var i = 0; i < _fields.Length; i++)
            if (_fields[i] == field) yield return i;
    }

    public bool HasNameColumn => _fields.Any(f => f is SubjectField.Name or SubjectField.FirstName or SubjectField.LastName or SubjectField.MiddleName or SubjectField.Company);

    /// <summary>
    /// Maps every column whose header is a known name (case, spaces, underscores, hyphens and dots
    /// ignored), then applies the overrides (<c>COLUMN=FIELD</c>; FIELD <c>ignore</c> drops a column).
    /// </summary>
    /// <exception cref="ArgumentException">An override names a column or a field that does not exist.</exception>
    public static ColumnMapping Detect(IReadOnlyList<string> columns, IEnumerable<string>? overrides = null)
    {
        var fields = columns.Select(c => KnownHeaders.GetValueOrDefault(Key(c), SubjectField.Ignore)).ToArray();
        foreach (var spec in overrides ?? [])
        {
            var eq = spec.LastIndexOf('=');
            if (eq <= 0 || eq == spec.Length - 1)
                throw new ArgumentException($"--map '{spec}': expected COLUMN=FIELD, e.g. \"Client Name=name\"");
            var column = spec[..eq].Trim();
            var fieldText = spec[(eq + 1)..].Trim();
            if (!TryParseField(fieldText, out var field))
                throw new ArgumentException($"--map '{spec}': unknown field '{fieldText}'; fields: {string.Join(", ", FieldNames())}");
            var index = IndexOfColumn(columns, column);
            if (index < 0)
                throw new ArgumentException($"--map '{spec}': the file has no column '{column}'; columns: {string.Join(", ", columns.Select(c => $"'{c}'"))}");
            fields[index] = field;
        }
        return new ColumnMapping(columns, fields);
    }

    /// <summary>The mapping <see cref="ToSpecs"/> recorded, column by column in order (resume).</summary>
    public static ColumnMapping FromSpecs(IReadOnlyList<string> columns, IReadOnlyList<string> specs)
    {
        if (specs.Count != columns.Count)
            throw new ArgumentException($"the recorded mapping has {specs.Count} columns, the file has {columns.Count}");
        var fields = new SubjectField[columns.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            var eq = specs[i].LastIndexOf('=');
            if (eq < 0 || specs[i][..eq] != columns[i] || !TryParseField(specs[i][(eq + 1)..], out fields[i]))
                throw new ArgumentException($"the recorded mapping '{specs[i]}' does not fit column {i + 1} '{columns[i]}'");
        }
        return new ColumnMapping(columns, fields);
    }

    /// <summary>One line per column: "Full Name → name", for the notice printed before screening.</summary>
    public IEnumerable<string> Describe()
    {
        for (var i = 0; i < Columns.Count; i++)
            yield return $"{(Columns[i].Length == 0 ? $"(column {i + 1})" : Columns[i])} → {FieldName(_fields[i])}";
    }

    /// <summary>The mapping as COLUMN=FIELD specs (what --map takes), for the run record.</summary>
    public IReadOnlyList<string> ToSpecs() =>
        Columns.Select((c, i) => $"{c}={FieldName(_fields[i])}").ToArray();

    public static string FieldName(SubjectField f) => f switch
    {
        SubjectField.FirstName => "first_name",
        SubjectField.MiddleName => "middle_name",
        SubjectField.LastName => "last_name",
        SubjectField.BirthDate => "birth_date",
        SubjectField.BirthPlace => "place_of_birth",
        SubjectField.IdNumber => "id_number",
        _ => f.ToString().ToLowerInvariant(),
    };

    public static IEnumerable<string> FieldNames() => Enum.GetValues<SubjectField>().Select(FieldName);

    public static bool TryParseField(string text, out SubjectField field)
    {
        var key = Key(text);
        foreach (var f in Enum.GetValues<SubjectField>())
            if (Key(FieldName(f)) == key || Key(f.ToString()) == key) { field = f; return true; }
        return KnownHeaders.TryGetValue(key, out field);
    }

    private static int IndexOfColumn(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
            if (string.Equals(columns[i], name, StringComparison.Ordinal)) return i;
        for (var i = 0; i < columns.Count; i++)
            if (Key(columns[i]) == Key(name)) return i;
        return -1;
    }

    internal static string Key(string header) =>
        new(header.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.' or '\t')).ToArray());

    private static Dictionary<string, SubjectField> BuildKnownHeaders()
    {
        var d = new Dictionary<string, SubjectField>(StringComparer.Ordinal);
        void Add(SubjectField f, params string[] names)
        {
            foreach (var n in names) d[Key(n)] = f;
        }
        Add(SubjectField.Name, "name", "full_name", "fullname", "customer_name", "client_name", "person_name", "entity_name", "party_name");
        Add(SubjectField.FirstName, "first_name", "given_name", "forename", "firstname", "givenname");
        Add(SubjectField.MiddleName, "middle_name", "middle_names", "second_name", "middlename");
        Add(SubjectField.LastName, "last_name", "surname", "family_name", "lastname", "familyname");
        Add(SubjectField.Company, "company", "company_name", "organisation", "organization", "organisation_name", "organization_name", "business_name", "legal_name");
        Add(SubjectField.BirthDate, "date_of_birth", "dob", "birth_date", "birthdate", "birthday");
        Add(SubjectField.Nationality, "nationality", "citizenship", "nationalities");
        Add(SubjectField.Country, "country", "country_code", "jurisdiction", "country_of_residence", "residence_country");
        Add(SubjectField.Gender, "gender", "sex");
        Add(SubjectField.BirthPlace, "place_of_birth", "birth_place", "birthplace", "pob");
        Add(SubjectField.Passport, "passport", "passport_number", "passport_no", "passportnumber");
        Add(SubjectField.IdNumber, "id_number", "national_id", "id_no", "idnumber", "tax_id", "registration_number", "imo", "imo_number", "swift", "swift_bic");
        Add(SubjectField.Schema, "schema", "type", "entity_type", "customer_type", "party_type");
        Add(SubjectField.Reference, "id", "customer_id", "client_id", "reference", "ref", "customer_ref", "account", "account_number");
        return d;
    }
}
