using Argus.Batch;
using Argus.Tests.Support;

namespace Argus.Tests.Batch;

/// <summary>An output is replaced whole or not at all, and no output may be an input or the list store.</summary>
public sealed class FileReplacementTests
{
    [Fact]
    public void A_write_that_fails_part_way_leaves_the_old_file_and_no_temporary_file()
    {
        using var dir = new TempDir();
        var target = dir.File("out.csv");
        File.WriteAllText(target, "old\n");
        var e = Assert.Throws<IOException>(() => FileReplacement.Write(target, file =>
        {
            file.Write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        Assert.StartsWith(target + ": could not be written (No space left on device); the file is as it was", e.Message);
        Assert.Equal("old\n", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_whole_write_replaces_the_file_and_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        var target = dir.File("out.csv");
        File.WriteAllText(target, "old\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        FileReplacement.Write(target, file => file.Write("new\n"u8));
        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_device_is_written_in_place_and_a_full_one_is_an_error_naming_it()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full")) return;
        Assert.True(FileIdentity.IsSpecial("/dev/full"));
        FileReplacement.Write("/dev/null", file => file.Write(new byte[10]));
        var e = Assert.Throws<IOException>(() => FileReplacement.Write("/dev/full", file => file.Write(new byte[100_000])));
        Assert.StartsWith("/dev/full: could not be written", e.Message);
        Assert.True(FileIdentity.IsSpecial("/dev/full"));
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a"), "a");
        Assert.False(FileIdentity.IsSpecial(dir.File("a")));
        Assert.False(FileIdentity.IsSpecial(dir.Path));
        Assert.False(FileIdentity.IsSpecial(dir.File("absent")));
    }

    [Fact]
    public void Distinct_files_refuse_the_store_and_its_log_by_any_path_and_allow_other_files()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        var data = Directory.CreateDirectory(dir.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "argus.db"), "x");
        File.CreateSymbolicLink(dir.File("db-link"), Path.Combine(data, "argus.db"));
        var e = Assert.Throws<ArgumentException>(() => DistinctFiles.Require([.. DistinctFiles.Store(data), new NamedFile("--out", dir.File("db-link"))]));
        Assert.Contains("--out and the database", e.Message);
        // The log need not exist yet: a path naming it is refused all the same.
        Assert.Throws<ArgumentException>(() => DistinctFiles.Require([.. DistinctFiles.Store(data), new NamedFile("--out", data + "/../data/argus.db-wal")]));
        DistinctFiles.Require([.. DistinctFiles.Store(data), new NamedFile("--out", dir.File("export.ftm.json"))]);
        Assert.Equal("x", File.ReadAllText(Path.Combine(data, "argus.db")));
    }
}
