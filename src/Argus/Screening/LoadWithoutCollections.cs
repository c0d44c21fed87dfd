using System.Runtime;

namespace Argus.Screening;

/// <summary>
/// Runs the first load of a process with the collector held off. Nearly everything the load allocates (the
/// entities, the index, the links; about 200 MB for all official lists) stays alive, so every collection
/// during it only copies live objects from generation to generation: with them the load took about a
/// third more CPU. Past <see cref="Budget"/> bytes the runtime collects as usual.
/// </summary>
internal static class LoadWithoutCollections
{
    internal const long Budget = 256L * 1024 * 1024;

    public static T Run<T>(Func<T> load)
    {
        var held = false;
        try
        {
            held = GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A runtime whose heap cannot set the budget aside, or a region already under way: load as usual.
        }
        try
        {
            return load();
        }
        finally
        {
            // The runtime ends the region itself when the load allocated more than the budget.
            if (held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }
}
