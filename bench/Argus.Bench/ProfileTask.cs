using System.Diagnostics;
using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Bench;

/// <summary>Where index building spends its time, by script of the names.</summary>
public static class ProfileTask
{
    public static int Run(string[] args)
    {
        var entities = SharedLists.Load(quiet: true);
        var sw = Stopwatch.StartNew();
        _ = KoreanReadings.SyllablesSpelled("kim");
        Console.WriteLine($"korean readings: {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        _ = NameParser.Parse("Владимир Путин");
        Console.WriteLine($"icu init: {sw.ElapsedMilliseconds} ms");
        var byScript = new Dictionary<string, (int N, double Ms)>();
        foreach (var e in entities)
            foreach (var n in e.Names)
            {
                var t = Stopwatch.GetTimestamp();
                NameParser.Parse(n.Full, ScreeningIndex.ReadingFor(e.Schema));
                var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                var script = n.Full.Any(c => c > 0x24F) ? "nonlatin" : n.Full.Any(c => c > 0x7F) ? "latin-diacritics" : "ascii";
                var cur = byScript.GetValueOrDefault(script);
                byScript[script] = (cur.N + 1, cur.Ms + ms);
            }
        foreach (var (k, v) in byScript) Console.WriteLine($"{k}: {v.N} names, {v.Ms:N0} ms, {v.Ms * 1000 / v.N:N1} µs/name");
        sw.Restart();
        var index = ScreeningIndex.Build(entities);
        Console.WriteLine($"build: {sw.ElapsedMilliseconds} ms ({index.BuildTime.TotalMilliseconds:N0})");
        sw.Restart();
        index = ScreeningIndex.Build(entities);
        Console.WriteLine($"build again: {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        var count = 0;
        foreach (var e in entities) foreach (var n in e.Names) { NameParser.Parse(n.Full, ScreeningIndex.ReadingFor(e.Schema)); count++; }
        Console.WriteLine($"parse all again (1 thread): {sw.ElapsedMilliseconds} ms for {count}");
        sw.Restart();
        foreach (var e in entities) foreach (var n in e.Names) { SoundKeys.Key(n.Full.ToLowerInvariant()); }
        Console.WriteLine($"sound keys of whole names: {sw.ElapsedMilliseconds} ms");
        return 0;
    }
}
