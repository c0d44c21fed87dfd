namespace Argus.Linking;

/// <summary>What says two list entries are one target, strongest first.</summary>
public enum LinkKind
{
    /// <summary>Both name the same UN Security Council reference as their own (the UN entry's reference, UK "UN Ref", EU unitedNationId).</summary>
    UnReference,
    /// <summary>The US Consolidated Screening List republishes an OFAC entry under OFAC's own entity number.</summary>
    OfacEntityNumber,
    /// <summary>A shared strong identifier: IMO, passport or national id with its country, SWIFT/BIC, registration number with its country.</summary>
    Identifier,
    /// <summary>The same name after normalisation with agreeing date of birth (or incorporation), nationality, gender and schema.</summary>
    NameAndDate,
    /// <summary>For organisations and vessels that state no date: the same normalised name and a country both clusters state.</summary>
    NameAndCountry,
    /// <summary>The same normalised name and the same day of listing, when a date of birth is missing on one side.</summary>
    NameAndListingDate,
    /// <summary>An organisation's full name, long enough, that the entries of two clusters hold and no other entry does, one of them stating no country.</summary>
    UniqueName,
    /// <summary>Two people without a date in common whose sets of names are equal, no other entry holding any of them.</summary>
    NameSet,
    /// <summary>Two people born on the same day (full dates) where every word of one's name, two at least, is a word of the other's: a name written without its patronymic or middle name.</summary>
    NameWithinAndDate,
}

/// <summary>One link between two entries, with the evidence in words.</summary>
/// <param name="From">Entity id of one entry.</param>
/// <param name="To">Entity id of the other.</param>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="Detail">The evidence itself ("UN reference KPi.076", "passport kp 123456", "name ri pyong chol, born 1948").</param>
public sealed record EntityLink(string From, string To, LinkKind Kind, string Detail)
{
    /// <summary>True for the kinds that link transitively (reference, entity number, identifier); the name-based kinds never chain.</summary>
    public bool Strong => Kind is not (LinkKind.NameAndDate or LinkKind.NameAndCountry or LinkKind.NameAndListingDate or LinkKind.UniqueName or LinkKind.NameSet or LinkKind.NameWithinAndDate);
}

/// <summary>A link that the evidence suggested and the builder refused, with the conflict that stopped it.</summary>
public sealed record RefusedLink(EntityLink Link, string Conflict);

/// <summary>Short labels of the datasets, for one-line displays ("UN KPi.076 · UK 13572").</summary>
public static class DatasetLabels
{
    public static string Of(string dataset) => dataset switch
    {
        Model.Datasets.UnSc => "UN",
        Model.Datasets.UkHmt => "UK",
        Model.Datasets.EuFsf => "EU",
        Model.Datasets.AuDfat => "AU",
        Model.Datasets.CaSema => "CA",
        Model.Datasets.OfacSdn => "US OFAC",
        Model.Datasets.OfacCons => "US OFAC non-SDN",
        Model.Datasets.UsTradeCsl => "US CSL",
        _ => dataset,
    };
}
