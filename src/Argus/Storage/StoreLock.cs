using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Argus.Storage;

/// <summary>
/// How long a connection to argus.db waits for another writer's lock (<c>ARGUS_LOCK_TIMEOUT</c> seconds,
/// default 60), and the one message given when the wait runs out. SQLite rolls back the statement that
/// could not get the lock, so a timed-out writer leaves nothing half-written.
/// </summary>
public static class StoreLock
{
    public const string Variable = "ARGUS_LOCK_TIMEOUT";
    public const int DefaultSeconds = 60;
    private const int MaxSeconds = 86_400;

    /// <summary>The wait, read from the environment each time (a test sets it for one child process).</summary>
    public static int Seconds
    {
        get
        {
            var text = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(text)) return DefaultSeconds;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= MaxSeconds) return s;
            throw new StoreUnavailableException($"{Variable}: '{Text.DisplayText.Escape(text)}' is not a whole number of seconds from 1 to {MaxSeconds}");
        }
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: another connection held the lock for longer than the wait.</summary>
    public static bool IsLocked(Exception e) => e is SqliteException { SqliteErrorCode: 5 or 6 };

    /// <summary>What the user is told: the file, that nothing of this command's change was written, and what to do.</summary>
    public static string Message(string databasePath) =>
        $"{databasePath}: the database is locked by another writer (another argus importing, updating or running a batch?) " +
        $"and was still locked after {Seconds} s; this change was not written. Run it again when the other has finished " +
        $"({Variable} sets the wait in seconds)";
}
