namespace Argus.Batch;

/// <summary>
/// Writes an output file whole or not at all: into a temporary file beside it, flushed to disk, then
/// renamed over it, so a failure part-way (a full disk, a kill) leaves the file of that name as it was.
/// A device or a pipe (<c>/dev/stdout</c>) is written in place, since renaming over it would replace it.
/// </summary>
public static class FileReplacement
{
    /// <summary>The temporary file a write to <paramref name="target"/> goes to first.</summary>
    public static string TemporaryPath(string target) => $"{target}.partial-{Environment.ProcessId}";

    public static void Write(string path, Action<Stream> write)
    {
        var target = FinalTarget(Path.GetFullPath(path));
        if (FileIdentity.IsSpecial(target))
        {
            WriteInPlace(path, target, write);
            return;
        }
        var temp = TemporaryPath(target);
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            if (File.Exists(target) && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw new IOException($"{path}: could not be written ({e.Message}); {(File.Exists(target) ? "the file is as it was" : "nothing was written")}", e);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void WriteInPlace(string path, string target, Action<Stream> write)
    {
        try
        {
            using var device = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            write(device);
            device.Flush();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw new IOException($"{path}: could not be written ({e.Message})", e);
        }
    }

    // .NET reports a write past the file-size limit (EFBIG) as an ArgumentOutOfRangeException.
    private static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException;

    /// <summary>A symbolic link stays a link: the file it points to is the one replaced.</summary>
    private static string FinalTarget(string full) =>
        File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : full;
}
