using Argus.Model;

namespace Argus.Sources;

/// <summary>
/// One official publication Argus can download: where it is, which dataset it fills, the file name
/// to save it under (format detection uses the content, the name is a hint) and its companion files.
/// </summary>
/// <param name="Name">Short name used on the command line ("un", "ofac-sdn", …).</param>
/// <param name="Dataset">The dataset the file fills.</param>
/// <param name="Url">The official URL, or null when the publisher hands out personal links only (then --url-override is needed).</param>
/// <param name="FileName">File name to save the download under.</param>
/// <param name="Companions">Companion files fetched beside the main one (saved name, official file name at the same place).</param>
public sealed record OfficialSource(string Name, string Dataset, string? Url, string FileName, IReadOnlyList<OfficialCompanion> Companions);

/// <summary>A file published beside a main list file (OFAC's ALT.CSV beside SDN.CSV).</summary>
/// <param name="SavedAs">The name the list reader asks for ("alt.csv").</param>
/// <param name="RemoteName">The file name at the publisher's, resolved against the main file's URL ("ALT.CSV").</param>
public sealed record OfficialCompanion(string SavedAs, string RemoteName);

/// <summary>The official download locations of every list (see docs/storage.md, "Update").</summary>
public static class OfficialSources
{
    private const string OfacExports = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

    public static IReadOnlyList<OfficialSource> All { get; } =
    [
        new("un", Datasets.UnSc, "https://scsanctions.un.org/resources/xml/en/consolidated.xml", "consolidated.xml", []),
        new("ofac-sdn", Datasets.OfacSdn, OfacExports + "SDN.CSV", "sdn.csv",
            [new("alt.csv", "ALT.CSV"), new("add.csv", "ADD.CSV"), new("sdn_comments.csv", "SDN_COMMENTS.CSV")]),
        new("ofac-cons", Datasets.OfacCons, OfacExports + "CONSOLIDATED.XML", "consolidated.xml", []),
        new("us-csl", Datasets.UsTradeCsl, "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv", "consolidated.csv", []),
        new("uk", Datasets.UkHmt, "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx", "ConList.xlsx", []),
        // The EU publishes its full file behind a personal token: it is updated only with --url-override eu=URL.
        new("eu", Datasets.EuFsf, null, "xmlFullSanctionsList.xml", []),
        new("au", Datasets.AuDfat, "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx", "regulation8_consolidated.xlsx", []),
        new("ca", Datasets.CaSema, "https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml", "sema-lmes.xml", []),
    ];

    /// <summary>The source with this short name or dataset name, or null.</summary>
    public static OfficialSource? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Dataset, name, StringComparison.OrdinalIgnoreCase));
}
