using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus screen` (not yet implemented).</summary>
public static class ScreenCommand
{
    public static Command Create()
    {
        var command = new Command("screen", "Not yet implemented.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'screen' is not implemented yet")));
        return command;
    }
}
