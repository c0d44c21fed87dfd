using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Argus.Web.Observability;

/// <summary>The server's console log (ASP.NET Core's console formatters): single-line text, or one JSON object per line.</summary>
public static class ConsoleLog
{
    public static void Configure(ILoggingBuilder logging, LogFormat format)
    {
        logging.ClearProviders();
        if (format == LogFormat.Json)
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        else
            logging.AddSimpleConsole(o => { o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss "; });
        // The framework's own information (a line per request and route) would double the request log.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
