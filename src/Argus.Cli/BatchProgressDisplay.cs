using Argus.Batch;
using Spectre.Console;

namespace Argus.Cli;

/// <summary>
/// Shows a batch's progress on standard error: a live bar with rate and time left at a terminal,
/// a plain line every few seconds when standard error is a file or a pipe.
/// </summary>
public static class BatchProgressDisplay
{
    public static T Run<T>(Func<IProgress<BatchProgress>, T> body)
    {
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("TERM") is null or "dumb")
            return body(new PlainLines());
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("screening", maxValue: 1);
                result = body(new BarProgress(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress p)
        {
            if (p.Total > 0) task.MaxValue = p.Total;
            task.Value = Math.Min(p.Done, task.MaxValue);
            var rate = p.Elapsed.TotalSeconds > 0 ? p.RowsDone / p.Elapsed.TotalSeconds : 0;
            task.Description = $"{p.RowsDone:N0} rows, {p.RowsWithMatches:N0} with matches, {p.RowsRejected:N0} rejected, {rate:N0} rows/s";
        }
    }

    private sealed class PlainLines : IProgress<BatchProgress>
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        private TimeSpan _next = Every;

        public void Report(BatchProgress p)
        {
            if (p.Elapsed < _next) return;
            _next = p.Elapsed + Every;
            var rate = p.Elapsed.TotalSeconds > 0 ? p.RowsDone / p.Elapsed.TotalSeconds : 0;
            var fraction = p.Total > 0 ? (double)p.Done / p.Total : 0;
            var eta = fraction > 0 ? TimeSpan.FromSeconds(p.Elapsed.TotalSeconds * (1 - fraction) / fraction) : TimeSpan.Zero;
            Console.Error.WriteLine($"{p.RowsDone:N0} rows ({fraction:P0}), {p.RowsWithMatches:N0} with matches, {p.RowsRejected:N0} rejected, {rate:N0} rows/s, about {eta:hh\\:mm\\:ss} left");
        }
    }
}
