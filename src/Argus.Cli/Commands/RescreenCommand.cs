using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus rescreen` (not yet implemented).</summary>
public static class RescreenCommand
{
    public static Command Create()
    {
        var command = new Command("rescreen", "Not yet implemented.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'rescreen' is not implemented yet")));
        return command;
    }
}
