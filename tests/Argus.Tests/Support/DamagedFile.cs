namespace Argus.Tests.Support;

/// <summary>Copies of a derived file's bytes with one kind of damage, for the tests that it is read past and rebuilt.</summary>
internal static class DamagedFile
{
    /// <summary>The bytes with the one at <paramref name="at"/> changed.</summary>
    public static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }

    /// <summary>The bytes with another format version in the header (after the 8-byte kind).</summary>
    public static byte[] WithFormat(byte[] bytes, int format)
    {
        var copy = (byte[])bytes.Clone();
        BitConverter.GetBytes(format).CopyTo(copy, 8);
        return copy;
    }
}
