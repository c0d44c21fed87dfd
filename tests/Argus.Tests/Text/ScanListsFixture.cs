using Argus.Matching;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Text;

/// <summary>
/// The screening indexes the scan outcome tests run against, each built once per test run: the bundled
/// samples, and (when ../shared/data is there) the official files the acceptance check imports.
/// </summary>
public sealed class ScanListsFixture
{
    private readonly Lazy<ScreeningIndex> _samples = new(() =>
        ScreeningIndex.Build(ActiveLists.LoadSamples(Path.Combine(TestPaths.Samples, "lists")).Entities));

    private readonly Lazy<(ScreeningIndex Index, IReadOnlyList<string> Loaded)> _official = new(LoadOfficial);

    /// <summary>The official files of the first case, as `argus lists import` is given them by the acceptance check.</summary>
    public static readonly string[] OfficialFiles =
    [
        "un/consolidated.xml", "ofac/sdn.csv", "ofac/consolidated.xml", "uk/ConList.xlsx", "au/regulation8_consolidated.xlsx", "ca/sema-lmes.xml",
    ];

    public ScreeningIndex Samples => _samples.Value;

    public ScreeningIndex Official => _official.Value.Index;

    /// <summary>Which official files could be read (a file whose reader is not in the product yet is left out).</summary>
    public IReadOnlyList<string> OfficialLoaded => _official.Value.Loaded;

    private static (ScreeningIndex, IReadOnlyList<string>) LoadOfficial()
    {
        var entities = new List<WatchlistEntity>();
        var loaded = new List<string>();
        foreach (var f in OfficialFiles)
        {
            try
            {
                entities.AddRange(ListFormats.Read(ListSource.FromFile(TestPaths.Shared("lists", f))).Entities);
                loaded.Add(f);
            }
            catch (ListFormatException e) when (e.Message.Contains("not a list format", StringComparison.Ordinal))
            {
                // Format not read yet: the remaining lists still hold every target of the first case.
            }
        }
        return (ScreeningIndex.Build(entities), loaded);
    }
}

[CollectionDefinition(Name)]
public sealed class ScanListsCollection : ICollectionFixture<ScanListsFixture>
{
    public const string Name = "scan against lists";
}
