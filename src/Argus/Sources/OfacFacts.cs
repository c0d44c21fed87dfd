using System.Text.RegularExpressions;
using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// The labelled facts OFAC states in its Remarks column and in its XML <c>idList</c>
/// ("DOB 08 Jan 1984", "Passport 108110025 (Korea, North)", "SWIFT/BIC VTBRRUMM", "a.k.a. 'X'"),
/// and where each goes in an entity. Both OFAC readers and the CSL reader share this table.
/// </summary>
public static partial class OfacFacts
{
    private enum Fact { BirthDate, BirthPlace, Nationality, Gender, Alias, WeakAlias, PreviousName, Identifier, Extra, Jurisdiction, DateExtra }

    private sealed record Label(string Text, Fact Fact, string? Property = null);

    // Longest labels first, so that "Identification Number IMO" wins over "Identification Number".
    private static readonly Label[] Labels = new Label[]
    {
        new("DOB", Fact.BirthDate), new("Date of Birth", Fact.BirthDate),
        new("POB", Fact.BirthPlace), new("Place of Birth", Fact.BirthPlace),
        new("nationality", Fact.Nationality), new("citizen", Fact.Nationality), new("citizenship", Fact.Nationality),
        new("Gender", Fact.Gender),
        new("a.k.a.", Fact.WeakAlias), new("f.k.a.", Fact.PreviousName), new("n.k.a.", Fact.Alias),
        new("Passport", Fact.Identifier, IdentifierTypes.Passport),
        new("Diplomatic Passport", Fact.Identifier, IdentifierTypes.Passport),
        new("National ID No.", Fact.Identifier, IdentifierTypes.NationalId),
        new("Cedula No.", Fact.Identifier, IdentifierTypes.NationalId),
        new("D.N.I.", Fact.Identifier, IdentifierTypes.NationalId),
        new("Identification Number", Fact.Identifier, IdentifierTypes.NationalId),
        new("Turkish Identification Number", Fact.Identifier, IdentifierTypes.NationalId),
        new("Personal ID Card", Fact.Identifier, IdentifierTypes.NationalId),
        new("Birth Certificate Number", Fact.Identifier, IdentifierTypes.NationalId),
        new("Residency Number", Fact.Identifier, IdentifierTypes.NationalId),
        new("SSN", Fact.Identifier, IdentifierTypes.NationalId),
        new("C.U.R.P.", Fact.Identifier, IdentifierTypes.NationalId),
        new("Driver's License No.", Fact.Identifier, IdentifierTypes.Other),
        new("Tax ID No.", Fact.Identifier, IdentifierTypes.TaxId),
        new("V.A.T. Number", Fact.Identifier, IdentifierTypes.TaxId),
        new("R.F.C.", Fact.Identifier, IdentifierTypes.TaxId),
        new("NIT #", Fact.Identifier, IdentifierTypes.TaxId),
        new("RUC #", Fact.Identifier, IdentifierTypes.TaxId),
        new("RIF #", Fact.Identifier, IdentifierTypes.TaxId),
        new("C.U.I.T.", Fact.Identifier, IdentifierTypes.TaxId),
        new("Registration Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Registration ID", Fact.Identifier, IdentifierTypes.Registration),
        new("Business Registration Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Business Registration Document #", Fact.Identifier, IdentifierTypes.Registration),
        new("Business Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Company Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Commercial Registry Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Chamber of Commerce Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Istanbul Chamber of Comm. No.", Fact.Identifier, IdentifierTypes.Registration),
        new("C.R. No.", Fact.Identifier, IdentifierTypes.Registration),
        new("Trade License No.", Fact.Identifier, IdentifierTypes.Registration),
        new("Folio Mercantil No.", Fact.Identifier, IdentifierTypes.Registration),
        new("Matricula Mercantil No", Fact.Identifier, IdentifierTypes.Registration),
        new("Public Registration Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Central Registration System Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Government Gazette Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Unified Social Credit Code (USCC)", Fact.Identifier, IdentifierTypes.Registration),
        new("Economic Register Number (CBLS)", Fact.Identifier, IdentifierTypes.Registration),
        new("Certificate of Incorporation Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Enterprise Number", Fact.Identifier, IdentifierTypes.Registration),
        new("D-U-N-S Number", Fact.Identifier, IdentifierTypes.Registration),
        new("License", Fact.Identifier, IdentifierTypes.Registration),
        new("Vessel Registration Identification", Fact.Identifier, IdentifierTypes.Registration),
        new("Aircraft Tail Number", Fact.Identifier, IdentifierTypes.Registration),
        new("Legal Entity Number", Fact.Identifier, IdentifierTypes.Lei),
        new("SWIFT/BIC", Fact.Identifier, IdentifierTypes.SwiftBic),
        new("Vessel Registration Identification IMO", Fact.Identifier, IdentifierTypes.Imo),
        new("Identification Number IMO", Fact.Identifier, IdentifierTypes.Imo),
        new("Company Number IMO", Fact.Identifier, IdentifierTypes.Imo),
        new("IMO", Fact.Identifier, IdentifierTypes.Imo),
        new("MMSI", Fact.Identifier, IdentifierTypes.Mmsi),
        new("Aircraft Manufacturer's Serial Number (MSN)", Fact.Identifier, IdentifierTypes.Other),
        new("Aircraft Construction Number (also called L/N or S/N or F/N)", Fact.Identifier, IdentifierTypes.Other),
        new("BIK (RU)", Fact.Identifier, IdentifierTypes.Other),
        new("ISIN", Fact.Identifier, IdentifierTypes.Other),
        new("Website", Fact.Extra, "website"),
        new("Email Address", Fact.Extra, "email"), new("Email", Fact.Extra, "email"),
        new("Phone Number", Fact.Extra, "phone"), new("Telephone", Fact.Extra, "phone"),
        new("Organization Established Date", Fact.DateExtra, "incorporationDate"),
        new("Vessel Year of Build", Fact.DateExtra, "buildDate"),
        new("Aircraft Manufacture Date", Fact.DateExtra, "buildDate"),
        new("Former Vessel Flag", Fact.Extra, "pastFlags"),
        new("Other Vessel Flag", Fact.Extra, "flag"),
        new("Other Vessel Type", Fact.Extra, "vesselType"),
        new("Other Vessel Call Sign", Fact.Extra, "callSign"),
        new("Linked To", Fact.Extra, "linkedTo"),
        new("Organization Type", Fact.Extra, "sector"),
        new("Target Type", Fact.Extra, "classification"),
        new("Aircraft Model", Fact.Extra, "model"),
        new("Aircraft Operator", Fact.Extra, "operator"),
        new("Nationality of Registration", Fact.Jurisdiction),
    }.OrderByDescending(l => l.Text.Length).ToArray();

    private static readonly Dictionary<string, Label> ByText =
        Labels.ToDictionary(l => l.Text, StringComparer.OrdinalIgnoreCase);

    // Candidates by their first word, longest first: a dictionary probe per part instead of one regex
    // alternation of every label, which is several times slower on the 100,000 parts of an SDN file.
    private static readonly Dictionary<string, Label[]> ByFirstWord = Labels
        .GroupBy(l => FirstWord(l.Text), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Text.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static string FirstWord(string text)
    {
        var i = text.AsSpan().IndexOfAny(' ', ':');
        return i < 0 ? text : text[..i];
    }

    /// <summary>The label a remark part starts with ("alt. " ignored) and the value after it.</summary>
    private static (Label Label, string Value)? MatchLabel(string part)
    {
        var p = part.StartsWith("alt. ", StringComparison.OrdinalIgnoreCase) ? part[5..].TrimStart() : part;
        if (!ByFirstWord.TryGetValue(FirstWord(p), out var candidates)) return null;
        foreach (var label in candidates)
        {
            if (p.Length <= label.Text.Length || !p.StartsWith(label.Text, StringComparison.OrdinalIgnoreCase)) continue;
            var next = p[label.Text.Length];
            if (next != ' ' && next != ':') continue;
            var value = p[label.Text.Length..].TrimStart(' ', ':').Trim();
            if (value.Length > 0) return (label, value);
        }
        return null;
    }

    [GeneratedRegex(@"^(?<number>.+?)(?:\s+\((?<country>[^()]+)\))?(?<rest>\s+(?:issued|expires|valid|Issue Date|Expiration Date|Birth Date).*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberCountryRest();

    [GeneratedRegex(@"^(?:alt\.\s+)?Digital Currency Address\s*-\s*(?<code>\w+)\s+(?<address>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CryptoAddress();

    [GeneratedRegex(@";\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    /// <summary>
    /// Applies every fact a Remarks text states to <paramref name="draft"/>. The whole text is kept as a
    /// note too, since much of it (sanctions information, links) has no property of its own.
    /// </summary>
    public static void ApplyRemarks(EntityDraft draft, string? remarks)
    {
        var text = EntityDraft.Clean(remarks);
        if (text.Length == 0) return;
        draft.AddNote(text);
        foreach (var raw in PartSeparator().Split(text))
        {
            var part = raw.Trim();
            if (part.EndsWith('.') && !part.EndsWith("..", StringComparison.Ordinal)) part = part[..^1].TrimEnd();
            if (part.Length > 2 && part[0] == '(' && part[^1] == ')') part = part[1..^1].Trim();
            if (part.Length == 0) continue;
            if (CryptoAddress().Match(part) is { Success: true } crypto)
            {
                draft.AddExtra("cryptoWallet", crypto.Groups["code"].Value + " " + crypto.Groups["address"].Value);
                continue;
            }
            if (MatchLabel(part) is not { } found) continue;
            var (label, value) = found;
            string? country = null;
            string? rest = null;
            if (label.Fact == Fact.Identifier && NumberCountryRest().Match(value) is { Success: true } nc)
            {
                var named = nc.Groups["country"].Success ? nc.Groups["country"].Value : null;
                if (named is not null && CountryCodes.Of(named) is null)
                    value = nc.Groups["number"].Value + " (" + named + ")";
                else
                {
                    value = nc.Groups["number"].Value;
                    country = named;
                }
                rest = nc.Groups["rest"].Success ? nc.Groups["rest"].Value.Trim() : null;
            }
            Apply(draft, label, value, country, rest);
        }
    }

    /// <summary>
    /// Applies one labelled fact from OFAC XML or CSL data: <paramref name="label"/> is the type
    /// ("Passport", "SWIFT/BIC", "Gender", "Website"), <paramref name="value"/> the number or text.
    /// Returns false when the label is not a known fact (callers keep it as a note).
    /// </summary>
    public static bool ApplyLabelled(EntityDraft draft, string label, string? value, string? country = null, string? note = null)
    {
        var key = EntityDraft.Clean(label).TrimEnd(':', '-', ' ');
        if (key.StartsWith("alt. ", StringComparison.OrdinalIgnoreCase)) key = key[5..];
        if (string.IsNullOrWhiteSpace(value)) return false;
        if (key.StartsWith("Digital Currency Address", StringComparison.OrdinalIgnoreCase))
        {
            var code = key["Digital Currency Address".Length..].Trim(' ', '-');
            draft.AddExtra("cryptoWallet", TextParts.With(" ", code, value));
            return true;
        }
        if (!ByText.TryGetValue(key, out var l)) return false;
        Apply(draft, l, value.Trim(), country, note);
        return true;
    }

    private static void Apply(EntityDraft draft, Label label, string value, string? country, string? note)
    {
        switch (label.Fact)
        {
            case Fact.BirthDate:
                draft.AddBirthDate(FreeFormDate.Parse(value));
                break;
            case Fact.BirthPlace:
                draft.AddBirthPlace(value, CountryCodes.OfPlace(value));
                break;
            case Fact.Nationality:
                var nat = value.StartsWith("possibly ", StringComparison.OrdinalIgnoreCase) ? value[9..] : value;
                draft.AddNationality(nat);
                break;
            case Fact.Gender:
                draft.SetGender(value);
                break;
            case Fact.Alias or Fact.WeakAlias or Fact.PreviousName:
                var name = value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1] : value;
                var kind = label.Fact switch { Fact.WeakAlias => NameKind.WeakAlias, Fact.PreviousName => NameKind.PreviousName, _ => NameKind.Alias };
                draft.AddName(OfacNames.Name(name, kind, draft.Schema == EntitySchema.Person));
                break;
            case Fact.Identifier:
                // "Vessel Registration Identification IMO 9187629" as CSL writes it: the number says it is an IMO number.
                var isImo = value.StartsWith("IMO ", StringComparison.OrdinalIgnoreCase) && value.Length > 4 && char.IsAsciiDigit(value[4]);
                var number = isImo ? value[4..].Trim() : value;
                draft.AddIdentifier(isImo ? IdentifierTypes.Imo : label.Property!, number, CountryCodes.Of(country),
                    TextParts.With("; ", label.Text, country is not null && CountryCodes.Of(country) is null ? country : null, note));
                break;
            case Fact.DateExtra:
                draft.AddExtra(label.Property!, FreeFormDate.Parse(value)?.ToString() ?? value);
                break;
            case Fact.Jurisdiction:
                if (draft.AddCountry(value)) draft.AddExtra("jurisdiction", CountryCodes.Of(value));
                break;
            case Fact.Extra when label.Property == "flag":
                draft.AddExtra("flag", CountryCodes.Of(value) ?? value);
                draft.AddCountry(value);
                break;
            default:
                draft.AddExtra(label.Property!, value);
                break;
        }
    }
}
