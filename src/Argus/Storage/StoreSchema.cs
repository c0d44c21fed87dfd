using Microsoft.Data.Sqlite;

namespace Argus.Storage;

/// <summary>
/// The tables of argus.db and the migrations that bring an older file up to date, one step per version.
/// Other parts of Argus keep their own tables in the same file and create them themselves.
/// Entity JSON lives in a rowid table (rows of ~1 KB are slow as WITHOUT ROWID keys' payload) and is
/// shared by every version whose entity has the same content.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Migration i brings the schema from version i to version i + 1.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE dataset_versions (
            id              INTEGER PRIMARY KEY,
            dataset         TEXT    NOT NULL,
            version         INTEGER NOT NULL,
            format          TEXT    NOT NULL,
            source          TEXT    NOT NULL,
            published       TEXT,
            imported_at     TEXT    NOT NULL,
            sha256          TEXT    NOT NULL,
            content_sha256  TEXT    NOT NULL,
            entity_count    INTEGER NOT NULL,
            counts_json     TEXT    NOT NULL,
            warnings        INTEGER NOT NULL DEFAULT 0,
            status          TEXT    NOT NULL,
            UNIQUE (dataset, version)
        );
        CREATE TABLE entity_json (
            id   INTEGER PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            json BLOB NOT NULL
        );
        CREATE TABLE version_entities (
            version_id INTEGER NOT NULL REFERENCES dataset_versions(id),
            ordinal    INTEGER NOT NULL,
            entity_id  TEXT    NOT NULL,
            schema     TEXT    NOT NULL,
            caption    TEXT    NOT NULL,
            json_id    INTEGER NOT NULL REFERENCES entity_json(id),
            PRIMARY KEY (version_id, ordinal),
            UNIQUE (version_id, entity_id)
        ) WITHOUT ROWID;
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            who       TEXT NOT NULL,
            action    TEXT NOT NULL,
            subject   TEXT NOT NULL,
            detail    TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        """,
        // One row per dataset: its title and the format of its first import, which fixes its format.
        """
        CREATE TABLE datasets (
            name    TEXT PRIMARY KEY,
            title   TEXT,
            format  TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO datasets (name, title, format)
            SELECT v.dataset, NULL, v.format FROM dataset_versions v
            WHERE v.version = (SELECT min(version) FROM dataset_versions w WHERE w.dataset = v.dataset);
        """,
    ];

    /// <summary>The schema version this build of Argus writes.</summary>
    public static int Current => Migrations.Length;

    /// <summary>Applies the missing migrations, each in its own transaction.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var found = ReadVersion(connection);
        if (found > Current)
            throw new InvalidOperationException($"{path}: written by a newer Argus (store schema {found}; this one knows up to {Current})");
        for (var v = found; v < Current; v++)
        {
            using var tx = connection.BeginTransaction();
            // Another process may have migrated between our read and our write lock.
            if (ReadVersion(connection, tx) > v) { tx.Rollback(); continue; }
            Execute(connection, Migrations[v], tx);
            Execute(connection, "DELETE FROM schema_version", tx);
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({v + 1})", tx);
            tx.Commit();
        }
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT max(version) FROM schema_version";
        return cmd.ExecuteScalar() is long v ? (int)v : 0;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
