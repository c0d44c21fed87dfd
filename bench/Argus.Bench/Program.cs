// Entry point of the benchmarks and evaluations: `dotnet run -c Release --project bench/Argus.Bench -- <task>`.
Console.Error.WriteLine("usage: Argus.Bench <task>; no tasks yet");
return 2;
