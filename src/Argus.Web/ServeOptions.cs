namespace Argus.Web;

/// <summary>How `argus serve` runs: where it listens, its data, and its limits.</summary>
public sealed record ServeOptions
{
    /// <summary>Addresses to listen on, separated by ';' (Kestrel's --urls).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:8000";
    public required string DataDirectory { get; init; }
    /// <summary>True for a directory the user named (it must hold lists); false for the default one, where the bundled samples may stand in on a first run.</summary>
    public bool DataChosen { get; init; }
    /// <summary>Bundled samples used when nothing was imported (null: beside the program).</summary>
    public string? SamplesDirectory { get; init; }
    /// <summary>Requests without a key get the read role (for local use only).</summary>
    public bool AllowAnonymous { get; init; }
    /// <summary>How often the store's active versions are checked for an import by another process.</summary>
    public TimeSpan ListPollInterval { get; init; } = TimeSpan.FromSeconds(2);
    public RequestLimits Limits { get; init; } = new();
    /// <summary>Screening threads of one batch job (the rest of the cores answer requests).</summary>
    public int BatchThreads { get; init; } = 1;
    /// <summary>The console log: one line of text per event, or one JSON object per line (for log collectors).</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;
}

public enum LogFormat { Text, Json }

/// <summary>What one request may hold and how many a key may send.</summary>
public sealed record RequestLimits
{
    public int MatchBodyBytes { get; init; } = 1 << 20;
    public int ScanBodyBytes { get; init; } = 4 << 20;
    /// <summary>Characters of text one scan screens at most.</summary>
    public int ScanTextChars { get; init; } = 1 << 20;
    public int QueriesPerMatch { get; init; } = 100;
    public int JsonDepth { get; init; } = 32;
    /// <summary>Requests per second per key (or per address for anonymous callers), with a burst of as many.</summary>
    public int RequestsPerSecond { get; init; } = 20_000;
    /// <summary>The largest customer file <c>POST /batches</c> takes.</summary>
    public long BatchUploadBytes { get; init; } = 64L << 20;
    /// <summary>Batch jobs running at once; one more is a 429.</summary>
    public int ConcurrentBatches { get; init; } = 2;
}
