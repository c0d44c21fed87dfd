using Argus.Matching;
using Argus.Model;
using Argus.Text;

namespace Argus.Tests.Text;

/// <summary>
/// One word that only its context typed (it speaks, it follows "at") is of unknown kind: screened as an unknown
/// name, it flags a listed organisation of exactly that name and takes its type, and never a person.
/// </summary>
public sealed class ContextTypedWordTests
{
    private static readonly ScreeningIndex Index = ScreeningIndex.Build(
    [
        new WatchlistEntity { Id = "t-1", Dataset = "t", Reference = "1", Caption = "Open Joint Stock Company Vantrexa Oil Company", Schema = EntitySchema.Organization,
            Names = [new EntityName("Open Joint Stock Company Vantrexa Oil Company", NameKind.Primary), new EntityName("VANTREXA", NameKind.Alias)] },
        new WatchlistEntity { Id = "t-2", Dataset = "t", Reference = "2", Caption = "Quorbalah", Schema = EntitySchema.Organization,
            Names = [new EntityName("Quorbalah", NameKind.Primary)] },
        new WatchlistEntity { Id = "t-3", Dataset = "t", Reference = "3", Caption = "Dalmorov", Schema = EntitySchema.Person,
            Names = [new EntityName("Dalmorov", NameKind.Primary)] },
    ]);

    private static ScannedEntity Scanned(string text, string name) =>
        Assert.Single(new TextScanner(Index).Scan(text).Entities, e => e.Entity.Name == name);

    [Theory]
    [InlineData("Quorbalah said on Monday that it would respond.", "Quorbalah", "t-2")]
    [InlineData("Officials at Vantrexa declined to comment.", "Vantrexa", "t-1")]
    public void A_listed_organisation_named_alone_is_found_and_typed_as_one(string text, string name, string id)
    {
        var e = Scanned(text, name);
        Assert.Equal(TextEntityType.Organization, e.Entity.Type);
        Assert.Contains(e.Matches, r => r.Match && r.Entity.Id == id);
    }

    [Fact]
    public void A_lone_word_that_speaks_never_flags_a_listed_person()
    {
        var e = Scanned("Dalmorov said on Monday that he would respond.", "Dalmorov");
        Assert.True(e.Screened);
        Assert.DoesNotContain(e.Matches, r => r.Match);
        Assert.Equal(TextEntityType.Person, e.Entity.Type);
    }

    [Fact]
    public void A_word_typed_by_context_that_no_list_names_keeps_its_type()
    {
        var e = Scanned("Officials at Brelmonts declined to comment.", "Brelmonts");
        Assert.Equal(TextEntityType.Location, e.Entity.Type);
        Assert.DoesNotContain(e.Matches, r => r.Match);
    }
}
