using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Argus.Batch;
using Argus.Linking;
using Argus.Storage;
using Microsoft.Data.Sqlite;

namespace Argus.Cases;

/// <summary>
/// Batch runs in argus.db (the store's file; these tables are this class's own and are created if
/// missing): each run with its input hash, list versions, threshold and counts; every subject screened
/// (so that a rescreen does not need the file again); every hit with the run version that opened it
/// and the one that closed it.
/// </summary>
public sealed class RunStore : IDisposable
{
    public const string FileName = "argus.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS batch_runs (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            started        TEXT    NOT NULL,
            updated        TEXT    NOT NULL,
            input_path     TEXT    NOT NULL,
            input_sha256   TEXT    NOT NULL,
            output_path    TEXT    NOT NULL,
            output_format  TEXT    NOT NULL,
            errors_path    TEXT    NOT NULL,
            threshold      REAL    NOT NULL,
            mapping        TEXT    NOT NULL,
            status         TEXT    NOT NULL,
            last_row       INTEGER NOT NULL DEFAULT 0,
            output_bytes   INTEGER NOT NULL DEFAULT 0,
            errors_bytes   INTEGER NOT NULL DEFAULT 0,
            rows_read      INTEGER NOT NULL DEFAULT 0,
            rows_screened  INTEGER NOT NULL DEFAULT 0,
            rows_matched   INTEGER NOT NULL DEFAULT 0,
            rows_rejected  INTEGER NOT NULL DEFAULT 0,
            elapsed_ms     INTEGER NOT NULL DEFAULT 0,
            version        INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE IF NOT EXISTS batch_run_versions (
            run_id         INTEGER NOT NULL REFERENCES batch_runs(id),
            version        INTEGER NOT NULL,
            kind           TEXT    NOT NULL,
            created        TEXT    NOT NULL,
            list_versions  TEXT    NOT NULL,
            new_hits       INTEGER NOT NULL DEFAULT 0,
            changed_hits   INTEGER NOT NULL DEFAULT 0,
            closed_hits    INTEGER NOT NULL DEFAULT 0,
            elapsed_ms     INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, version)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS batch_subjects (
            run_id  INTEGER NOT NULL,
            row     INTEGER NOT NULL,
            query   TEXT    NOT NULL,
            PRIMARY KEY (run_id, row)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS batch_subject_chunks (
            run_id    INTEGER NOT NULL,
            first_row INTEGER NOT NULL,
            last_row  INTEGER NOT NULL,
            subjects  BLOB    NOT NULL,
            PRIMARY KEY (run_id, first_row)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS batch_hits (
            run_id    INTEGER NOT NULL,
            row       INTEGER NOT NULL,
            entity_id TEXT    NOT NULL,
            dataset   TEXT    NOT NULL,
            score     REAL    NOT NULL,
            opened    INTEGER NOT NULL,
            closed    INTEGER,
            PRIMARY KEY (run_id, row, entity_id, opened)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS batch_hits_by_entity ON batch_hits (run_id, entity_id);
        """;

    private readonly SqliteConnection _connection;

    private RunStore(SqliteConnection connection, string dataDirectory)
    {
        _connection = connection;
        DataDirectory = dataDirectory;
    }

    /// <summary>The data directory whose <c>argus.db</c> holds the runs (and the lists).</summary>
    public string DataDirectory { get; }

    /// <summary>Opens (creating if needed) the run tables in <c>argus.db</c> of <paramref name="dataDirectory"/>.</summary>
    public static RunStore Open(string dataDirectory)
    {
        // The list store checks that argus.db is Argus's (not empty, not another program's) and creates its schema.
        SnapshotStore.Open(dataDirectory).Dispose();
        var c = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = StoreLock.Seconds,
        }.ToString());
        c.Open();
        Execute(c, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(c, Schema);
        AddColumnIfMissing(c, "pid", "INTEGER");
        AddColumnIfMissing(c, "reason", "TEXT");
        AddColumnIfMissing(c, "grouping", "TEXT");
        return new RunStore(c, dataDirectory);
    }

    // Stores written before the process number, the reason and the grouping were kept get the columns, empty
    // (a run without a grouping was keyed by target, as every run since results were grouped).
    private static void AddColumnIfMissing(SqliteConnection c, string column, string type)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM pragma_table_info('batch_runs') WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", column);
        if ((long)cmd.ExecuteScalar()! == 0) Execute(c, $"ALTER TABLE batch_runs ADD COLUMN {column} {type}");
    }

    /// <summary>Records a new run at version 1, status running, and returns it.</summary>
    public BatchRun Begin(string inputPath, string inputSha256, string outputPath, string outputFormat, string errorsPath,
        double threshold, IReadOnlyList<string> mapping, IReadOnlyDictionary<string, int> listVersions, ResultGrouping grouping = ResultGrouping.Target)
    {
        var now = Now();
        using var tx = _connection.BeginTransaction();
        var id = Scalar<long>(tx, """
            INSERT INTO batch_runs (started, updated, input_path, input_sha256, output_path, output_format, errors_path, threshold, mapping, status, pid, grouping)
            VALUES ($now, $now, $in, $sha, $out, $fmt, $err, $t, $map, $status, $pid, $grouping) RETURNING id
            """, ("$pid", Environment.ProcessId), ("$grouping", grouping.Name()), ("$now", now), ("$in", inputPath), ("$sha", inputSha256), ("$out", outputPath), ("$fmt", outputFormat),
            ("$err", errorsPath), ("$t", threshold), ("$map", JsonSerializer.Serialize(mapping)), ("$status", RunStatus.Running));
        Exec(tx, "INSERT INTO batch_run_versions (run_id, version, kind, created, list_versions) VALUES ($id, 1, 'batch', $now, $lv)",
            ("$id", id), ("$now", now), ("$lv", JsonSerializer.Serialize(listVersions)));
        tx.Commit();
        return Get(id)!;
    }

    /// <summary>
    /// Records a chunk written to the output: its subjects and hits, and the new checkpoint
    /// (last row, file lengths, counts), in one transaction.
    /// </summary>
    public void Checkpoint(long runId, BatchChunk chunk, long outputBytes, long errorsBytes, RunCounts counts)
    {
        using var tx = _connection.BeginTransaction();
        InsertSubjects(tx, runId, chunk.Screened);
        using (var hit = Command(tx, "INSERT OR REPLACE INTO batch_hits (run_id, row, entity_id, dataset, score, opened) VALUES ($id, $row, $e, $d, $s, 1)"))
        {
            hit.Parameters.AddWithValue("$id", runId);
            var hRow = hit.Parameters.Add("$row", SqliteType.Integer);
            var hEntity = hit.Parameters.Add("$e", SqliteType.Text);
            var hDataset = hit.Parameters.Add("$d", SqliteType.Text);
            var hScore = hit.Parameters.Add("$s", SqliteType.Real);
            foreach (var s in chunk.Screened)
            {
                foreach (var m in s.Matches)
                {
                    hRow.Value = s.Subject.Row;
                    hEntity.Value = m.Key;
                    hDataset.Value = m.Entity.Dataset;
                    hScore.Value = m.Score;
                    hit.ExecuteNonQuery();
                }
            }
        }
        Exec(tx, """
            UPDATE batch_runs SET last_row = $last, output_bytes = $ob, errors_bytes = $eb, rows_read = $r, rows_screened = $s,
                rows_matched = $m, rows_rejected = $x, elapsed_ms = $ms, updated = $now WHERE id = $id
            """, ("$last", chunk.LastRow), ("$ob", outputBytes), ("$eb", errorsBytes), ("$r", counts.RowsRead), ("$s", counts.RowsScreened),
            ("$m", counts.RowsWithMatches), ("$x", counts.RowsRejected), ("$ms", (long)counts.Elapsed.TotalMilliseconds), ("$now", Now()), ("$id", runId));
        tx.Commit();
    }

    /// <summary>
    /// The subjects of a chunk as one record: a line <c>ROW TAB JSON</c> per subject, in UTF-8. One
    /// SQLite row per subject cost about as much as the rest of the pipeline around the engine; a
    /// rescreen reads every subject anyway, and finds one row through its chunk's row range.
    /// </summary>
    private void InsertSubjects(SqliteTransaction tx, long runId, IReadOnlyList<ScreenedRow> screened)
    {
        if (screened.Count == 0) return;
        var record = new ArrayBufferWriter<byte>(screened.Count * 256);
        Span<byte> digits = stackalloc byte[20];
        foreach (var s in screened)
        {
            s.Subject.Row.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            record.Write(digits[..n]);
            record.Write("\t"u8);
            record.Write(s.SubjectJsonUtf8.IsEmpty ? SubjectJson.ToUtf8(s.Subject) : s.SubjectJsonUtf8.Span);
            record.Write("\n"u8);
        }
        Exec(tx, "INSERT OR REPLACE INTO batch_subject_chunks (run_id, first_row, last_row, subjects) VALUES ($id, $first, $last, $s)",
            ("$id", runId), ("$first", screened[0].Subject.Row), ("$last", screened[^1].Subject.Row), ("$s", record.WrittenSpan.ToArray()));
    }

    /// <summary>Sets the status (and final counts) of a run at its end or stop.</summary>
    public void Finish(long runId, string status, RunCounts counts)
    {
        Exec(null, """
            UPDATE batch_runs SET status = $st, rows_read = $r, rows_screened = $s, rows_matched = $m, rows_rejected = $x,
                elapsed_ms = $ms, updated = $now WHERE id = $id
            """, ("$st", status), ("$r", counts.RowsRead), ("$s", counts.RowsScreened), ("$m", counts.RowsWithMatches),
            ("$x", counts.RowsRejected), ("$ms", (long)counts.Elapsed.TotalMilliseconds), ("$now", Now()), ("$id", runId));
        Exec(null, "UPDATE batch_run_versions SET elapsed_ms = $ms WHERE run_id = $id AND version = 1",
            ("$ms", (long)counts.Elapsed.TotalMilliseconds), ("$id", runId));
    }

    /// <summary>Marks a stopped run as running again (resume), in this process.</summary>
    public void Reopen(long runId) => MarkRunningAs(runId, Environment.ProcessId);

    /// <summary>Marks a run as running in the process numbered <paramref name="processId"/>.</summary>
    public void MarkRunningAs(long runId, int processId) =>
        Exec(null, "UPDATE batch_runs SET status = $st, pid = $pid, updated = $now WHERE id = $id",
            ("$st", RunStatus.Running), ("$pid", processId), ("$now", Now()), ("$id", runId));

    /// <summary>Closes a run that cannot be finished, with the reason.</summary>
    public void Abandon(long runId, string reason) =>
        Exec(null, "UPDATE batch_runs SET status = $st, reason = $why, updated = $now WHERE id = $id",
            ("$st", RunStatus.Abandoned), ("$why", reason), ("$now", Now()), ("$id", runId));

    public BatchRun? Get(long runId)
    {
        using var cmd = Command(null, "SELECT * FROM batch_runs WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", runId);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadRun(r) : null;
    }

    public IReadOnlyList<BatchRun> All()
    {
        using var cmd = Command(null, "SELECT * FROM batch_runs ORDER BY id");
        using var r = cmd.ExecuteReader();
        var runs = new List<BatchRun>();
        while (r.Read()) runs.Add(ReadRun(r));
        return runs;
    }

    /// <summary>The newest unfinished run that wrote <paramref name="outputPath"/> from the same input bytes, or null.</summary>
    public BatchRun? FindResumable(string inputSha256, string outputPath)
    {
        using var cmd = Command(null, "SELECT * FROM batch_runs WHERE input_sha256 = $sha AND output_path = $out AND status NOT IN ($done, $gone) ORDER BY id DESC LIMIT 1");
        cmd.Parameters.AddWithValue("$gone", RunStatus.Abandoned);
        cmd.Parameters.AddWithValue("$sha", inputSha256);
        cmd.Parameters.AddWithValue("$out", outputPath);
        cmd.Parameters.AddWithValue("$done", RunStatus.Complete);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadRun(r) : null;
    }

    /// <summary>Subjects of a run in row order, read lazily.</summary>
    public IEnumerable<BatchSubject> Subjects(long runId)
    {
        // Stores written before subjects were kept per chunk hold them one per row.
        using (var cmd = Command(null, "SELECT row, query FROM batch_subjects WHERE run_id = $id ORDER BY row"))
        {
            cmd.Parameters.AddWithValue("$id", runId);
            using var r = cmd.ExecuteReader();
            while (r.Read()) yield return SubjectJson.Read(r.GetInt64(0), r.GetString(1));
        }
        using (var cmd = Command(null, "SELECT subjects FROM batch_subject_chunks WHERE run_id = $id ORDER BY first_row"))
        {
            cmd.Parameters.AddWithValue("$id", runId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                foreach (var subject in ChunkSubjects(r.GetFieldValue<byte[]>(0)))
                    yield return subject;
        }
    }

    /// <summary>The subjects of the given rows of a run.</summary>
    public IReadOnlyDictionary<long, BatchSubject> SubjectsAt(long runId, IEnumerable<long> rows)
    {
        using var single = Command(null, "SELECT query FROM batch_subjects WHERE run_id = $id AND row = $row");
        single.Parameters.AddWithValue("$id", runId);
        var row = single.Parameters.Add("$row", SqliteType.Integer);
        using var chunk = Command(null, "SELECT first_row, subjects FROM batch_subject_chunks WHERE run_id = $id AND first_row <= $row AND last_row >= $row");
        chunk.Parameters.AddWithValue("$id", runId);
        var chunkRow = chunk.Parameters.Add("$row", SqliteType.Integer);
        var found = new Dictionary<long, BatchSubject>();
        var chunksRead = new HashSet<long>();
        foreach (var r in rows.Distinct().Order())
        {
            if (found.ContainsKey(r)) continue;
            row.Value = r;
            if (single.ExecuteScalar() is string json)
            {
                found[r] = SubjectJson.Read(r, json);
                continue;
            }
            chunkRow.Value = r;
            using var reader = chunk.ExecuteReader();
            if (!reader.Read() || !chunksRead.Add(reader.GetInt64(0))) continue;
            foreach (var s in ChunkSubjects(reader.GetFieldValue<byte[]>(1))) found.TryAdd(s.Row, s);
        }
        return rows.Distinct().Where(found.ContainsKey).ToDictionary(r => r, r => found[r]);
    }

    private static IEnumerable<BatchSubject> ChunkSubjects(byte[] record)
    {
        var start = 0;
        while (start < record.Length)
        {
            var end = Array.IndexOf(record, (byte)'\n', start);
            if (end < 0) end = record.Length;
            var line = new ReadOnlyMemory<byte>(record, start, end - start);
            var tab = line.Span.IndexOf((byte)'\t');
            if (tab <= 0 || !long.TryParse(line.Span[..tab], NumberStyles.None, CultureInfo.InvariantCulture, out var row))
                throw new InvalidDataException($"{FileName}: batch_subject_chunks: a subject line without its row number");
            yield return SubjectJson.Read(row, line[(tab + 1)..]);
            start = end + 1;
        }
    }

    /// <summary>Hits of a run that are open (not closed by a later version).</summary>
    public IReadOnlyList<RunHit> OpenHits(long runId)
    {
        using var cmd = Command(null, "SELECT row, entity_id, dataset, score FROM batch_hits WHERE run_id = $id AND closed IS NULL ORDER BY row, entity_id");
        cmd.Parameters.AddWithValue("$id", runId);
        using var r = cmd.ExecuteReader();
        var hits = new List<RunHit>();
        while (r.Read()) hits.Add(new RunHit(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDouble(3)));
        return hits;
    }

    public IReadOnlyList<RunVersion> Versions(long runId)
    {
        using var cmd = Command(null, "SELECT run_id, version, kind, created, list_versions, new_hits, changed_hits, closed_hits, elapsed_ms FROM batch_run_versions WHERE run_id = $id ORDER BY version");
        cmd.Parameters.AddWithValue("$id", runId);
        using var r = cmd.ExecuteReader();
        var list = new List<RunVersion>();
        while (r.Read())
            list.Add(new RunVersion(r.GetInt64(0), r.GetInt32(1), r.GetString(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<Dictionary<string, int>>(r.GetString(4))!, r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), TimeSpan.FromMilliseconds(r.GetInt64(8))));
        return list;
    }

    /// <summary>
    /// Records a rescreen as the next version of the run, in one transaction: hits to close, hits whose
    /// score changed (the old one is closed, the new one opened) and new hits.
    /// </summary>
    public RunVersion AddVersion(long runId, IReadOnlyDictionary<string, int> listVersions, IReadOnlyList<RunHit> opened,
        IReadOnlyList<(RunHit Before, RunHit After)> changed, IReadOnlyList<RunHit> closed, TimeSpan elapsed)
    {
        using var tx = _connection.BeginTransaction();
        var version = Scalar<long>(tx, "SELECT version FROM batch_runs WHERE id = $id", ("$id", runId)) + 1;
        using (var close = Command(tx, "UPDATE batch_hits SET closed = $v WHERE run_id = $id AND row = $row AND entity_id = $e AND closed IS NULL"))
        using (var open = Command(tx, "INSERT INTO batch_hits (run_id, row, entity_id, dataset, score, opened) VALUES ($id, $row, $e, $d, $s, $v)"))
        {
            close.Parameters.AddWithValue("$v", version);
            close.Parameters.AddWithValue("$id", runId);
            var cRow = close.Parameters.Add("$row", SqliteType.Integer);
            var cEntity = close.Parameters.Add("$e", SqliteType.Text);
            open.Parameters.AddWithValue("$v", version);
            open.Parameters.AddWithValue("$id", runId);
            var oRow = open.Parameters.Add("$row", SqliteType.Integer);
            var oEntity = open.Parameters.Add("$e", SqliteType.Text);
            var oDataset = open.Parameters.Add("$d", SqliteType.Text);
            var oScore = open.Parameters.Add("$s", SqliteType.Real);
            foreach (var h in closed.Concat(changed.Select(c => c.Before)))
            {
                cRow.Value = h.Row;
                cEntity.Value = h.EntityId;
                close.ExecuteNonQuery();
            }
            // Two earlier targets that became one are two changed hits with one hit after.
            foreach (var h in opened.Concat(changed.Select(c => c.After)).DistinctBy(h => (h.Row, h.EntityId)))
            {
                oRow.Value = h.Row;
                oEntity.Value = h.EntityId;
                oDataset.Value = h.Dataset;
                oScore.Value = h.Score;
                open.ExecuteNonQuery();
            }
        }
        var now = Now();
        Exec(tx, """
            INSERT INTO batch_run_versions (run_id, version, kind, created, list_versions, new_hits, changed_hits, closed_hits, elapsed_ms)
            VALUES ($id, $v, 'rescreen', $now, $lv, $n, $c, $x, $ms)
            """, ("$id", runId), ("$v", version), ("$now", now), ("$lv", JsonSerializer.Serialize(listVersions)),
            ("$n", opened.Count), ("$c", changed.Count), ("$x", closed.Count), ("$ms", (long)elapsed.TotalMilliseconds));
        Exec(tx, """
            UPDATE batch_runs SET version = $v, updated = $now,
                rows_matched = (SELECT COUNT(DISTINCT row) FROM batch_hits WHERE run_id = $id AND closed IS NULL) WHERE id = $id
            """, ("$v", version), ("$now", now), ("$id", runId));
        tx.Commit();
        return Versions(runId)[^1];
    }

    private BatchRun ReadRun(SqliteDataReader r)
    {
        var id = r.GetInt64(r.GetOrdinal("id"));
        var version = r.GetInt32(r.GetOrdinal("version"));
        var lv = Scalar<string>(null, "SELECT list_versions FROM batch_run_versions WHERE run_id = $id AND version = $v", ("$id", id), ("$v", version));
        return new BatchRun(
            id,
            r.GetString(r.GetOrdinal("input_path")),
            r.GetString(r.GetOrdinal("input_sha256")),
            r.GetString(r.GetOrdinal("output_path")),
            r.GetString(r.GetOrdinal("output_format")),
            r.GetString(r.GetOrdinal("errors_path")),
            r.GetDouble(r.GetOrdinal("threshold")),
            JsonSerializer.Deserialize<string[]>(r.GetString(r.GetOrdinal("mapping")))!,
            JsonSerializer.Deserialize<Dictionary<string, int>>(lv)!,
            StatusOf(r),
            r.GetInt64(r.GetOrdinal("last_row")),
            r.GetInt64(r.GetOrdinal("output_bytes")),
            r.GetInt64(r.GetOrdinal("errors_bytes")),
            new RunCounts(r.GetInt64(r.GetOrdinal("rows_read")), r.GetInt64(r.GetOrdinal("rows_screened")), r.GetInt64(r.GetOrdinal("rows_matched")),
                r.GetInt64(r.GetOrdinal("rows_rejected")), TimeSpan.FromMilliseconds(r.GetInt64(r.GetOrdinal("elapsed_ms")))),
            version,
            DateTimeOffset.Parse(r.GetString(r.GetOrdinal("started")), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(r.GetString(r.GetOrdinal("updated")), CultureInfo.InvariantCulture),
            r.IsDBNull(r.GetOrdinal("reason")) ? null : r.GetString(r.GetOrdinal("reason")),
            r.IsDBNull(r.GetOrdinal("grouping")) ? ResultGrouping.Target : ResultGroupings.Parse(r.GetString(r.GetOrdinal("grouping"))));
    }

    /// <summary>A run recorded as running whose process is gone (killed, crashed) is stopped: it can be resumed.</summary>
    private static string StatusOf(SqliteDataReader r)
    {
        var status = r.GetString(r.GetOrdinal("status"));
        if (status != RunStatus.Running) return status;
        var pid = r.GetOrdinal("pid");
        return r.IsDBNull(pid) || !IsAlive(r.GetInt32(pid)) ? RunStatus.Stopped : status;
    }

    private static bool IsAlive(int processId)
    {
        if (processId == Environment.ProcessId) return true;
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(processId);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private void Exec(SqliteTransaction? tx, string sql, params (string Name, object Value)[] args)
    {
        using var cmd = Command(tx, sql);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(SqliteTransaction? tx, string sql, params (string Name, object Value)[] args)
    {
        using var cmd = Command(tx, sql);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
