using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>Lookups used by the list reader tests.</summary>
internal static class SnapshotAssertions
{
    public static WatchlistEntity Entity(this ListSnapshot snapshot, string reference)
    {
        var e = snapshot.Entities.SingleOrDefault(x => x.Reference == reference);
        Assert.True(e is not null, $"{reference} is not in the {snapshot.Dataset} snapshot");
        return e!;
    }

    public static IEnumerable<string> NamesOf(this WatchlistEntity e, NameKind kind) =>
        e.Names.Where(n => n.Kind == kind).Select(n => n.Full);

    public static string[] Extra(this WatchlistEntity e, string property) =>
        e.Extra.TryGetValue(property, out var v) ? [.. v] : [];

    /// <summary>Reads a shared official file by its path under ../shared/data/lists.</summary>
    public static ListSnapshot ReadShared(params string[] parts) =>
        ListFormats.Read(ListSource.FromFile(TestPaths.Shared(["lists", .. parts])));

    public static ListSnapshot ReadSample(params string[] parts) =>
        ListFormats.Read(ListSource.FromFile(Path.Combine([TestPaths.Samples, "lists", .. parts])));

    /// <summary>Ids are unique and built from dataset and reference.</summary>
    public static void AssertWellFormed(ListSnapshot snapshot)
    {
        Assert.Equal(snapshot.Entities.Count, snapshot.Entities.Select(e => e.Id).Distinct().Count());
        foreach (var e in snapshot.Entities)
        {
            Assert.Equal($"{snapshot.Dataset}-{e.Reference}", e.Id);
            Assert.Equal(e.Reference.Trim(), e.Reference);
            Assert.False(string.IsNullOrWhiteSpace(e.Caption));
            Assert.Equal(NameKind.Primary, e.Names[0].Kind);
            Assert.All(e.Names, n => Assert.Equal(string.Join(' ', n.Full.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), n.Full));
        }
    }
}
