using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Argus.Model;
using Argus.Sources;
using Microsoft.Data.Sqlite;

namespace Argus.Storage;

/// <summary>
/// The versioned list store: every imported version of every dataset with its entities, in the SQLite
/// file argus.db of the data directory. A version is written and activated in one transaction; the
/// active version of a dataset is its newest good one. Entities are stored once per distinct content,
/// so a daily import of a list that barely changed adds little to the file.
/// </summary>
public sealed class SnapshotStore : IDisposable
{
    public const string FileName = "argus.db";

    private readonly SqliteConnection _connection;

    private SnapshotStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
        Audit = new AuditLog(connection);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The audit trail kept in the same file.</summary>
    public AuditLog Audit { get; }

    /// <summary>The open connection, for other parts of Argus that keep their own tables in argus.db.</summary>
    public SqliteConnection Connection => _connection;

    /// <summary>Called with the ordinal of each entity as it is written; lets tests fail an import midway.</summary>
    internal Action<int>? OnEntityWritten { get; set; }

    public static string PathIn(string dataDirectory) => System.IO.Path.Combine(dataDirectory, FileName);

    /// <summary>True when the data directory holds a store file.</summary>
    public static bool Exists(string dataDirectory) => File.Exists(PathIn(dataDirectory));

    /// <summary>
    /// Opens the store of <paramref name="dataDirectory"/>, which must exist with its database; throws
    /// <see cref="StoreUnavailableException"/> naming the path otherwise. For commands that only read.
    /// </summary>
    public static SnapshotStore OpenExisting(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
            throw new StoreUnavailableException($"{dataDirectory}: no such data directory (a mistyped --data or ARGUS_DATA?)");
        if (!Exists(dataDirectory))
            throw new StoreUnavailableException($"{dataDirectory}: no Argus database ({FileName}) in this data directory; import a list first (argus lists import FILE)");
        return Open(dataDirectory);
    }

    /// <summary>
    /// Opens (creating when missing) the store of <paramref name="dataDirectory"/> and brings its schema up to date.
    /// An existing file that is empty, not SQLite, or SQLite of another program is refused, naming it, and left as it was.
    /// </summary>
    public static SnapshotStore Open(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = PathIn(dataDirectory);
        RefuseEmptyFile(path);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = StoreLock.Seconds,
        }.ToString();
        var connection = new SqliteConnection(cs);
        try
        {
            connection.Open();
            RefuseForeignDatabase(connection, path);
            StoreSchema.Execute(connection, "PRAGMA journal_mode=WAL");
            StoreSchema.Execute(connection, "PRAGMA synchronous=NORMAL");
            StoreSchema.Execute(connection, "PRAGMA foreign_keys=ON");
            StoreSchema.Migrate(connection, path);
        }
        catch (SqliteException e) when (!StoreLock.IsLocked(e))
        {
            connection.Dispose();
            throw new StoreUnavailableException(e.SqliteErrorCode == 26
                ? $"{path}: not an Argus database (not a SQLite file); nothing was changed"
                : $"{path}: cannot open the list store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new SnapshotStore(connection, path);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>
    /// SQLite would take a 0-byte file for a new database. Another Argus creating the store leaves the file
    /// empty for a moment, so the size is looked at again for a second before refusing.
    /// </summary>
    private static void RefuseEmptyFile(string path)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (!File.Exists(path) || new FileInfo(path).Length > 0) return;
            Thread.Sleep(50);
        }
        throw new StoreUnavailableException($"{path}: the database file is empty (0 bytes), not an Argus database; move it away to start a new store");
    }

    private static readonly string[] ArgusTables = ["schema_version", "dataset_versions", "batch_runs"];

    /// <summary>A database holding tables, none of them Argus's, belongs to another program: never add ours to it.</summary>
    private static void RefuseForeignDatabase(SqliteConnection connection, string path)
    {
        var tables = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        if (tables.Count == 0 || tables.Intersect(ArgusTables, StringComparer.Ordinal).Any()) return;
        var shown = string.Join(", ", tables.Take(5).Select(t => Text.DisplayText.Escape(t))) + (tables.Count > 5 ? ", …" : "");
        throw new StoreUnavailableException($"{path}: not an Argus database: a SQLite file of another program (tables {shown}); nothing was changed");
    }

    // ---- versions ----

    private const string VersionColumns =
        "dataset, version, format, source, published, imported_at, sha256, content_sha256, entity_count, counts_json, warnings, status";

    private const string ActiveVersionsSql = $"""
        SELECT {VersionColumns} FROM dataset_versions v
        WHERE status = 'good' AND version = (SELECT max(version) FROM dataset_versions w WHERE w.dataset = v.dataset AND w.status = 'good')
        ORDER BY dataset
        """;

    /// <summary>The active version of every dataset, ordered by dataset name.</summary>
    public IReadOnlyList<DatasetVersion> ActiveVersions() => QueryVersions(ActiveVersionsSql);

    /// <summary>
    /// The active version of every dataset and their entities, read in one read transaction: an import
    /// committed meanwhile by another connection is either wholly in it or wholly out (WAL snapshot).
    /// </summary>
    public ActiveSnapshot ReadActive(string? dataset = null)
    {
        using var tx = _connection.BeginTransaction(deferred: true);
        var versions = QueryVersions(ActiveVersionsSql, tx).Where(v => dataset is null || v.Dataset == dataset).ToList();
        var ids = versions.Select(v => VersionRowId(v.Dataset, v.Version, tx)!.Value).ToList();
        var entities = ReadEntities(ids, tx);
        tx.Commit();
        return new ActiveSnapshot(versions, entities);
    }

    /// <summary>Every dataset the store holds, by name, with its title and fixed format.</summary>
    public IReadOnlyList<DatasetInfo> Datasets() => QueryDatasets("SELECT name, title, format FROM datasets ORDER BY name", null);

    /// <summary>The dataset <paramref name="name"/>, or null when it was never imported.</summary>
    public DatasetInfo? Dataset(string name) => Dataset(name, null);

    private DatasetInfo? Dataset(string name, SqliteTransaction? tx) =>
        QueryDatasets("SELECT name, title, format FROM datasets WHERE name = $n", tx, ("$n", name)).FirstOrDefault();

    private List<DatasetInfo> QueryDatasets(string sql, SqliteTransaction? tx, params (string Name, object Value)[] args)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        using var r = cmd.ExecuteReader();
        var list = new List<DatasetInfo>();
        while (r.Read())
        {
            var name = r.GetString(0);
            list.Add(new DatasetInfo(name, r.IsDBNull(1) ? Model.Datasets.Title(name) : r.GetString(1), r.GetString(2)));
        }
        return list;
    }

    /// <summary>Records the dataset at its first import, or refuses a file whose format is not of the dataset's family.</summary>
    private void RegisterDataset(ListSnapshot snapshot, string source, string? title, SqliteTransaction tx)
    {
        var known = Dataset(snapshot.Dataset, tx);
        if (known is not null && ListFormats.FamilyOf(known.Format) != ListFormats.FamilyOf(snapshot.Format))
            throw new ImportRefusedException(source,
                $"{snapshot.Dataset} holds {known.Format} data (its first import); this file is {snapshot.Format}: refused, import it under another --dataset name");
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = known is null
            ? "INSERT INTO datasets (name, title, format) VALUES ($n, $t, $f)"
            : "UPDATE datasets SET title = coalesce($t, title) WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", snapshot.Dataset);
        cmd.Parameters.AddWithValue("$t", string.IsNullOrWhiteSpace(title) ? DBNull.Value : title.Trim());
        cmd.Parameters.AddWithValue("$f", snapshot.Format);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The active version of <paramref name="dataset"/>, or null when none was imported.</summary>
    public DatasetVersion? ActiveVersion(string dataset) => ActiveVersion(dataset, null);

    private DatasetVersion? ActiveVersion(string dataset, SqliteTransaction? tx) =>
        QueryVersions($"SELECT {VersionColumns} FROM dataset_versions WHERE dataset = $d AND status = 'good' ORDER BY version DESC LIMIT 1",
            tx, ("$d", dataset)).FirstOrDefault();

    /// <summary>Every version of <paramref name="dataset"/>, oldest first.</summary>
    public IReadOnlyList<DatasetVersion> Versions(string dataset) =>
        QueryVersions($"SELECT {VersionColumns} FROM dataset_versions WHERE dataset = $d ORDER BY version", null, ("$d", dataset));

    public DatasetVersion? Version(string dataset, int version) =>
        QueryVersions($"SELECT {VersionColumns} FROM dataset_versions WHERE dataset = $d AND version = $v", null, ("$d", dataset), ("$v", version)).FirstOrDefault();

    /// <summary>The good version before the active one (the one a new import replaced), or null.</summary>
    public DatasetVersion? PreviousVersion(string dataset)
    {
        var good = Versions(dataset).Where(v => v.Status == DatasetVersion.Good).ToList();
        return good.Count >= 2 ? good[^2] : null;
    }

    private List<DatasetVersion> QueryVersions(string sql, SqliteTransaction? tx = null, params (string Name, object Value)[] args)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        using var r = cmd.ExecuteReader();
        var list = new List<DatasetVersion>();
        while (r.Read())
        {
            list.Add(new DatasetVersion(
                r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture),
                r.GetString(6), r.GetString(7), r.GetInt32(8),
                SchemaCountsJson.Read(r.GetString(9)),
                r.GetInt32(10), r.GetString(11)));
        }
        return list;
    }

    // ---- entities ----

    /// <summary>The entities of one version, in file order.</summary>
    public IReadOnlyList<WatchlistEntity> Entities(string dataset, int version)
    {
        var id = VersionRowId(dataset, version) ?? throw new ArgumentException($"{dataset} has no version {version}");
        return ReadEntities([id]);
    }

    /// <summary>The entities of the active version of every dataset (or of <paramref name="dataset"/> only).</summary>
    public IReadOnlyList<WatchlistEntity> ActiveEntities(string? dataset = null) => ReadActive(dataset).Entities;

    private List<WatchlistEntity> ReadEntities(IReadOnlyList<long> versionIds, SqliteTransaction? tx = null)
    {
        // Rows are read on this thread while earlier chunks are turned into entities on others.
        const int ChunkSize = 2048;
        var chunks = new List<Task<WatchlistEntity[]>>();
        var chunk = new List<byte[]>(ChunkSize);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT j.json FROM version_entities v JOIN entity_json j ON j.id = v.json_id WHERE v.version_id = $id ORDER BY v.ordinal";
            var p = cmd.Parameters.Add("$id", SqliteType.Integer);
            foreach (var id in versionIds)
            {
                p.Value = id;
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    chunk.Add(r.GetFieldValue<byte[]>(0));
                    if (chunk.Count == ChunkSize)
                    {
                        chunks.Add(Deserialize(chunk));
                        chunk = new List<byte[]>(ChunkSize);
                    }
                }
            }
        }
        if (chunk.Count > 0) chunks.Add(Deserialize(chunk));
        var entities = new List<WatchlistEntity>(chunks.Count * ChunkSize);
        foreach (var task in chunks) entities.AddRange(task.GetAwaiter().GetResult());
        return entities;
    }

    private static Task<WatchlistEntity[]> Deserialize(List<byte[]> blobs) =>
        Task.Run(() => blobs.Select(b => EntityJson.Deserialize(b)).ToArray());

    private long? VersionRowId(string dataset, int version, SqliteTransaction? tx = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id FROM dataset_versions WHERE dataset = $d AND version = $v";
        cmd.Parameters.AddWithValue("$d", dataset);
        cmd.Parameters.AddWithValue("$v", version);
        return cmd.ExecuteScalar() as long?;
    }

    // ---- writing ----

    /// <summary>
    /// Writes <paramref name="snapshot"/> as the next version of its dataset and makes it active, all in one
    /// transaction together with its audit row. <paramref name="guard"/> is asked inside the transaction,
    /// with the version that is active at that moment, and returns a reason to refuse or null; a refusal
    /// throws <see cref="ImportRefusedException"/> and writes nothing, as does a file whose format is not of
    /// the dataset's family. A non-null title becomes the dataset's title.
    /// </summary>
    public DatasetVersion AddVersion(ListSnapshot snapshot, string source, string sha256, Func<DatasetVersion?, string?>? guard = null, string? title = null)
    {
        var prepared = PreparedEntity.All(snapshot.Entities);
        var content = ContentFingerprint(prepared);
        var counts = snapshot.CountsBySchema();
        var importedAt = DateTimeOffset.UtcNow;

        using var tx = _connection.BeginTransaction();
        var active = ActiveVersion(snapshot.Dataset, tx);
        if (guard?.Invoke(active) is { } reason)
            throw new ImportRefusedException(source, reason);
        RegisterDataset(snapshot, source, title, tx);

        int number;
        using (var max = _connection.CreateCommand())
        {
            max.Transaction = tx;
            max.CommandText = "SELECT coalesce(max(version), 0) + 1 FROM dataset_versions WHERE dataset = $d";
            max.Parameters.AddWithValue("$d", snapshot.Dataset);
            number = Convert.ToInt32(max.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        long rowId;
        using (var ins = _connection.CreateCommand())
        {
            ins.Transaction = tx;
            ins.CommandText = $"""
                INSERT INTO dataset_versions ({VersionColumns})
                VALUES ($dataset, $version, $format, $source, $published, $imported, $sha, $content, $count, $counts, $warnings, $status)
                RETURNING id
                """;
            ins.Parameters.AddWithValue("$dataset", snapshot.Dataset);
            ins.Parameters.AddWithValue("$version", number);
            ins.Parameters.AddWithValue("$format", snapshot.Format);
            ins.Parameters.AddWithValue("$source", source);
            ins.Parameters.AddWithValue("$published", snapshot.Published is { } p ? p.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
            ins.Parameters.AddWithValue("$imported", importedAt.ToString("O", CultureInfo.InvariantCulture));
            ins.Parameters.AddWithValue("$sha", sha256);
            ins.Parameters.AddWithValue("$content", content);
            ins.Parameters.AddWithValue("$count", prepared.Count);
            ins.Parameters.AddWithValue("$counts", JsonSerializer.Serialize(counts));
            ins.Parameters.AddWithValue("$warnings", snapshot.Warnings.Count);
            ins.Parameters.AddWithValue("$status", DatasetVersion.Good);
            rowId = (long)ins.ExecuteScalar()!;
        }

        using (var find = _connection.CreateCommand())
        using (var json = _connection.CreateCommand())
        using (var row = _connection.CreateCommand())
        {
            find.Transaction = tx;
            find.CommandText = "SELECT id FROM entity_json WHERE hash = $h";
            var fh = find.Parameters.Add("$h", SqliteType.Blob);
            json.Transaction = tx;
            json.CommandText = "INSERT INTO entity_json (hash, json) VALUES ($h, $j) RETURNING id";
            var jh = json.Parameters.Add("$h", SqliteType.Blob);
            var jj = json.Parameters.Add("$j", SqliteType.Blob);
            row.Transaction = tx;
            row.CommandText = "INSERT INTO version_entities (version_id, ordinal, entity_id, schema, caption, json_id) VALUES ($v, $o, $id, $s, $c, $h)";
            row.Parameters.AddWithValue("$v", rowId);
            var ro = row.Parameters.Add("$o", SqliteType.Integer);
            var rid = row.Parameters.Add("$id", SqliteType.Text);
            var rs = row.Parameters.Add("$s", SqliteType.Text);
            var rc = row.Parameters.Add("$c", SqliteType.Text);
            var rh = row.Parameters.Add("$h", SqliteType.Integer);
            for (var i = 0; i < prepared.Count; i++)
            {
                var e = prepared[i];
                fh.Value = e.Hash;
                if (find.ExecuteScalar() is not long jsonId)
                {
                    jh.Value = e.Hash;
                    jj.Value = e.Json;
                    jsonId = (long)json.ExecuteScalar()!;
                }
                ro.Value = i;
                rid.Value = e.Entity.Id;
                rs.Value = e.Entity.Schema.FtmName();
                rc.Value = e.Entity.Caption;
                rh.Value = jsonId;
                row.ExecuteNonQuery();
                OnEntityWritten?.Invoke(i);
            }
        }

        var result = new DatasetVersion(snapshot.Dataset, number, snapshot.Format, source, snapshot.Published, importedAt,
            sha256, content, prepared.Count, counts, snapshot.Warnings.Count, DatasetVersion.Good);
        Audit.Append(tx, "import", snapshot.Dataset,
            $"version {number} from {source} (sha256 {sha256}): {prepared.Count} entities" +
            (active is null ? "" : $", replacing version {active.Version} ({active.EntityCount} entities)"));
        tx.Commit();
        return result;
    }

    /// <summary>The content fingerprint a snapshot would get, to compare with a stored version without writing.</summary>
    public static string ContentFingerprint(IEnumerable<WatchlistEntity> entities) =>
        ContentFingerprint(PreparedEntity.All(entities.ToList()));

    private static string ContentFingerprint(IReadOnlyList<PreparedEntity> prepared)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in prepared) sha.AppendData(e.Hash);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    // ---- changes ----

    /// <summary>
    /// Which entities of <paramref name="dataset"/> were added, modified or removed from version
    /// <paramref name="fromVersion"/> to <paramref name="toVersion"/> (ids are stable across versions).
    /// </summary>
    public SnapshotChanges Changes(string dataset, int fromVersion, int toVersion)
    {
        var from = VersionRowId(dataset, fromVersion) ?? throw new ArgumentException($"{dataset} has no version {fromVersion}");
        var to = VersionRowId(dataset, toVersion) ?? throw new ArgumentException($"{dataset} has no version {toVersion}");
        var before = Hashes(from);
        var after = Hashes(to);
        var added = new List<WatchlistEntity>();
        var modified = new List<ModifiedEntity>();
        var removed = new List<WatchlistEntity>();
        using var fetch = _connection.CreateCommand();
        fetch.CommandText = "SELECT json FROM entity_json WHERE id = $h";
        var ph = fetch.Parameters.Add("$h", SqliteType.Integer);
        WatchlistEntity Load(long jsonId)
        {
            ph.Value = jsonId;
            return EntityJson.Deserialize((byte[])fetch.ExecuteScalar()!);
        }
        // Equal content is stored once, so equal json ids mean equal entities.
        foreach (var (id, hash) in after.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!before.TryGetValue(id, out var old)) added.Add(Load(hash));
            else if (old != hash) modified.Add(new ModifiedEntity(Load(old), Load(hash)));
        }
        foreach (var (id, hash) in before.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!after.ContainsKey(id)) removed.Add(Load(hash));
        return new SnapshotChanges(dataset, fromVersion, toVersion, added, modified, removed);
    }

    private Dictionary<string, long> Hashes(long versionRowId)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT entity_id, json_id FROM version_entities WHERE version_id = $v";
        cmd.Parameters.AddWithValue("$v", versionRowId);
        using var r = cmd.ExecuteReader();
        while (r.Read()) map[r.GetString(0)] = r.GetInt64(1);
        return map;
    }

    /// <summary>An entity serialised once, with the hash of its JSON.</summary>
    private sealed record PreparedEntity(WatchlistEntity Entity, byte[] Json, byte[] Hash)
    {
        public static IReadOnlyList<PreparedEntity> All(IReadOnlyList<WatchlistEntity> entities)
        {
            var result = new PreparedEntity[entities.Count];
            Parallel.For(0, entities.Count, i =>
            {
                var json = EntityJson.Serialize(entities[i]);
                result[i] = new PreparedEntity(entities[i], json, SHA256.HashData(json));
            });
            return result;
        }
    }
}

/// <summary>The active versions and their entities, as of one moment of the store.</summary>
public sealed record ActiveSnapshot(IReadOnlyList<DatasetVersion> Versions, IReadOnlyList<WatchlistEntity> Entities);

/// <summary>An import that the store's checks refused; nothing was written.</summary>
public sealed class ImportRefusedException(string source, string reason) : Exception($"{source}: {reason}")
{
    public string Source_ { get; } = source;
    public string Reason { get; } = reason;
}
