using Argus.Security;
using Microsoft.AspNetCore.Http;

namespace Argus.Web.Security;

/// <summary>Who sent a request: the key's id and role, or an anonymous reader (<c>--allow-anonymous</c>).</summary>
public sealed record Caller(long? KeyId, ApiRole Role)
{
    public static readonly Caller Anonymous = new(null, ApiRole.Read);

    /// <summary>What the rate limiter counts requests by: the key, else the client's address.</summary>
    public string Partition(HttpContext context) => KeyId is { } id ? "key:" + id : "ip:" + context.Connection.RemoteIpAddress;

    public static Caller? Of(HttpContext context) => context.Items.TryGetValue(typeof(Caller), out var c) ? c as Caller : null;
}

/// <summary>Marks a route anyone may call without a key (health and readiness probes).</summary>
public sealed class OpenAccess;

/// <summary>Marks a route only an admin key may call.</summary>
public sealed class AdminOnly;
