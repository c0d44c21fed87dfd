using Argus.Model;

namespace Argus.Linking;

/// <summary>
/// The order of the lists inside a target: the UN first (the national lists implement its designations),
/// then the national lists that cite it, then the US lists; any other dataset after them by name. A target
/// without a UN member takes the id of its member from the first list in this order, so a member added from
/// a later list leaves the id as it was.
/// </summary>
public static class DatasetOrder
{
    private static readonly string[] Known =
        [Datasets.UnSc, Datasets.UkHmt, Datasets.EuFsf, Datasets.AuDfat, Datasets.CaSema, Datasets.OfacSdn, Datasets.OfacCons, Datasets.UsTradeCsl];

    /// <summary>Rank of a dataset: known lists by their place above, the others after them.</summary>
    public static int Rank(string dataset)
    {
        var i = Array.IndexOf(Known, dataset);
        return i >= 0 ? i : Known.Length;
    }

    /// <summary>Compares entries by dataset rank, then dataset name, then id: the order of a target's members.</summary>
    public static int Compare(WatchlistEntity a, WatchlistEntity b)
    {
        var c = Rank(a.Dataset).CompareTo(Rank(b.Dataset));
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Dataset, b.Dataset);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }
}
