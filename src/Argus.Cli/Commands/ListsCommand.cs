using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus lists` (not yet implemented).</summary>
public static class ListsCommand
{
    public static Command Create()
    {
        var command = new Command("lists", "Not yet implemented.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'lists' is not implemented yet")));
        return command;
    }
}
