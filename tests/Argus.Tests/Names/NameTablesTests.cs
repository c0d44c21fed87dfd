using Argus.Names;

namespace Argus.Tests.Names;

/// <summary>The embedded name tables hold no repeated or conflicting rows: a repeated row splits one name into two groups.</summary>
public sealed class NameTablesTests
{
    private static readonly string[] EquivalenceTables = ["equivalences.tsv", "given-name-groups.tsv", "organisation-symbols.tsv"];

    [Fact]
    public void Every_equivalence_table_names_each_group_once()
    {
        foreach (var table in EquivalenceTables)
        {
            var repeated = NameResources.Rows(table).GroupBy(r => (r[0], r[1])).Where(g => g.Count() > 1).Select(g => g.Key.Item2).ToArray();
            Assert.True(repeated.Length == 0, $"{table}: groups written twice: {string.Join(", ", repeated)}");
        }
    }

    [Fact]
    public void Every_group_row_holds_at_least_two_distinct_words_none_repeated()
    {
        foreach (var table in EquivalenceTables)
            foreach (var row in NameResources.Rows(table))
            {
                var words = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Prepend(row[1]).ToArray();
                Assert.True(words.Length >= 2, $"{table}: '{row[1]}' has no variant");
                Assert.True(words.Distinct().Count() == words.Length, $"{table}: '{row[1]}' repeats a word");
                Assert.All(words, w => Assert.Matches("^[a-z0-9]+$", w));
            }
    }

    [Fact]
    public void A_hand_written_romanisation_stands_in_one_group_unless_it_is_an_older_chinese_spelling()
    {
        var conflicts = NameResources.Rows("equivalences.tsv")
            .SelectMany(r => r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Prepend(r[1]).Select(w => (Word: w, Language: r[0], Group: r[1])))
            .GroupBy(x => x.Word).Where(g => g.Count() > 1 && g.Any(x => x.Language != "Chinese"))
            .Select(g => $"{g.Key} in {string.Join(" and ", g.Select(x => x.Group))}").ToArray();
        Assert.True(conflicts.Length == 0, "equivalences.tsv: " + string.Join("; ", conflicts));
    }

    [Fact]
    public void Rows_for_one_name_are_one_group_so_all_their_spellings_meet()
    {
        // Every pair of spellings of the hand table's rows shares a group: no row was split from its twin.
        foreach (var row in NameResources.Rows("equivalences.tsv"))
            foreach (var variant in row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Assert.True(NameEquivalences.GroupsOf(row[1]).Intersect(NameEquivalences.GroupsOf(variant)).Any(), $"{row[1]} / {variant}");
    }

    [Theory]
    [InlineData("legal-forms.tsv")]
    [InlineData("legal-forms-local.tsv")]
    [InlineData("number-words.tsv")]
    public void A_keyed_table_gives_each_key_one_value(string table)
    {
        var rows = NameResources.Rows(table).ToArray();
        Assert.NotEmpty(rows);
        var repeated = rows.GroupBy(r => r[0]).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(repeated.Length == 0, $"{table}: keys written twice: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void A_hand_written_legal_form_is_one_the_derived_table_lacks_and_says_why()
    {
        var derived = NameResources.Rows("legal-forms.tsv").Select(r => r[0]).ToHashSet();
        foreach (var row in NameResources.Rows("legal-forms-local.tsv"))
        {
            Assert.DoesNotContain(row[0], derived);
            Assert.True(row.Length == 3 && row[2].Length > 0, $"legal-forms-local.tsv: '{row[0]}' gives no reason");
        }
        var words = NameResources.Rows("organisation-words.txt").Select(r => r[0]).ToHashSet();
        Assert.All(NameResources.Rows("organisation-words-local.txt"), r => Assert.DoesNotContain(r[0], words));
    }

    [Fact]
    public void A_hand_written_title_is_one_the_derived_table_lacks_and_each_is_written_once()
    {
        var derived = NameResources.Rows("titles.txt").Select(r => r[0]).ToArray();
        var local = NameResources.Rows("titles-local.txt").Select(r => r[0]).ToArray();
        Assert.NotEmpty(derived);
        Assert.NotEmpty(local);
        Assert.All(local, t => Assert.DoesNotContain(t, derived));
        Assert.Equal(derived.Length + local.Length, derived.Concat(local).Distinct().Count());
        // Written as the parser normalises words, so that each can be found.
        Assert.All(derived.Concat(local), t => Assert.Equal(string.Join(' ', NameParser.Words(t)), t));
    }

    [Fact]
    public void Derived_tables_name_their_source_and_the_command_that_rebuilds_them()
    {
        foreach (var table in new[] { "given-name-groups.tsv", "given-names.txt", "organisation-symbols.tsv", "organisation-words.txt", "legal-forms.tsv", "number-words.tsv", "titles.txt" })
        {
            var head = NameResources.Header(table);
            Assert.Contains("Source:", head);
            Assert.Contains("derive-names", head);
        }
    }

    [Fact]
    public void Hand_written_cognates_give_a_reason_and_each_form_one_row()
    {
        var rows = NameResources.Rows("given-name-cognates-local.tsv").ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Length == 2 && r[0].Length > 0 && r[1].Split(' ').Distinct().Count() >= 2, string.Join('|', r)));
        var words = rows.SelectMany(r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var repeated = words.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(repeated.Length == 0, "given-name-cognates-local.tsv: words in two rows: " + string.Join(", ", repeated));
    }

    [Fact]
    public void Hand_written_short_forms_give_a_reason_and_each_short_form_one_row()
    {
        var rows = NameResources.Rows("given-name-groups-local.tsv").ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Length == 3 && r[0].Length > 0 && r[1].Length > 0 && r[2].Length > 0, string.Join('|', r)));
        var words = rows.SelectMany(r => (r[1] + " " + r[2]).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var repeated = words.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(repeated.Length == 0, "given-name-groups-local.tsv: words in two rows: " + string.Join(", ", repeated));
    }
}
