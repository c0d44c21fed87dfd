using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// How Argus's entity fields map to FollowTheMoney property names, shared by <see cref="FtmJsonFormat"/>
/// and <see cref="FtmWriter"/> so that what one writes the other reads back.
/// </summary>
public static class FtmProperties
{
    /// <summary>FtM property of each identifier type, and back.</summary>
    public static IReadOnlyDictionary<string, string> ByIdentifierType { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IdentifierTypes.Passport] = "passportNumber",
        [IdentifierTypes.NationalId] = "idNumber",
        [IdentifierTypes.Imo] = "imoNumber",
        [IdentifierTypes.Mmsi] = "mmsi",
        [IdentifierTypes.SwiftBic] = "swiftBic",
        [IdentifierTypes.Registration] = "registrationNumber",
        [IdentifierTypes.TaxId] = "taxNumber",
        [IdentifierTypes.Lei] = "leiCode",
        [IdentifierTypes.CallSign] = "callSign",
        [IdentifierTypes.Other] = "idNumber",
    };

    /// <summary>FtM identifier properties read as identifiers (several FtM names fold into one type).</summary>
    public static IReadOnlyDictionary<string, string> IdentifierTypeOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["passportNumber"] = IdentifierTypes.Passport,
        ["idNumber"] = IdentifierTypes.NationalId,
        ["imoNumber"] = IdentifierTypes.Imo,
        ["mmsi"] = IdentifierTypes.Mmsi,
        ["swiftBic"] = IdentifierTypes.SwiftBic,
        ["bikCode"] = IdentifierTypes.SwiftBic,
        ["registrationNumber"] = IdentifierTypes.Registration,
        ["ogrnCode"] = IdentifierTypes.Registration,
        ["taxNumber"] = IdentifierTypes.TaxId,
        ["innCode"] = IdentifierTypes.TaxId,
        ["vatCode"] = IdentifierTypes.TaxId,
        ["leiCode"] = IdentifierTypes.Lei,
        ["callSign"] = IdentifierTypes.CallSign,
    };

    /// <summary>
    /// Extra keys that are FollowTheMoney properties of the screened schemata: the writer puts them in
    /// "properties"; other Extra keys (unReference, ukSanctionsRef, …) go to the "argus" block.
    /// </summary>
    public static IReadOnlySet<string> FtmExtraProperties { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "flag", "pastFlags", "phone", "email", "website", "legalForm", "buildDate", "type", "tonnage",
        "grossRegisteredTonnage", "owner", "incorporationDate", "dissolutionDate", "jurisdiction", "status",
        "sector", "classification", "summary", "description", "sourceUrl", "abbreviation",
        "education", "religion", "ethnicity", "political", "deathDate", "topics", "wikidataId", "keywords",
        "uniqueEntityId", "permId", "dunsCode", "model", "serialNumber", "registrationDate", "pastTypes",
    };
}
