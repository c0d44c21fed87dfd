using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus lists export --format ftm [--dataset D] [--out FILE]`.</summary>
public static class ListsExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Write the active lists as FollowTheMoney JSON lines.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'lists export' is not available yet")));
        return command;
    }
}
