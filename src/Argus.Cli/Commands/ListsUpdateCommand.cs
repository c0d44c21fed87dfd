using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus lists update`: downloads the official files and imports them.</summary>
public static class ListsUpdateCommand
{
    public static Command Create()
    {
        var command = new Command("update", "Download the official list files, check them and activate them.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'lists update' is not available yet")));
        return command;
    }
}
