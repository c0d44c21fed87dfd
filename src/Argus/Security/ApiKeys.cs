using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Argus.Storage;
using Microsoft.Data.Sqlite;

namespace Argus.Security;

/// <summary>What a key may do: read (screen, search, scan) or also administer (reload lists).</summary>
public enum ApiRole
{
    Read,
    Admin,
}

/// <summary>A key as listed: never the key itself, only its id, the first characters, its role and dates.</summary>
public sealed record ApiKeyInfo(long Id, string Prefix, ApiRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>
/// The API keys of the server, in the table api_keys of argus.db. A key is 256 random bits, shown once
/// when made; only its SHA-256 is stored (a salt adds nothing to a random key of that size). Every
/// operation opens its own pooled connection, so the store is safe for concurrent requests.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>What every key starts with, so that a leaked one is recognisable.</summary>
    public const string KeyPrefix = "argus_";

    private readonly string connectionString;
    private int created;

    public ApiKeyStore(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        // Keys live in argus.db beside the lists: opening the store first creates its schema, or refuses a foreign file.
        using (SnapshotStore.Open(dataDirectory)) { }
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = SnapshotStore.PathIn(dataDirectory),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = StoreLock.Seconds,
        }.ToString();
    }

    /// <summary>Makes a key for <paramref name="role"/>; returns it (the only time it is seen) and its id.</summary>
    public (string Key, ApiKeyInfo Info) Create(ApiRole role)
    {
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow;
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO api_keys (hash, prefix, role, created_at) VALUES ($h, $p, $r, $t) RETURNING id";
        cmd.Parameters.AddWithValue("$h", Hash(key));
        cmd.Parameters.AddWithValue("$p", key[..(KeyPrefix.Length + 6)]);
        cmd.Parameters.AddWithValue("$r", RoleName(role));
        cmd.Parameters.AddWithValue("$t", now.ToString("O", CultureInfo.InvariantCulture));
        var id = (long)cmd.ExecuteScalar()!;
        return (key, new ApiKeyInfo(id, key[..(KeyPrefix.Length + 6)], role, now, null));
    }

    public IReadOnlyList<ApiKeyInfo> List()
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, prefix, role, created_at, revoked_at FROM api_keys ORDER BY id";
        using var r = cmd.ExecuteReader();
        var list = new List<ApiKeyInfo>();
        while (r.Read())
            list.Add(new ApiKeyInfo(r.GetInt64(0), r.GetString(1), ParseRole(r.GetString(2)),
                DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                r.IsDBNull(4) ? null : DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture)));
        return list;
    }

    /// <summary>Revokes key <paramref name="id"/>; false when there is no such key or it was revoked already.</summary>
    public bool Revoke(long id)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE api_keys SET revoked_at = $t WHERE id = $id AND revoked_at IS NULL";
        cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>The key's id and role when it is a valid, unrevoked key; null otherwise.</summary>
    public (long Id, ApiRole Role)? Verify(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200) return null;
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, role FROM api_keys WHERE hash = $h AND revoked_at IS NULL";
        cmd.Parameters.AddWithValue("$h", Hash(key));
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetInt64(0), ParseRole(r.GetString(1))) : null;
    }

    public static string RoleName(ApiRole role) => role == ApiRole.Admin ? "admin" : "read";

    public static bool TryParseRole(string? text, out ApiRole role)
    {
        role = ApiRole.Read;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "read": return true;
            case "admin": role = ApiRole.Admin; return true;
            default: return false;
        }
    }

    private static ApiRole ParseRole(string text) => TryParseRole(text, out var r) ? r : ApiRole.Read;

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(connectionString);
        c.Open();
        if (Interlocked.Exchange(ref created, 1) == 0)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS api_keys (
                    id         INTEGER PRIMARY KEY,
                    hash       BLOB NOT NULL UNIQUE,
                    prefix     TEXT NOT NULL,
                    role       TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT
                );
                """;
            cmd.ExecuteNonQuery();
        }
        return c;
    }
}
