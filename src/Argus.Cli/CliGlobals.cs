using System.CommandLine;
using Argus.Sources;
using Argus.Storage;

namespace Argus.Cli;

/// <summary>Options shared by every command, and the one way commands report failure.</summary>
public static class CliGlobals
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data directory (database, snapshots). Default: $ARGUS_DATA, else ~/.local/share/argus.",
        Recursive = true,
    };

    /// <summary>The data directory: --data, else $ARGUS_DATA, else the default (see <see cref="Location"/>).</summary>
    public static string DataDirectory(ParseResult parse) => Location(parse).Path;

    /// <summary>
    /// Where the data directory is and whether it was chosen: --data, else $ARGUS_DATA, else
    /// $XDG_DATA_HOME/argus or ~/.local/share/argus (the default, where the bundled samples may stand in).
    /// Nothing is created here; commands that write create the directory.
    /// </summary>
    public static DataLocation Location(ParseResult parse)
    {
        var dir = parse.GetValue(DataOption);
        if (string.IsNullOrWhiteSpace(dir)) dir = Environment.GetEnvironmentVariable("ARGUS_DATA");
        if (!string.IsNullOrWhiteSpace(dir)) return new DataLocation(Path.GetFullPath(dir), Chosen: true);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        dir = Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg, "argus");
        return new DataLocation(Path.GetFullPath(dir), Chosen: false);
    }

    /// <summary>The option a query field is given with on the command line, as the start of a message ("--dob: ").</summary>
    private static string OptionOf(string field) => field switch
    {
        "birthDate" => "--dob: ",
        "country" or "schema" or "gender" or "threshold" or "limit" => $"--{field}: ",
        _ => "",
    };

    /// <summary>
    /// Runs a command body; any failure becomes a one-line reason on standard error and exit status 1
    /// (2 for bad usage), so that scripts can rely on standard output holding only results.
    /// </summary>
    public static int Guard(ParseResult parse, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("argus: " + ConsoleText.Line(e.Message));
            return 2;
        }
        catch (Argus.Screening.InvalidQueryException e)
        {
            Console.Error.WriteLine("argus: " + OptionOf(e.Field) + e.Message);
            return 2;
        }
        catch (Argus.Model.UnknownDatasetException e)
        {
            Console.Error.WriteLine("argus: " + e.Message);
            return 2;
        }
        catch (ListFormatException e)
        {
            Console.Error.WriteLine("argus: " + ConsoleText.Line(e.Message));
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("argus: cancelled");
            return 130;
        }
        catch (Exception e) when (StoreLock.IsLocked(e))
        {
            Console.Error.WriteLine("argus: " + ConsoleText.Line(StoreLock.Message(SnapshotStore.PathIn(DataDirectory(parse)))));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or ArgumentException
                                      or System.Data.Common.DbException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine("argus: " + ConsoleText.Line(e.Message));
            return 1;
        }
    }
}

/// <summary>A command used wrongly: the message tells the user what to type instead.</summary>
public sealed class UsageException(string message) : Exception(message);
