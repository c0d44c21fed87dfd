namespace Argus.Model;

/// <summary>Well-known identifier types (FollowTheMoney property names where one exists).</summary>
public static class IdentifierTypes
{
    public const string Passport = "passport";
    public const string NationalId = "nationalId";
    public const string Imo = "imo";
    public const string Mmsi = "mmsi";
    public const string SwiftBic = "swiftBic";
    public const string Registration = "registration";
    public const string TaxId = "taxId";
    public const string Lei = "lei";
    public const string CallSign = "callSign";
    public const string Other = "other";
}

/// <summary>An identifying number: passport, national ID, IMO, SWIFT/BIC, company registration, …</summary>
/// <param name="Type">One of <see cref="IdentifierTypes"/>.</param>
/// <param name="Number">The number as the list writes it.</param>
/// <param name="Country">ISO 3166-1 alpha-2 (lower case) of the issuer, when known.</param>
/// <param name="Note">The list's own description ("Passport", "Tax ID No.", expiry, …).</param>
public sealed record Identifier(string Type, string Number, string? Country = null, string? Note = null);

/// <summary>A postal address; <paramref name="Country"/> is an ISO 3166-1 alpha-2 code, lower case.</summary>
public sealed record Address(string Full, string? City = null, string? Country = null);

/// <summary>A place (of birth, say) as written, with its country code when known.</summary>
public sealed record Place(string Text, string? Country = null);
