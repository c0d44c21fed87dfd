namespace Argus.Model;

/// <summary>FollowTheMoney schemata that Argus screens against.</summary>
public enum EntitySchema
{
    Thing,
    LegalEntity,
    Person,
    Organization,
    Company,
    Vessel,
    Airplane,
}

public static class EntitySchemas
{
    /// <summary>The FollowTheMoney name of the schema ("Person", "Organization", …).</summary>
    public static string FtmName(this EntitySchema schema) => schema.ToString();

    public static bool TryParse(string? text, out EntitySchema schema)
    {
        schema = EntitySchema.Thing;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        switch (t)
        {
            case "person" or "individual": schema = EntitySchema.Person; return true;
            case "organization" or "organisation" or "entity" or "enterprise": schema = EntitySchema.Organization; return true;
            case "company": schema = EntitySchema.Company; return true;
            case "legalentity": schema = EntitySchema.LegalEntity; return true;
            case "vessel" or "ship": schema = EntitySchema.Vessel; return true;
            case "airplane" or "aircraft": schema = EntitySchema.Airplane; return true;
            case "thing": schema = EntitySchema.Thing; return true;
            default: return Enum.TryParse(text.Trim(), true, out schema);
        }
    }

    /// <summary>True when an entity of schema <paramref name="candidate"/> can answer a query of schema <paramref name="query"/>.</summary>
    public static bool IsCompatible(EntitySchema query, EntitySchema candidate) => (query, candidate) switch
    {
        (EntitySchema.Thing, _) or (_, EntitySchema.Thing) => true,
        (EntitySchema.LegalEntity, EntitySchema.Person or EntitySchema.Organization or EntitySchema.Company or EntitySchema.LegalEntity) => true,
        (EntitySchema.Person or EntitySchema.Organization or EntitySchema.Company, EntitySchema.LegalEntity) => true,
        (EntitySchema.Organization or EntitySchema.Company, EntitySchema.Organization or EntitySchema.Company) => true,
        _ => query == candidate,
    };
}
