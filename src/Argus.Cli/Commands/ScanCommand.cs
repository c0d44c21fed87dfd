using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus scan` (not yet implemented).</summary>
public static class ScanCommand
{
    public static Command Create()
    {
        var command = new Command("scan", "Not yet implemented.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'scan' is not implemented yet")));
        return command;
    }
}
