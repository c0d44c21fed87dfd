using System.CommandLine;
using Argus.Cli;
using Argus.Cli.Commands;

var root = new RootCommand("Argus: sanctions screening for names, customer files and news text.");
root.Options.Add(CliGlobals.DataOption);
root.Subcommands.Add(ListsCommand.Create());
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(PairsCommand.Create());
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(RescreenCommand.Create());
root.Subcommands.Add(RunsCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
return root.Parse(args).Invoke();
