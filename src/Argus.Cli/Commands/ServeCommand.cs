using System.CommandLine;
using Argus.Web;

namespace Argus.Cli.Commands;

/// <summary>`argus serve [--urls URL] [--allow-anonymous] [--log-format text|json]`: the yente-compatible HTTP API over the data directory.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:8000 (several separated by ';').", DefaultValueFactory = _ => "http://127.0.0.1:8000" };
        var anonymous = new Option<bool>("--allow-anonymous") { Description = "Let requests without a key read (match, search, scan); for local use only." };
        var logFormat = new Option<LogFormat>("--log-format") { Description = "The console log: text (one line per event) or json (one JSON object per line, for log collectors).", DefaultValueFactory = _ => LogFormat.Text };
        var command = new Command("serve", "Serve the HTTP API (yente-compatible /match, /search, /entities, /catalog; /scan).");
        command.Options.Add(urls);
        command.Options.Add(anonymous);
        command.Options.Add(logFormat);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var u = parse.GetValue(urls) ?? "";
            foreach (var url in u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                    throw new UsageException($"--urls '{url}' is not an http:// or https:// address, e.g. http://127.0.0.1:8000");
            return ArgusServer.Run(new ServeOptions
            {
                Urls = u,
                DataDirectory = CliGlobals.Location(parse).Path,
                DataChosen = CliGlobals.Location(parse).Chosen,
                AllowAnonymous = parse.GetValue(anonymous),
                LogFormat = parse.GetValue(logFormat),
            });
        }));
        return command;
    }
}
