using Argus.Model;

namespace Argus.Linking;

/// <summary>One member of a target: a list entry as its list states it.</summary>
public sealed record TargetMember(string Id, string Dataset, string Reference, string Caption, PartialDate? ListingDate)
{
    public static TargetMember Of(WatchlistEntity e) => new(e.Id, e.Dataset, e.Reference, e.Caption, e.ListingDate);

    /// <summary>"UN KPi.076", "UK 13572".</summary>
    public string Label => $"{DatasetLabels.Of(Dataset)} {Reference}";
}

/// <summary>
/// One real-world target: the entries of every list that name it. The id is its UN member's entity id,
/// else that of its member from the first list in <see cref="DatasetOrder"/>.
/// </summary>
/// <param name="Id">Stable id (an entity id, e.g. <c>un_sc_sanctions-KPi.076</c>).</param>
/// <param name="Caption">The caption of the member that gives the id.</param>
/// <param name="Schema">That member's schema.</param>
/// <param name="Entities">The members, in <see cref="DatasetOrder"/>.</param>
/// <param name="Links">The links that joined them (none for a target of one entry).</param>
public sealed record Target(string Id, string Caption, EntitySchema Schema, IReadOnlyList<WatchlistEntity> Entities, IReadOnlyList<EntityLink> Links)
{
    public IEnumerable<TargetMember> Members => Entities.Select(TargetMember.Of);

    /// <summary>The datasets of the members, in order, without repeats.</summary>
    public IReadOnlyList<string> Datasets => Entities.Select(e => e.Dataset).Distinct().ToArray();

    /// <summary>The member entity ids (FollowTheMoney's <c>referents</c>).</summary>
    public IReadOnlyList<string> Referents => Entities.Select(e => e.Id).ToArray();

    /// <summary>"UN KPi.076 · UK 13572 · AU 3443 · US OFAC 23215".</summary>
    public string ListsLine => string.Join(" · ", Members.Select(m => m.Label));
}
