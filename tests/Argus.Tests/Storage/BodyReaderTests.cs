using System.Text;
using Argus.Storage;

namespace Argus.Tests.Storage;

public class BodyReaderTests
{
    private static (byte[] Bytes, int Length) Written(Action<BinaryWriter> write)
    {
        var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true)) write(w);
        return (body.ToArray(), (int)body.Length);
    }

    [Fact]
    public void Reads_back_what_a_binary_writer_wrote()
    {
        var longText = new string('ä', 200);
        var (bytes, length) = Written(w =>
        {
            w.Write(-7);
            w.Write("Ри Пхён Чхоль");
            w.Write(string.Empty);
            w.Write(longText);
            w.Write(true);
            w.Write((byte)9);
            w.Write(3);
            foreach (var v in new[] { 1, -2, int.MaxValue }) w.Write(v);
        });
        var r = new BodyReader(bytes, 0, length);
        Assert.Equal(-7, r.ReadInt32());
        Assert.Equal("Ри Пхён Чхоль", r.ReadString());
        Assert.Equal(string.Empty, r.ReadString());
        Assert.Equal(longText, r.ReadString());
        Assert.True(r.ReadBoolean());
        Assert.Equal(9, r.ReadByte());
        Assert.Equal([1, -2, int.MaxValue], r.ReadInts());
        Assert.Equal(0, r.Remaining);
        Assert.Equal(length, r.Position);
    }

    [Fact]
    public void A_string_or_count_past_the_end_is_refused()
    {
        var (bytes, length) = Written(w => w.Write("a string cut short"));
        Assert.Throws<EndOfStreamException>(() => new BodyReader(bytes, 0, length - 3).ReadString());
        var (count, countLength) = Written(w => w.Write(1_000_000));
        Assert.Throws<InvalidDataException>(() => new BodyReader(count, 0, countLength).ReadInts());
    }

    [Fact]
    public void Strings_come_from_the_table_by_number_and_a_number_past_it_is_refused()
    {
        var table = new StringTable();
        var (bytes, length) = Written(w =>
        {
            var numbers = new[] { table.Number("KP"), table.Number(null), table.Number("KP"), 5 };
            table.WriteTo(w);
            foreach (var n in numbers) w.Write(n);
        });
        var r = new BodyReader(bytes, 0, length);
        r.ReadStringTable();
        var first = r.ReadSharedOrNull();
        Assert.Equal("KP", first);
        Assert.Null(r.ReadSharedOrNull());
        Assert.Same(first, r.ReadSharedOrNull());
        Assert.Throws<InvalidDataException>(() => r.ReadSharedOrNull());
    }
}
