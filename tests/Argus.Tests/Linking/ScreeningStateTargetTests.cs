using System.Text;
using System.Text.Json;
using Argus.Matching;
using Argus.Model;
using Argus.Screening;
using Argus.Storage;
using Xunit;

namespace Argus.Tests.Linking;

public sealed class ScreeningStateTargetTests
{
    private static WatchlistEntity Person(string dataset, string reference, string? unRef = null) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Person,
        Caption = "RI PYONG CHUL",
        Names = [new EntityName("RI PYONG CHUL")],
        Extra = unRef is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { ["unReference"] = [unRef] },
    };

    [Fact]
    public void A_state_screens_by_target_and_a_result_written_as_JSON_names_the_target_and_its_entries()
    {
        WatchlistEntity[] entities = [Person(Datasets.UkHmt, "13572", unRef: "KPi.076"), Person(Datasets.UnSc, "KPi.076")];
        var state = new ScreeningState(ScreeningIndex.Build(entities), new LoadedLists(entities, "two lists", false),
            entities.ToDictionary(e => e.Id), DateTimeOffset.UtcNow, TimeSpan.Zero);

        var byEntry = state.Index.Screen(new ScreeningQuery { Names = ["Ri Pyong Chul"] });
        var byTarget = state.ByTarget.Screen(new ScreeningQuery { Names = ["Ri Pyong Chul"] });

        Assert.Equal(2, byEntry.Count);
        var result = Assert.Single(byTarget);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) ScreeningJson.WriteResult(w, result);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        Assert.Equal("un_sc_sanctions-KPi.076", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(["un_sc_sanctions-KPi.076", "gb_hmt_sanctions-13572"], json.RootElement.GetProperty("referents").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(2, json.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Same(state.Links, state.ByTarget.Links);
    }
}
