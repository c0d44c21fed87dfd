using System.Runtime.InteropServices;

namespace Argus.Batch;

/// <summary>
/// What a path names on disk, whatever the path: on Linux the device and inode of the file (so a symbolic
/// link, a hard link or "dir/../name" to one file give one identity), or for a file not yet created the
/// device and inode of its directory with its name. Elsewhere the full path with links resolved.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode, string Name)
{
    public static FileIdentity Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return new FileIdentity(0, 0, Resolved(full));
        if (Stat(full) is { } file) return new FileIdentity(file.Device, file.Inode, "");
        var dir = Path.GetDirectoryName(full) ?? full;
        return Stat(dir) is { } d ? new FileIdentity(d.Device, d.Inode, Path.GetFileName(full)) : new FileIdentity(0, 0, full);
    }

    /// <summary>True when <paramref name="path"/> is a device, a pipe or a socket: neither a regular file nor a directory.</summary>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return false;
        var buffer = new byte[256];
        if (stat(Path.GetFullPath(path), buffer) != 0) return false;
        // st_mode follows st_nlink (8 bytes) on x86-64; in the generic layout of arm64 it comes before a 4-byte st_nlink.
        var offset = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        var type = BitConverter.ToUInt32(buffer, offset) & 0xF000;
        return type is not (0x8000 or 0x4000);
    }

    private static string Resolved(string full) =>
        File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : full;

    private static (ulong Device, ulong Inode)? Stat(string path)
    {
        // 64-bit Linux (x86-64 and arm64 alike) begins struct stat with st_dev and st_ino, 8 bytes each.
        var buffer = new byte[256];
        if (stat(path, buffer) != 0) return null;
        return (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
    }

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in the whole library.
    [DllImport("libc", EntryPoint = "stat")]
    private static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
