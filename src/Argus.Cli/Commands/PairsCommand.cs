using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary>`argus pairs` (not yet implemented).</summary>
public static class PairsCommand
{
    public static Command Create()
    {
        var command = new Command("pairs", "Not yet implemented.");
        command.SetAction(_ => CliGlobals.Guard(() => throw new UsageException("'pairs' is not implemented yet")));
        return command;
    }
}
