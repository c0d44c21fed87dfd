using System.Text.Json;
using Argus.Storage;

namespace Argus.Tests.Storage;

public class SchemaCountsJsonTests
{
    [Fact]
    public void Reads_what_the_serializer_wrote_as_the_serializer_reads_it()
    {
        var counts = new Dictionary<string, int> { ["Person"] = 2316, ["Organization"] = 746, ["Vessel"] = 0 };
        var json = JsonSerializer.Serialize(counts);
        Assert.Equal(JsonSerializer.Deserialize<Dictionary<string, int>>(json), SchemaCountsJson.Read(json));
        Assert.Empty(SchemaCountsJson.Read("{}"));
        Assert.Empty(SchemaCountsJson.Read("null"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1]")]
    [InlineData("{\"Person\":\"3\"}")]
    [InlineData("{\"Person\":3")]
    [InlineData("{\"Person\":3} {}")]
    [InlineData("{\"Person\":3.5}")]
    public void Refuses_what_is_not_an_object_of_whole_numbers(string json) =>
        Assert.ThrowsAny<JsonException>(() => SchemaCountsJson.Read(json));
}
