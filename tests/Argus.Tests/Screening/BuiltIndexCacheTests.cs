using Argus.Linking;
using Argus.Matching;
using Argus.Model;
using Argus.Screening;
using Argus.Storage;
using Argus.Tests.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Screening;

public class BuiltIndexCacheTests
{
    private static string IndexPath(string dir) => Path.Combine(dir, BuiltIndexCache.IndexFileName);
    private static string LinksPath(string dir) => Path.Combine(dir, BuiltIndexCache.LinksFileName);

    // The samples imported, then one service loaded (and linked) as `argus screen` does: both files written.
    private static TempDir Prepared()
    {
        var dir = new TempDir();
        ActiveSnapshotCacheTests.ImportSamples(dir.Path);
        BuiltIndexCache.Refresh(dir.Path);
        return dir;
    }

    private static BuiltIndexCache CacheOf(string dir) => new(dir, ActiveLists.Load(dir));

    private static List<ScreeningQuery> Queries(IReadOnlyList<WatchlistEntity> entities)
    {
        var queries = entities.Where((_, i) => i % 3 == 0).Select(e => new ScreeningQuery { Names = [e.Caption] }).ToList();
        // Typos, other scripts and a partial name: candidates come through the sound, typo and syllable keys.
        queries.AddRange(entities.Where((e, i) => i % 11 == 0 && e.Caption.Length > 6)
            .Select(e => new ScreeningQuery { Names = [e.Caption[..^2] + e.Caption[^1] + e.Caption[^2]], Schema = e.Schema }));
        queries.AddRange(new[] { "Ri Pyeong-chol", "리평철", "Ким Чен Ын", "Jo Chun-yong", "Mohammed" }.Select(n => new ScreeningQuery { Names = [n] }));
        return queries;
    }

    private static object[] Summary(IReadOnlyList<ScreeningResult> results) =>
        results.Select(r => (object)(r.Entity.Id, r.Score, r.Match, r.Explanation.Summary, r.Target?.Id, r.Target?.Lists)).ToArray();

    private static string[] Describe(LinkSet links) =>
        links.Targets.Select(t => $"{t.Id}|{t.Caption}|{t.Schema}|{string.Join(',', t.Entities.Select(e => e.Id))}|{string.Join(';', t.Links.Select(l => $"{l.From}>{l.To}:{l.Kind}:{l.Detail}"))}")
            .Concat(links.Refused.Select(r => $"refused {r.Link.From}>{r.Link.To}:{r.Link.Kind}:{r.Link.Detail}:{r.Conflict}")).ToArray();

    [Fact]
    public void An_import_writes_both_files_and_the_next_process_reads_them()
    {
        using var dir = Prepared();
        Assert.True(File.Exists(IndexPath(dir.Path)));
        Assert.True(File.Exists(LinksPath(dir.Path)));
        var cache = CacheOf(dir.Path);
        Assert.NotNull(cache.TryReadIndex());
        Assert.NotNull(cache.TryReadLinks());
    }

    [Fact]
    public void The_index_and_links_read_from_their_files_screen_as_the_ones_built()
    {
        using var dir = Prepared();
        var lists = ActiveLists.Load(dir.Path);
        var cache = new BuiltIndexCache(dir.Path, lists);
        var cached = cache.TryReadIndex()!;
        var cachedLinks = cache.TryReadLinks()!;
        var built = ScreeningIndex.Build(lists.Entities);
        var builtLinks = LinkSet.Build(lists.Entities);
        Assert.Equal(built.Names.Count, cached.Names.Count);
        Assert.Equal(built.TermCount, cached.TermCount);
        Assert.Equal(built.Names.Select(n => (n.Entity, n.Name, n.Form.Normalised, n.Combined)), cached.Names.Select(n => (n.Entity, n.Name, n.Form.Normalised, n.Combined)));
        Assert.Equal(Describe(builtLinks), Describe(cachedLinks));
        Assert.Contains(builtLinks.Targets, t => t.Entities.Count > 1 && t.Links.Count > 0);

        var queries = Queries(lists.Entities);
        Assert.True(queries.Count > 40);
        var options = new ScreeningOptions { Limit = 10, Threshold = 0.5 };
        var (byTargetCached, byTargetBuilt) = (new TargetScreener(cached, cachedLinks), new TargetScreener(built, builtLinks));
        foreach (var query in queries)
        {
            Assert.Equal(Summary(built.Screen(query, options)), Summary(cached.Screen(query, options)));
            Assert.Equal(Summary(byTargetBuilt.Screen(query, options)), Summary(byTargetCached.Screen(query, options)));
        }
    }

    [Theory]
    [InlineData("flip a byte of the body")]
    [InlineData("truncate")]
    [InlineData("another format version")]
    [InlineData("empty file")]
    [InlineData("another kind of file")]
    public void A_damaged_or_foreign_file_is_not_used_and_is_rebuilt(string damage)
    {
        using var dir = Prepared();
        foreach (var path in new[] { IndexPath(dir.Path), LinksPath(dir.Path) })
        {
            var bytes = File.ReadAllBytes(path);
            byte[] damaged = damage switch
            {
                "flip a byte of the body" => DamagedFile.Flip(bytes, bytes.Length / 2),
                "truncate" => bytes[..(bytes.Length - 100)],
                "another format version" => DamagedFile.WithFormat(bytes, BuiltIndexCache.IndexFormat + 1),
                "another kind of file" => File.ReadAllBytes(ActiveSnapshotCache.PathIn(dir.Path)),
                _ => [],
            };
            File.WriteAllBytes(path, damaged);
        }
        var cache = CacheOf(dir.Path);
        Assert.Null(cache.TryReadIndex());
        Assert.Null(cache.TryReadLinks());
        AssertRebuiltAndRewritten(dir.Path);
    }

    [Fact]
    public void A_file_written_by_another_build_of_argus_is_not_used()
    {
        using var dir = Prepared();
        var lists = ActiveLists.Load(dir.Path);
        var cache = new BuiltIndexCache(dir.Path, lists);
        // Another build matches with other tables: its index must not stand in for this build's.
        var otherBuild = BuiltIndexCache.KeyOf(lists, codeVersion: "another-build");
        cache.WriteIndex(ScreeningIndex.Build(lists.Entities), otherBuild);
        cache.WriteLinks(LinkSet.Build(lists.Entities), otherBuild);
        Assert.Null(cache.TryReadIndex());
        Assert.Null(cache.TryReadLinks());
        AssertRebuiltAndRewritten(dir.Path);
    }

    [Fact]
    public void Files_for_versions_that_are_no_longer_active_are_not_used()
    {
        using var dir = Prepared();
        // Another process imports a new version of one list; the files still hold the old one.
        using (var store = SnapshotStore.Open(dir.Path))
            store.AddVersion(StoreFixtures.People("un_sc_sanctions", 3, "un-xml"), "other", "new");
        var cache = CacheOf(dir.Path);
        Assert.Null(cache.TryReadIndex());
        Assert.Null(cache.TryReadLinks());
        var state = new ScreeningService(dir.Path).Load();
        Assert.Equal(3, state.Index.Entities.Count(e => e.Dataset == "un_sc_sanctions"));
        Assert.Equal(state.Lists.Entities.Count, state.Links.EntityCount);
        Assert.NotNull(CacheOf(dir.Path).TryReadIndex());
    }

    [Fact]
    public void A_data_directory_that_cannot_hold_the_files_still_screens()
    {
        using var dir = new TempDir();
        ActiveSnapshotCacheTests.ImportSamples(dir.Path);
        Directory.CreateDirectory(IndexPath(dir.Path));
        Directory.CreateDirectory(LinksPath(dir.Path));
        var state = new ScreeningService(dir.Path).Load();
        Assert.NotEmpty(state.ByTarget.Screen(new ScreeningQuery { Names = ["Ri Pyeong-chol"] }));
        Assert.True(state.Links.Targets.Count > 0);
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.tmp"));
    }

    // A service loading rebuilds both, writes them again, and the next reads them.
    private static void AssertRebuiltAndRewritten(string dir)
    {
        var state = new ScreeningService(dir).Load();
        Assert.NotEmpty(state.ByTarget.Screen(new ScreeningQuery { Names = ["Ri Pyeong-chol"] }));
        var cache = CacheOf(dir);
        Assert.Equal(state.Index.Names.Count, cache.TryReadIndex()?.Names.Count);
        Assert.Equal(state.Links.Targets.Count, cache.TryReadLinks()?.Targets.Count);
    }
}
