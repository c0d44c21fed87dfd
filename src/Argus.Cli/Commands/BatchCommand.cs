using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus batch` (not yet implemented).</summary>
public static class BatchCommand
{
    public static Command Create()
    {
        var command = new Command("batch", "Not yet implemented.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'batch' is not implemented yet")));
        return command;
    }
}
