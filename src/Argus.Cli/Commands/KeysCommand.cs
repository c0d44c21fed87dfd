using System.CommandLine;
using System.Globalization;
using Argus.Security;

namespace Argus.Cli.Commands;

/// <summary>`argus keys create|list|revoke`: the API keys of `argus serve`, stored hashed in the data directory.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Manage the API keys of argus serve.");
        command.Subcommands.Add(CreateKey());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command CreateKey()
    {
        var role = new Option<string>("--role") { Description = "read (match, search, scan) or admin (also reload lists).", Required = true };
        var command = new Command("create", "Make a key; it is printed once, alone on standard output.");
        command.Options.Add(role);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var text = parse.GetValue(role);
            if (!ApiKeyStore.TryParseRole(text, out var r)) throw new UsageException($"--role '{text}' must be read or admin");
            var (key, info) = new ApiKeyStore(CliGlobals.DataDirectory(parse)).Create(r);
            Console.Error.WriteLine($"argus: key {info.Id} ({ApiKeyStore.RoleName(r)}) made; it is shown only now");
            Console.Out.WriteLine(key);
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "The keys: id, first characters, role, created, revoked.");
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            foreach (var k in new ApiKeyStore(CliGlobals.DataDirectory(parse)).List())
                Console.Out.WriteLine(string.Join('\t', k.Id.ToString(CultureInfo.InvariantCulture), k.Prefix + "…", ApiKeyStore.RoleName(k.Role),
                    k.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    k.RevokedAt is { } at ? "revoked " + at.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) : "active"));
            return 0;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<long>("id") { Description = "The key's id (argus keys list)." };
        var command = new Command("revoke", "Revoke a key: requests with it get 401 from then on.");
        command.Arguments.Add(id);
        command.SetAction(parse => CliGlobals.Guard(parse, () =>
        {
            var n = parse.GetValue(id);
            if (!new ApiKeyStore(CliGlobals.DataDirectory(parse)).Revoke(n)) throw new UsageException($"no active key {n} (argus keys list shows them)");
            Console.Error.WriteLine($"argus: key {n} revoked");
            return 0;
        }));
        return command;
    }
}
