using Argus.Sources;

namespace Argus.Tests.Support;

/// <summary>
/// The official list files parsed at most once per test run, shared by the test classes that read them
/// (each big file takes seconds to parse on a shared machine). Call only when the shared data is there.
/// </summary>
public static class OfficialLists
{
    private static readonly Lazy<ListSnapshot> UkLazy = new(() => Read("uk", "ConList.xlsx"));
    private static readonly Lazy<ListSnapshot> AuLazy = new(() => Read("au", "regulation8_consolidated.xlsx"));
    private static readonly Lazy<ListSnapshot> CaLazy = new(() => Read("ca", "sema-lmes.xml"));
    private static readonly Lazy<ListSnapshot> UnLazy = new(() => Read("un", "consolidated.xml"));
    private static readonly Lazy<ListSnapshot> OfacLazy = new(() => Read("ofac", "sdn.csv"));

    public static ListSnapshot Uk => UkLazy.Value;
    public static ListSnapshot Au => AuLazy.Value;
    public static ListSnapshot Ca => CaLazy.Value;
    public static ListSnapshot Un => UnLazy.Value;
    public static ListSnapshot OfacSdn => OfacLazy.Value;

    private static ListSnapshot Read(params string[] parts) =>
        ListFormats.Read(ListSource.FromFile(TestPaths.Shared(["lists", .. parts])));
}
