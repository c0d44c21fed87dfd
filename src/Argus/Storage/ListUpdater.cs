using Argus.Sources;

namespace Argus.Storage;

/// <summary>
/// Downloads official list files and brings each in through the <see cref="ListImporter"/>, so that a
/// download passes the same parse and safety checks as a file given by hand before it is activated.
/// Downloads go to a private folder under the data directory and are deleted afterwards.
/// </summary>
public sealed class ListUpdater(SnapshotStore store, ListImporter importer, ListDownloader downloader, string workDirectory)
{
    /// <summary>
    /// Updates each source in turn; each is its own atomic import. <paramref name="urlOverrides"/> maps a
    /// source name (or dataset) to another URL, or "NAME:companion.csv" to a companion's URL.
    /// </summary>
    public IReadOnlyList<ImportResult> Update(
        IEnumerable<OfficialSource> sources,
        IReadOnlyDictionary<string, string> urlOverrides,
        ImportOptions? options = null,
        Action<string>? notice = null,
        Action<ImportResult>? onResult = null,
        bool explicitSources = false)
    {
        var results = new List<ImportResult>();
        foreach (var source in sources)
        {
            var url = Override(urlOverrides, source.Name) ?? Override(urlOverrides, source.Dataset) ?? source.Url;
            if (url is null)
            {
                var why = $"{source.Name}: no public URL for {source.Dataset}; give one with --url-override {source.Name}=URL";
                if (!explicitSources) { notice?.Invoke(why + " (skipped)"); continue; }
                results.Add(Refuse(source, why, onResult));
                continue;
            }
            results.Add(UpdateOne(source, url, urlOverrides, options, notice, onResult));
        }
        return results;
    }

    private ImportResult UpdateOne(OfficialSource source, string url, IReadOnlyDictionary<string, string> overrides,
        ImportOptions? options, Action<string>? notice, Action<ImportResult>? onResult)
    {
        var folder = Path.Combine(workDirectory, "download-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var main = Path.Combine(folder, source.FileName);
            var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            try
            {
                notice?.Invoke($"{source.Name}: downloading {url}");
                var bytes = downloader.Download(url, main, notice);
                notice?.Invoke($"{source.Name}: {bytes:N0} bytes");
                foreach (var companion in source.Companions)
                {
                    var companionUrl = Override(overrides, $"{source.Name}:{companion.SavedAs}") ?? new Uri(new Uri(url), companion.RemoteName).ToString();
                    var path = Path.Combine(folder, companion.SavedAs);
                    notice?.Invoke($"{source.Name}: downloading {companionUrl}");
                    downloader.Download(companionUrl, path, notice);
                    files[companion.SavedAs] = path;
                }
            }
            catch (DownloadException e)
            {
                return Refuse(source, e.Message, onResult);
            }
            var listSource = new ListSource(url, () => File.OpenRead(main),
                name => files.TryGetValue(name, out var p) ? File.OpenRead(p) : null);
            var result = importer.Import(listSource, options, url);
            onResult?.Invoke(result);
            return result;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private ImportResult Refuse(OfficialSource source, string reason, Action<ImportResult>? onResult)
    {
        store.Audit.Append("refuse", source.Dataset, reason);
        var result = new ImportResult(source.Url ?? source.Name, ImportStatus.Refused, store.ActiveVersion(source.Dataset), null, reason);
        onResult?.Invoke(result);
        return result;
    }

    private static string? Override(IReadOnlyDictionary<string, string> overrides, string key) =>
        overrides.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Parses "NAME=URL" pairs; the URL must be absolute http or https.</summary>
    public static IReadOnlyDictionary<string, string> ParseOverrides(IEnumerable<string> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--url-override '{pair}': expected NAME=URL");
            var name = pair[..eq].Trim();
            var url = pair[(eq + 1)..].Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"--url-override '{pair}': '{url}' is not an http or https URL");
            var sourceName = name.Split(':')[0];
            if (OfficialSources.Find(sourceName) is null)
                throw new ArgumentException($"--url-override '{pair}': unknown source '{sourceName}' (known: {string.Join(", ", OfficialSources.All.Select(s => s.Name))})");
            map[name] = url;
        }
        return map;
    }
}
