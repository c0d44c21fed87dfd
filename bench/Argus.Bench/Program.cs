// Entry point of the benchmarks and evaluations: `dotnet run -c Release --project bench/Argus.Bench -- <task>`.
using Argus.Bench;
using Argus.Bench.Batch;
using Argus.Bench.Lists;

if (args.Length > 0 && BatchTasks.Names.Contains(args[0])) return BatchTasks.Run(args[0], args[1..]);
if (args.Length > 0 && ListTasks.Names.Contains(args[0])) return ListTasks.Run(args[0], args[1..]);
if (args.Length > 0 && TextTasks.Names.Contains(args[0])) return TextTasks.Run(args[0], args[1..]);
Console.Error.WriteLine("usage: Argus.Bench <task>; tasks: " + string.Join(", ", BatchTasks.Names.Concat(ListTasks.Names).Concat(TextTasks.Names)));
return 2;
