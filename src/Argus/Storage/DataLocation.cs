namespace Argus.Storage;

/// <summary>
/// The data directory, and whether the user chose it (<c>--data</c> or <c>ARGUS_DATA</c>) or it is the
/// default one. Only the default directory, holding no imported list, lets the bundled samples stand in:
/// a chosen directory that is missing, has no database or no list is an error, since screening the
/// samples instead would answer "no match" for a sanctioned name.
/// </summary>
/// <param name="Path">Full path of the directory.</param>
/// <param name="Chosen">True when given by --data or ARGUS_DATA.</param>
public sealed record DataLocation(string Path, bool Chosen);

/// <summary>The store of a data directory cannot be used: missing, empty, foreign or holding no list. The message names the path.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : IOException(message, inner);
