using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Argus.Storage;

/// <summary>One row of the audit trail.</summary>
/// <param name="Seq">Position in the trail, from 1.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Who">The operating-system user.</param>
/// <param name="Action">What happened: "import", "refuse", "unchanged", …</param>
/// <param name="Subject">What it happened to: a dataset, a file.</param>
/// <param name="Detail">One sentence with the figures.</param>
/// <param name="PrevHash">Hash of the row before (zeros for the first row).</param>
/// <param name="Hash">SHA-256 over the previous hash and this row's fields.</param>
public sealed record AuditEntry(long Seq, DateTimeOffset At, string Who, string Action, string Subject, string Detail, string PrevHash, string Hash);

/// <summary>The outcome of checking the audit chain: null <paramref name="BrokenAt"/> when every row is intact.</summary>
public sealed record AuditVerification(int Rows, long? BrokenAt, string? Reason)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// The append-only audit trail of argus.db. Each row carries the hash of the row before it, so that
/// editing or deleting a row breaks the chain from that row on and <see cref="Verify"/> finds it.
/// </summary>
public sealed class AuditLog
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private readonly SqliteConnection _connection;

    internal AuditLog(SqliteConnection connection) => _connection = connection;

    /// <summary>Appends a row inside <paramref name="tx"/> (which must hold the write lock).</summary>
    internal AuditEntry Append(SqliteTransaction tx, string action, string subject, string detail)
    {
        string prev = Genesis;
        long seq = 1;
        using (var last = _connection.CreateCommand())
        {
            last.Transaction = tx;
            last.CommandText = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
            using var r = last.ExecuteReader();
            if (r.Read()) { seq = r.GetInt64(0) + 1; prev = r.GetString(1); }
        }
        var at = DateTimeOffset.UtcNow;
        var who = Who();
        var hash = RowHash(prev, seq, at, who, action, subject, detail);
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO audit_log (seq, at, who, action, subject, detail, prev_hash, hash) VALUES ($seq, $at, $who, $action, $subject, $detail, $prev, $hash)";
        cmd.Parameters.AddWithValue("$seq", seq);
        cmd.Parameters.AddWithValue("$at", Stamp(at));
        cmd.Parameters.AddWithValue("$who", who);
        cmd.Parameters.AddWithValue("$action", action);
        cmd.Parameters.AddWithValue("$subject", subject);
        cmd.Parameters.AddWithValue("$detail", detail);
        cmd.Parameters.AddWithValue("$prev", prev);
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.ExecuteNonQuery();
        return new AuditEntry(seq, at, who, action, subject, detail, prev, hash);
    }

    /// <summary>Appends a row in a transaction of its own.</summary>
    public AuditEntry Append(string action, string subject, string detail)
    {
        using var tx = _connection.BeginTransaction();
        var entry = Append(tx, action, subject, detail);
        tx.Commit();
        return entry;
    }

    /// <summary>All rows, oldest first.</summary>
    public IReadOnlyList<AuditEntry> Entries()
    {
        var list = new List<AuditEntry>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT seq, at, who, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new AuditEntry(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture),
                r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)));
        return list;
    }

    /// <summary>Recomputes the chain and reports the first row whose hash or link does not hold.</summary>
    public AuditVerification Verify()
    {
        var prev = Genesis;
        long expected = 1;
        var rows = 0;
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT seq, at, who, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows++;
            var seq = r.GetInt64(0);
            if (seq != expected) return new AuditVerification(rows, expected, $"row {expected} is missing");
            if (r.GetString(6) != prev) return new AuditVerification(rows, seq, $"row {seq} does not link to row {seq - 1}");
            var at = DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture);
            var hash = RowHash(prev, seq, at, r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5));
            if (hash != r.GetString(7)) return new AuditVerification(rows, seq, $"row {seq} was altered (its hash does not match its content)");
            prev = hash;
            expected++;
        }
        return new AuditVerification(rows, null, null);
    }

    private static string Who()
    {
        var user = Environment.UserName;
        return string.IsNullOrWhiteSpace(user) ? "unknown" : user;
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static string RowHash(string prev, long seq, DateTimeOffset at, string who, string action, string subject, string detail)
    {
        var text = string.Join('\u001f', prev, seq.ToString(CultureInfo.InvariantCulture), Stamp(at), who, action, subject, detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
