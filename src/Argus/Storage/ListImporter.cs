using System.Globalization;
using System.Security.Cryptography;
using Argus.Model;
using Argus.Sources;

namespace Argus.Storage;

/// <summary>Options of one import.</summary>
/// <param name="Force">Import even when the new version is much smaller than the active one, or empty.</param>
/// <param name="Dataset">Store the file under this dataset name instead of the one its format gives (<see cref="DatasetNames.Pattern"/>).</param>
/// <param name="Title">The dataset's title, shown in the lists and the catalogue; null keeps the one it has.</param>
public sealed record ImportOptions(bool Force = false, string? Dataset = null, string? Title = null);

public enum ImportStatus
{
    /// <summary>A new version was written and is now active.</summary>
    Imported,
    /// <summary>The same file with the same content is already the active version; nothing was written.</summary>
    Unchanged,
    /// <summary>The file was refused; the active data is as it was.</summary>
    Refused,
}

/// <summary>What happened to one file.</summary>
/// <param name="Source">The file or URL.</param>
/// <param name="Status">What happened.</param>
/// <param name="Version">The new version (Imported) or the active one (Unchanged); null when refused before the dataset was known.</param>
/// <param name="Replaced">The version that was active before (Imported only).</param>
/// <param name="Message">One line: the figures, or the reason for a refusal naming the file and place.</param>
public sealed record ImportResult(string Source, ImportStatus Status, DatasetVersion? Version, DatasetVersion? Replaced, string Message)
{
    public bool Succeeded => Status != ImportStatus.Refused;
}

/// <summary>
/// Brings list files into the store: hashes the bytes, detects the format, parses the whole file, applies
/// the safety checks and writes the new version in one transaction. Each file is its own atomic import;
/// a file that fails at any step leaves the active data exactly as it was, and every outcome is audited.
/// </summary>
public sealed class ListImporter
{
    /// <summary>Largest drop in entity count, relative to the active version, accepted without --force.</summary>
    public const double MaxShrink = 0.10;

    private readonly SnapshotStore _store;
    private readonly Func<ListSource, ListSnapshot> _read;

    /// <param name="store">The store to write to.</param>
    /// <param name="read">Reads a source into a snapshot; the default detects the format among <see cref="ListFormats.All"/>.</param>
    public ListImporter(SnapshotStore store, Func<ListSource, ListSnapshot>? read = null)
    {
        _store = store;
        _read = read ?? ListFormats.Read;
    }

    /// <summary>Imports files and directories (every list file under a directory, in path order), one atomic import per file.</summary>
    public IReadOnlyList<ImportResult> ImportPaths(IEnumerable<string> paths, ImportOptions? options = null, Action<ImportResult>? onResult = null)
    {
        var results = new List<ImportResult>();
        foreach (var path in paths)
        {
            IEnumerable<string> files;
            if (Directory.Exists(path)) files = ListFiles(path);
            else if (File.Exists(path)) files = [path];
            else
            {
                var missing = new ImportResult(path, ImportStatus.Refused, null, null, $"{path}: no such file or directory");
                results.Add(missing);
                onResult?.Invoke(missing);
                continue;
            }
            foreach (var file in files)
            {
                var result = Import(ListSource.FromFile(file), options, Path.GetFullPath(file));
                results.Add(result);
                onResult?.Invoke(result);
            }
        }
        return results;
    }

    /// <summary>The list files under <paramref name="directory"/> (recursively), leaving out companion files and documents.</summary>
    public static IReadOnlyList<string> ListFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => !ActiveLists.IsCompanionOrDoc(f) && !IsInHiddenFolder(directory, f))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsInHiddenFolder(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    /// <summary>Imports one source. Never throws for a bad file: the result says why it was refused.</summary>
    /// <param name="source">The file or download to read.</param>
    /// <param name="options">Force and dataset override.</param>
    /// <param name="recordedSource">What to record as the version's source (default: the source's name).</param>
    public ImportResult Import(ListSource source, ImportOptions? options = null, string? recordedSource = null)
    {
        options ??= new ImportOptions();
        string? dataset = options.Dataset;
        try
        {
            if (options.Dataset is not null && DatasetNames.Problem(options.Dataset) is { } badOption)
                throw new ImportRefusedException(source.Name, "--dataset " + badOption);
            var sha = Sha256Of(source);
            var snapshot = Rename(_read(source), options.Dataset);
            if (DatasetNames.Problem(snapshot.Dataset) is { } badName)
                throw new ImportRefusedException(source.Name, $"the file names its dataset {badName}; give one with --dataset");
            dataset = snapshot.Dataset;
            CheckIds(source.Name, snapshot);

            var active = _store.ActiveVersion(snapshot.Dataset);
            var content = SnapshotStore.ContentFingerprint(snapshot.Entities);
            if (active is not null && active.Sha256 == sha && active.ContentSha256 == content) return Unchanged(source, snapshot, active, sha);

            DatasetVersion version;
            try
            {
                // Asked again inside the write transaction: an identical import that committed meanwhile (two writers at once) makes this one redundant.
                version = _store.AddVersion(snapshot, recordedSource ?? source.Name, sha, current =>
                    current is not null && current.Sha256 == sha && current.ContentSha256 == content
                        ? throw new SameVersionException(current)
                        : SafetyCheck(snapshot, current, options.Force), options.Title);
            }
            catch (SameVersionException same)
            {
                return Unchanged(source, snapshot, same.Active, sha);
            }
            var message = $"{snapshot.Dataset}: version {version.Version}, {version.EntityCount:N0} entities ({CountsText(version.Counts)})" +
                          (active is null ? "" : $", was version {active.Version} with {active.EntityCount:N0}") +
                          (snapshot.Warnings.Count > 0 ? $", {snapshot.Warnings.Count:N0} rows skipped or repaired" : "");
            return new ImportResult(source.Name, ImportStatus.Imported, version, active, message);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        // A lock held past the wait is not the file's fault, and the audit trail could not be written either.
        catch (Exception e) when (!StoreLock.IsLocked(e))
        {
            var reason = Reason(source.Name, e);
            try
            {
                _store.Audit.Append("refuse", dataset ?? source.Name, reason);
            }
            catch (Exception auditFailure) when (auditFailure is Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                reason += $" (and the refusal could not be written to the audit trail: {auditFailure.Message})";
            }
            return new ImportResult(source.Name, ImportStatus.Refused, dataset is null ? null : _store.ActiveVersion(dataset), null, reason);
        }
    }

    private ImportResult Unchanged(ListSource source, ListSnapshot snapshot, DatasetVersion active, string sha)
    {
        var same = $"{source.Name}: unchanged: {snapshot.Dataset} version {active.Version} is already this file (sha256 {Short(sha)}); nothing imported";
        _store.Audit.Append("unchanged", snapshot.Dataset, same);
        return new ImportResult(source.Name, ImportStatus.Unchanged, active, null, same);
    }

    /// <summary>The active version is already the file being imported: nothing to write.</summary>
    private sealed class SameVersionException(DatasetVersion active) : Exception
    {
        public DatasetVersion Active { get; } = active;
    }

    /// <summary>
    /// The completeness checks: the format's own evidence (<see cref="ListSnapshot.Doubt"/>), then the
    /// 10 % rule, since a version much smaller than the active one is likely a truncated or partial file.
    /// </summary>
    public static string? SafetyCheck(ListSnapshot snapshot, DatasetVersion? active, bool force)
    {
        if (force) return null;
        if (snapshot.Doubt is { } doubt)
            return $"{doubt}: the file may be truncated; refused, use --force if it is whole";
        var count = snapshot.Entities.Count;
        if (count == 0)
            return $"the file holds no entities for {snapshot.Dataset}; refused (use --force to import an empty list)";
        if (active is null) return null;
        if (count < active.EntityCount * (1 - MaxShrink))
        {
            var drop = 100.0 * (active.EntityCount - count) / active.EntityCount;
            return string.Create(CultureInfo.InvariantCulture,
                $"{snapshot.Dataset} would shrink from {active.EntityCount:N0} entities (active version {active.Version}) to {count:N0} ({drop:F1} % fewer, more than {MaxShrink * 100:F0} %); refused, use --force if the list really shrank");
        }
        return null;
    }

    private static ListSnapshot Rename(ListSnapshot snapshot, string? dataset)
    {
        if (string.IsNullOrWhiteSpace(dataset) || dataset == snapshot.Dataset) return snapshot;
        var entities = snapshot.Entities
            .Select(e => e with { Dataset = dataset, Id = WatchlistEntity.MakeId(dataset, e.Reference) })
            .ToList();
        return snapshot with { Dataset = dataset, Entities = entities };
    }

    private static void CheckIds(string source, ListSnapshot snapshot)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Entities.Count; i++)
            if (!seen.Add(snapshot.Entities[i].Id))
                throw new ListFormatException(source, $"entity #{i + 1}", $"the id '{snapshot.Entities[i].Id}' occurs twice; ids must be unique in a list");
    }

    private static string Reason(string source, Exception e) => e switch
    {
        ListFormatException or ImportRefusedException => e.Message,
        _ when e.Message.StartsWith(source, StringComparison.Ordinal) => e.Message,
        _ => $"{source}: {e.Message}",
    };

    private static string Sha256Of(ListSource source)
    {
        using var s = source.Open();
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    private static string Short(string sha) => sha[..12];

    public static string CountsText(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.Select(c => $"{c.Value:N0} {c.Key}"));
}
