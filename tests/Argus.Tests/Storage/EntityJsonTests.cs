using System.Collections;
using Argus.Model;
using Argus.Storage;

namespace Argus.Tests.Storage;

public class EntityJsonTests
{
    [Fact]
    public void The_full_fixture_sets_every_field_so_that_the_round_trip_covers_all_of_them()
    {
        var e = StoreFixtures.Full();
        foreach (var prop in typeof(WatchlistEntity).GetProperties())
        {
            var value = prop.GetValue(e);
            Assert.False(value is null, $"{prop.Name} is not set in the fixture");
            if (value is ICollection c) Assert.True(c.Count > 0, $"{prop.Name} is empty in the fixture");
            if (value is IEnumerable<object> seq) Assert.True(seq.Any(), $"{prop.Name} is empty in the fixture");
        }
    }

    [Fact]
    public void Every_field_round_trips()
    {
        var e = StoreFixtures.Full();
        var back = EntityJson.Deserialize(EntityJson.Serialize(e));

        Assert.Equal(e.Id, back.Id);
        Assert.Equal(e.Dataset, back.Dataset);
        Assert.Equal(e.Reference, back.Reference);
        Assert.Equal(e.Schema, back.Schema);
        Assert.Equal(e.Caption, back.Caption);
        Assert.Equal(e.Names, back.Names);
        Assert.Equal(e.BirthDates, back.BirthDates);
        Assert.Equal(e.BirthPlaces, back.BirthPlaces);
        Assert.Equal(e.Nationalities, back.Nationalities);
        Assert.Equal(e.Countries, back.Countries);
        Assert.Equal(e.Gender, back.Gender);
        Assert.Equal(e.Identifiers, back.Identifiers);
        Assert.Equal(e.Addresses, back.Addresses);
        Assert.Equal(e.Programs, back.Programs);
        Assert.Equal(e.Positions, back.Positions);
        Assert.Equal(e.ListingDate, back.ListingDate);
        Assert.Equal(e.ModifiedAt, back.ModifiedAt);
        Assert.Equal(e.Notes, back.Notes);
        Assert.Equal(e.Extra.Keys.Order(), back.Extra.Keys.Order());
        foreach (var (k, v) in e.Extra) Assert.Equal(v, back.Extra[k]);
        // A second pass writes the same bytes: nothing is lost or reordered.
        Assert.Equal(EntityJson.SerializeToString(e), EntityJson.SerializeToString(back));
    }

    [Fact]
    public void The_fast_reader_and_the_generic_deserializer_agree_on_every_field()
    {
        foreach (var e in new[] { StoreFixtures.Full(), StoreFixtures.Organization("x", "1", "ACME") })
        {
            var json = EntityJson.Serialize(e);
            Assert.Equal(EntityJson.SerializeToString(EntityJson.DeserializeGeneric(json)), EntityJson.SerializeToString(EntityJson.Deserialize(json)));
        }
    }

    [Fact]
    public void The_reader_skips_properties_it_does_not_know()
    {
        var json = EntityJson.SerializeToString(StoreFixtures.Full());
        var withExtra = "{\"future\":{\"a\":[1,2,{\"b\":null}]}," + json[1..];
        Assert.Equal(json, EntityJson.SerializeToString(EntityJson.Deserialize(withExtra)));
    }

    [Fact]
    public void A_range_whose_end_equals_its_start_keeps_its_end()
    {
        var d = new FuzzyDate(new PartialDate(1960, 4, 4), new PartialDate(1960, 4, 4));
        var e = StoreFixtures.Person("x", "1", "A B") with { BirthDates = [d] };
        Assert.Equal(d, EntityJson.Deserialize(EntityJson.Serialize(e)).BirthDates.Single());
    }

    [Fact]
    public void A_minimal_entity_round_trips_with_empty_collections()
    {
        var e = StoreFixtures.Organization("x", "1", "ACME");
        var back = EntityJson.Deserialize(EntityJson.SerializeToString(e));
        Assert.Empty(back.Identifiers);
        Assert.Empty(back.Extra);
        Assert.Null(back.Gender);
        Assert.Null(back.ListingDate);
        Assert.Equal(EntitySchema.Organization, back.Schema);
    }

    [Fact]
    public void No_collection_reads_back_as_null_when_it_was_left_out_for_being_empty()
    {
        var back = EntityJson.Deserialize(EntityJson.Serialize(StoreFixtures.Organization("x", "1", "ACME")));
        foreach (var prop in typeof(WatchlistEntity).GetProperties().Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            Assert.True(prop.GetValue(back) is not null, $"{prop.Name} came back null");
        Assert.DoesNotContain("identifiers", EntityJson.SerializeToString(back));
    }

    [Fact]
    public void Damaged_json_is_an_error_not_a_half_entity()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => EntityJson.Deserialize("{\"id\":\"x\""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => EntityJson.Deserialize("{\"id\":\"x\",\"dataset\":\"d\"}"));
    }
}
