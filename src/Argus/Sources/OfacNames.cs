using Argus.Model;

namespace Argus.Sources;

/// <summary>OFAC writes people as "LAST, First Middle": the part before the first comma is the family name.</summary>
public static class OfacNames
{
    /// <summary>
    /// The name as listed, with its family and given parts when it is a person's name in OFAC's order.
    /// The given part keeps all given and middle names ("Vladimir Vladimirovich"): OFAC does not say which is which.
    /// </summary>
    public static EntityName Name(string listed, NameKind kind, bool person)
    {
        var full = EntityDraft.Clean(listed);
        var name = new EntityName(full, kind);
        if (!person) return name;
        var comma = full.IndexOf(',');
        if (comma <= 0 || comma == full.Length - 1) return name;
        var family = full[..comma].Trim();
        var given = full[(comma + 1)..].Trim();
        return family.Length == 0 || given.Length == 0 ? name : name with { Family = family, Given = given };
    }
}
