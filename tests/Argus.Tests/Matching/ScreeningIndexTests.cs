using Argus.Matching;
using Argus.Model;

namespace Argus.Tests.Matching;

public class ScreeningIndexTests
{
    private static WatchlistEntity Person(string dataset, string reference, string caption, string[]? aliases = null, string? dob = null, string? nationality = null, string? passport = null, string? gender = null) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Person,
        Caption = caption,
        Names = [new EntityName(caption), .. (aliases ?? []).Select(a => new EntityName(a, NameKind.Alias))],
        BirthDates = dob is null ? [] : [FuzzyDate.TryParse(dob, out var d) ? d! : throw new ArgumentException(dob)],
        Nationalities = nationality is null ? [] : [nationality],
        Identifiers = passport is null ? [] : [new Identifier(IdentifierTypes.Passport, passport)],
        Gender = gender,
    };

    private static WatchlistEntity Company(string reference, string caption) => new()
    {
        Id = WatchlistEntity.MakeId(Datasets.OfacSdn, reference),
        Dataset = Datasets.OfacSdn,
        Reference = reference,
        Schema = EntitySchema.Organization,
        Caption = caption,
        Names = [new EntityName(caption)],
    };

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(
    [
        Person(Datasets.UnSc, "KPi.076", "RI PYONG CHUL", ["Ri Pyong Chol"], "1948", "kp"),
        Person(Datasets.UnSc, "KPi.038", "CHO CHUN RYONG", ["Jo Chun Ryong"], "1960-04-04", "kp"),
        Person(Datasets.OfacSdn, "20157", "KIM, Jong Un", dob: "1984-01-08", nationality: "kp"),
        Person(Datasets.OfacSdn, "1001", "KIM, Yong Chol", dob: "1946"),
        Person(Datasets.OfacSdn, "1002", "KIM, Yong Ho", dob: "1970"),
        Person(Datasets.OfacSdn, "1003", "KIM, Song Chol"),
        Person(Datasets.OfacSdn, "1004", "RIM, Song Chol"),
        Person(Datasets.OfacSdn, "35096", "PUTIN, Vladimir Vladimirovich", ["Владимир Владимирович Путин"], "1952-10-07", "ru", gender: "male"),
        Person(Datasets.OfacSdn, "2000", "AL-MASRI, Abu Mohammed", dob: "1963", passport: "AB123456"),
        Company("3000", "KOREA KWANGSON BANKING CORP."),
        Company("3001", "Korea Shipping Company No. 2"),
    ]);

    private static IReadOnlyList<ScreeningResult> Screen(string name, EntitySchema schema = EntitySchema.Thing) =>
        Index.Screen(ScreeningQuery.ForName(name, schema));

    [Theory]
    [InlineData("Ri Pyeong-chol", "un_sc_sanctions-KPi.076")]
    [InlineData("Jo Chun-yong", "un_sc_sanctions-KPi.038")]
    [InlineData("리병철", "un_sc_sanctions-KPi.076")]
    [InlineData("조춘룡", "un_sc_sanctions-KPi.038")]
    [InlineData("Владимир Путин", "us_ofac_sdn-35096")]
    [InlineData("PUTIN Vladimir", "us_ofac_sdn-35096")]
    [InlineData("Kim Jong-un", "us_ofac_sdn-20157")]
    [InlineData("Korea Kwangson Banking Corporation", "us_ofac_sdn-3000")]
    public void Finds_the_listed_person_first_and_calls_it_a_match(string query, string id)
    {
        var results = Screen(query);
        Assert.NotEmpty(results);
        Assert.Equal(id, results[0].Entity.Id);
        Assert.True(results[0].Match, $"{query}: {results[0].Score} {results[0].Explanation.Summary}");
    }

    [Theory]
    [InlineData("Kim Yoon-ho")]
    [InlineData("Lim Soo-seok")]
    [InlineData("John Kirby")]
    [InlineData("Korea Shipping Company No. 3")]
    public void Flags_nobody_for_people_who_are_not_listed(string query)
    {
        var results = Screen(query);
        Assert.DoesNotContain(results, r => r.Match);
    }

    [Fact]
    public void A_person_query_does_not_return_companies()
    {
        var results = Index.Screen(ScreeningQuery.ForName("Korea Kwangson Banking", EntitySchema.Person));
        Assert.DoesNotContain(results, r => r.Entity.Schema == EntitySchema.Organization);
    }

    [Fact]
    public void A_matching_date_of_birth_raises_and_a_clear_mismatch_lowers_the_score()
    {
        var plain = Index.Screen(ScreeningQuery.ForName("Kim Yong-cheol"))[0];
        var agree = Index.Screen(ScreeningQuery.ForName("Kim Yong-cheol") with { BirthDates = [new FuzzyDate(new PartialDate(1946))] })[0];
        var differ = Index.Screen(ScreeningQuery.ForName("Kim Yong-cheol") with { BirthDates = [new FuzzyDate(new PartialDate(1980))] }, new ScreeningOptions { MinScore = 0 });
        Assert.Equal("us_ofac_sdn-1001", plain.Entity.Id);
        Assert.True(agree.Score > plain.Score);
        var sameEntity = differ.Single(r => r.Entity.Id == "us_ofac_sdn-1001");
        Assert.True(sameEntity.Score < plain.Score);
        Assert.Contains(sameEntity.Explanation.Facts, f => f.Feature == "birthDate" && f.Effect < 0);
    }

    [Fact]
    public void An_equal_passport_number_is_decisive()
    {
        var q = ScreeningQuery.ForName("Abu Muhammad al-Misri") with { Identifiers = ["ab 123456"] };
        var r = Index.Screen(q)[0];
        Assert.Equal("us_ofac_sdn-2000", r.Entity.Id);
        Assert.True(r.Score >= ScoreCalibration.DecisiveIdentifierScore);
        Assert.Contains(r.Explanation.Facts, f => f.Outcome.Contains("passport"));
    }

    [Fact]
    public void Explains_each_result_in_one_sentence_naming_the_rule()
    {
        var r = Screen("Jo Chun-yong")[0];
        Assert.Equal("Jo Chun-yong", r.Explanation.QueryName);
        Assert.Contains("initial sound law", r.Explanation.Summary);
        Assert.Contains("KPi.038", r.Explanation.Summary);
        Assert.NotEmpty(r.Explanation.Tokens);
    }

    [Fact]
    public void Filters_by_dataset_and_limits_the_results()
    {
        var only = Index.Screen(ScreeningQuery.ForName("Kim Jong Un"), new ScreeningOptions { Datasets = [Datasets.UnSc], MinScore = 0 });
        Assert.All(only, r => Assert.Equal(Datasets.UnSc, r.Entity.Dataset));
        var limited = Index.Screen(ScreeningQuery.ForName("Kim Song Chol"), new ScreeningOptions { Limit = 2, MinScore = 0 });
        Assert.True(limited.Count <= 2);
    }

    [Fact]
    public void The_holder_swaps_indexes_atomically()
    {
        var holder = new ScreeningIndexHolder();
        Assert.Empty(holder.Screen(ScreeningQuery.ForName("Kim Jong Un")));
        var old = holder.Swap(Index);
        Assert.Same(ScreeningIndex.Empty, old);
        Assert.Equal("us_ofac_sdn-20157", holder.Screen(ScreeningQuery.ForName("Kim Jong Un"))[0].Entity.Id);
    }

    [Fact]
    public void Concurrent_readers_get_the_same_answers()
    {
        var expected = Screen("Ri Pyeong-chol")[0].Entity.Id;
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 200, _ => ids.Add(Screen("Ri Pyeong-chol")[0].Entity.Id));
        Assert.All(ids, id => Assert.Equal(expected, id));
    }

    [Fact]
    public void An_exact_name_is_not_crowded_out_of_the_candidates_by_many_longer_names_holding_the_same_words()
    {
        // Sixty longer names share both words of the query, listed before the exact one: all have the same
        // pre-score, more than the candidate places; the shortest must still be compared.
        var crowd = Enumerable.Range(0, 60)
            .Select(i => Person(Datasets.OfacSdn, $"9{i:000}", $"Hassan Ibrahim {(char)('A' + i % 26)}{(char)('a' + i / 26)}zqrwm Tikriti"))
            .Append(Person(Datasets.UkHmt, "777", "Ibrahim AL-HASSAN"))
            .ToList();
        var index = ScreeningIndex.Build(crowd);
        var results = index.Screen(ScreeningQuery.ForName("Al-Hassan Ibrahim", EntitySchema.Person));
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "777"), results[0].Entity.Id);
        Assert.Equal(1.0, results[0].Score, 3);
    }

    [Fact]
    public void An_abjad_word_of_one_consonant_still_brings_in_the_names_that_hold_it()
    {
        // Forty two-part names share the rarer word; the name that also holds علي (one consonant, L) has
        // three parts and ranks after them unless علي finds it by its skeleton.
        var crowd = Enumerable.Range(0, 40)
            .Select(i => Person(Datasets.OfacSdn, $"8{i:000}", $"KARIMI, {(char)('B' + i % 20)}{(char)('a' + i / 20)}zqrwm"))
            .Append(Person(Datasets.UkHmt, "778", "KARIMI, Ali Hosseini"))
            .ToList();
        var results = ScreeningIndex.Build(crowd).Screen(ScreeningQuery.ForName("علي كريمي", EntitySchema.Person));
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "778"), results[0].Entity.Id);
        Assert.True(results[0].Match);
    }

    [Fact]
    public void A_name_written_by_sound_finds_the_latin_name_by_its_consonant_classes()
    {
        // Forty shorter names share the given name; the family name written in Hangul (koballenko, b for v, l doubled)
        // shares no key of its letters with Kovalenko: only its consonant classes bring the name in.
        var crowd = Enumerable.Range(0, 40)
            .Select(i => Person(Datasets.OfacSdn, $"7{i:000}", $"Vladimir {(char)('B' + i % 20)}{(char)('a' + i / 20)}zqrwm"))
            .Append(Person(Datasets.UkHmt, "779", "Vladimir Petrovich KOVALENKO"))
            .ToList();
        var results = ScreeningIndex.Build(crowd).Screen(ScreeningQuery.ForName("블라디미르 코발렌코", EntitySchema.Person), new ScreeningOptions { Candidates = 8 });
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "779"), results[0].Entity.Id);
        Assert.True(results[0].Match);
    }

    [Fact]
    public void A_word_written_by_sound_of_two_consonant_classes_ranks_the_names_its_given_name_found()
    {
        // Forty names share the given name and come first; the family name in Hangul (milleo, the final r unsaid) has
        // two consonant classes, too few to find names by, but enough to put the one name holding them among the few kept.
        var crowd = Enumerable.Range(0, 40)
            .Select(i => Person(Datasets.OfacSdn, $"8{i:000}", $"Aleksei {(char)('B' + i % 20)}{(char)('a' + i / 20)}zqrwt"))
            .Append(Person(Datasets.UkHmt, "889", "Aleksei MILLER"))
            .ToList();
        var index = ScreeningIndex.Build(crowd);
        var results = index.Screen(ScreeningQuery.ForName("알렉세이 밀러", EntitySchema.Person), new ScreeningOptions { Candidates = 8 });
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "889"), results[0].Entity.Id);
        Assert.True(results[0].Match);
        // A Latin query of two classes ("Aleksei Mola") looks nothing up by them: no name is lifted.
        var latin = index.Screen(ScreeningQuery.ForName("Aleksei Mola", EntitySchema.Person), new ScreeningOptions { Candidates = 8, MinScore = 0 });
        Assert.DoesNotContain(latin, r => r.Entity.Id == WatchlistEntity.MakeId(Datasets.UkHmt, "889"));
    }

    [Fact]
    public void A_hangul_word_longer_than_a_korean_name_is_read_by_sound_only_and_its_run_in_article_is_looked_past()
    {
        // Korean names holding the syllables of 카이만 알자와히리 (ka-i-man al-ja-wa-hi-ri), read one by one, would
        // crowd out the one name it is: an Arabic name, the article run into the family name (aljawahili, al-Zawahiri).
        // Namesakes of the given name ("Kaiman Bazqrwt") are there too: only the family name after the article ranks the one.
        var crowd = new[] { "RI MAN GON", "HI JA RI", "WA MAN HI", "KA JA MAN", "AL WA RI", "MAN HI JA", "RI WA KA", "JA HI MAN" }
            .Concat(Enumerable.Range(0, 12).Select(i => $"Kaiman {(char)('B' + i)}azqrwt"))
            .Select((n, i) => Person(Datasets.OfacSdn, $"9{i:000}", n))
            .Append(Person(Datasets.UkHmt, "999", "Kaiman AL-ZAWAHIRI"))
            .ToList();
        var query = ScreeningQuery.ForName("카이만 알자와히리", EntitySchema.Person);
        var results = ScreeningIndex.Build(crowd).Screen(query, new ScreeningOptions { Candidates = 3 });
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "999"), results[0].Entity.Id);
        Assert.DoesNotContain(ScreeningIndex.Parse(query), f => f.TokenArray.Any(t => t.Script == Argus.Names.NameScript.Hangul));
        // A Korean name of four syllables in one word keeps its syllable reading.
        Assert.Contains(ScreeningIndex.Parse(ScreeningQuery.ForName("남궁민수", EntitySchema.Person)), f => f.TokenArray.Any(t => t.Script == Argus.Names.NameScript.Hangul));
    }

    [Fact]
    public void A_european_name_in_arabic_letters_finds_the_latin_name_by_v_written_as_fa_and_ch_as_ta_shin()
    {
        // كرافتشيف writes Kravchev as Arabic writes a European name: v as ف, ch as تش; forty namesakes of the given name come first.
        var crowd = Enumerable.Range(0, 40)
            .Select(i => Person(Datasets.OfacSdn, $"6{i:000}", $"Boris {(char)('B' + i % 20)}{(char)('a' + i / 20)}zqrwt"))
            .Append(Person(Datasets.UkHmt, "669", "Boris KRAVCHEV"))
            .ToList();
        var results = ScreeningIndex.Build(crowd).Screen(ScreeningQuery.ForName("بوريس كرافتشيف", EntitySchema.Person), new ScreeningOptions { Candidates = 8 });
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "669"), results[0].Entity.Id);
        Assert.True(results[0].Match);
        Assert.Equal("KRFTCF", Argus.Names.ConsonantSkeleton.OfLatinAsForeignInArabic("kravchev"));
        Assert.Null(Argus.Names.ConsonantSkeleton.OfLatinAsForeignInArabic("karim"));
    }

    [Fact]
    public void A_greek_chi_that_writes_an_arabic_h_is_also_read_as_the_h()
    {
        // Ραουάχιρι writes Rawahiri with ου for w and χ (read kh) for h: its classes with kh are not the list name's;
        // read with h, its two classes are the list name's ranking term.
        var list = new HashSet<string>();
        ScreeningIndex.AddTerms(list, Argus.Names.NameParser.Parse("Rawahiri").Tokens[0], forQuery: false);
        var greek = new HashSet<string>();
        foreach (var t in Argus.Names.SoundedReadings.Forms("Ραουάχιρι", Argus.Names.NameReading.Person).SelectMany(f => f.Tokens))
            ScreeningIndex.AddTerms(greek, t, forQuery: true);
        Assert.Contains("rRR", greek.Intersect(list));
        Assert.DoesNotContain(greek.Intersect(list), t => t[0] == 'b');
    }

    [Fact]
    public void A_word_written_by_sound_shares_a_consonant_class_key_with_the_latin_token_and_a_latin_query_does_not_look_it_up()
    {
        var list = new HashSet<string>();
        ScreeningIndex.AddTerms(list, Argus.Names.NameParser.Parse("Kovalenko").Tokens[0], forQuery: false);
        var sounded = new HashSet<string>();
        foreach (var t in Argus.Names.SoundedReadings.Forms("코발렌코", Argus.Names.NameReading.Person).SelectMany(f => f.Tokens))
            ScreeningIndex.AddTerms(sounded, t, forQuery: true);
        Assert.Contains(sounded.Intersect(list), t => t[0] == 'b');
        var latin = new HashSet<string>();
        ScreeningIndex.AddTerms(latin, Argus.Names.NameParser.Parse("Kovalenko").Tokens[0], forQuery: true);
        Assert.DoesNotContain(latin, t => t[0] == 'b');
    }

    [Fact]
    public void Two_abjad_words_are_found_in_the_one_latin_word_that_joins_them()
    {
        // فضل الله is written Fadlallah in Latin letters: found by both skeletons joined, it outranks
        // longer names that hold words of the same consonants apart.
        var crowd = Enumerable.Range(0, 40)
            .Select(i => Person(Datasets.OfacSdn, $"7{i:000}", $"Jawad Fadil Ali {(char)('B' + i % 20)}{(char)('a' + i / 20)}zqrwm"))
            .Append(Person(Datasets.UkHmt, "779", "FADLALLAH, Jawad"))
            .ToList();
        var results = ScreeningIndex.Build(crowd).Screen(ScreeningQuery.ForName("جواد فضل الله", EntitySchema.Person));
        Assert.Equal(WatchlistEntity.MakeId(Datasets.UkHmt, "779"), results[0].Entity.Id);
        Assert.True(results[0].Match);
    }

    [Fact]
    public void A_date_of_birth_both_sides_state_lifts_a_capped_common_name_over_the_threshold()
    {
        var index = ScreeningIndex.Build([Person(Datasets.OfacSdn, "9001", "PETROV, Sergey Valerievich", dob: "1971-03-14")]);
        var bare = index.Screen(ScreeningQuery.ForName("Sergey Petrov"), new ScreeningOptions { MinScore = 0 })[0];
        Assert.False(bare.Match);
        Assert.Contains("common among people", bare.Explanation.Summary);
        var confirmed = index.Screen(ScreeningQuery.ForName("Sergey Petrov") with { BirthDates = [new FuzzyDate(new PartialDate(1971, 3, 14))] })[0];
        Assert.True(confirmed.Match, $"{confirmed.Score}");
    }

    [Fact]
    public void Candidates_are_the_names_sharing_most_of_the_query_and_only_names_sharing_a_key_can_be_one()
    {
        // With one candidate, the two-part name (fewer parts of its own) is compared and the longer one never is.
        var shorter = Person(Datasets.OfacSdn, "1", "Boris Ivanov");
        var longer = Person(Datasets.OfacSdn, "2", "Boris Ivanov Petrovich");
        var index = ScreeningIndex.Build([shorter, longer]);
        var options = new ScreeningOptions { Candidates = 1, MinScore = 0.3 };
        var query = ScreeningQuery.ForName("Boris Ivanov");
        Assert.Equal([shorter.Id], index.Screen(query, options).Select(r => r.Entity.Id));
        Assert.Equal(2, index.Screen(query, options with { Candidates = 2 }).Count);
        var keys = index.KeySet();
        Assert.True(keys.SharesAnyKey(query));
        Assert.True(keys.SharesAnyKey(ScreeningQuery.ForName("Petrovitch")));
        Assert.False(keys.SharesAnyKey(ScreeningQuery.ForName("Ri Pyong Chul")));
        Assert.True(Index.KeySet().SharesAnyKey(ScreeningQuery.ForName("Ri Pyong Chul")));
        // A query sharing no key has no candidate at all, whatever the least score asked for; one sharing a key may.
        var anything = new ScreeningOptions { MinScore = 0, Candidates = 100 };
        foreach (var name in new[] { "Boris Ivanov", "Petrovitch", "Ri Pyong Chul", "Борис", "Ivanov Borisovich", "Kim Song Chol", "Anna Kowalska" })
        {
            var q = ScreeningQuery.ForName(name);
            if (!keys.SharesAnyKey(q)) Assert.Empty(index.Screen(q, anything));
            else Assert.NotEmpty(index.Screen(q, anything));
        }
    }

    [Fact]
    public void A_rare_one_word_alias_is_also_read_after_the_given_names_of_the_full_name()
    {
        var listed = Person(Datasets.UnSc, "LYi.901", "Ahmad Salem Omar BAROUNI", ["Al Wardani", "Hassan", "Ekaterina"]);
        var index = ScreeningIndex.Build([listed]);
        var hit = Assert.Single(index.Screen(ScreeningQuery.ForName("Ahmed WARDANI", EntitySchema.Person)));
        Assert.True(hit.Match, $"{hit.Score}");
        Assert.Contains("the one-word name 'Al Wardani' after the given names of 'Ahmad Salem Omar BAROUNI'", hit.Explanation.Summary);
        Assert.Equal("the one-word name 'Al Wardani' after the given names of 'Ahmad Salem Omar BAROUNI'", hit.Explanation.CombinedFrom);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer)) ScreeningJson.WriteResult(json, hit);
        Assert.Contains("\"detail\":\"combined name: the one-word name", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        // A common name or a known given name standing alone is not combined: no "Ahmad Salem Omar Hassan".
        Assert.DoesNotContain(index.Names, n => n.Combined?.OneWord is "Hassan" or "Ekaterina");
        Assert.Single(index.Names, n => n.Combined is not null);
        Assert.False(index.Screen(ScreeningQuery.ForName("Ahmed Hassan", EntitySchema.Person)).FirstOrDefault()?.Match ?? false);
        // Without the one-word name, the given name and the family name of two different names say nothing.
        var without = ScreeningIndex.Build([listed with { Names = [new EntityName("Ahmad Salem Omar BAROUNI"), new EntityName("Hassan", NameKind.Alias)] }]);
        Assert.DoesNotContain(without.Screen(ScreeningQuery.ForName("Ahmed WARDANI", EntitySchema.Person)), r => r.Match);
    }

    [Fact]
    public void Pairs_read_the_alternatives_of_a_person_as_one_person_names()
    {
        Assert.True(PairScorer.Default.Score("Ahmed WARDANI", "Ahmad Salem Omar BAROUNI ; Al Wardani", EntitySchema.Person).Match);
        Assert.False(PairScorer.Default.Score("Ahmed WARDANI", "Al Wardani", EntitySchema.Person).Match);
        Assert.False(PairScorer.Default.Score("Ahmed WARDANI", "Ahmad Salem Omar BAROUNI", EntitySchema.Person).Match);
    }

    [Fact]
    public void At_equal_scores_the_un_entry_comes_first_then_the_others_by_id()
    {
        // The same person on three lists under the same name: the national lists implement the UN's designation.
        var index = ScreeningIndex.Build([
            Person(Datasets.AuDfat, "3443", "Ri Pyong Chul"),
            Person(Datasets.UkHmt, "13572", "Ri Pyong Chul"),
            Person(Datasets.UnSc, "KPi.076", "Ri Pyong Chul"),
        ]);
        var results = index.Screen(ScreeningQuery.ForName("Ri Pyeong-chol"));
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(results[0].Score, r.Score));
        Assert.Equal(["un_sc_sanctions-KPi.076", "au_dfat_sanctions-3443", "gb_hmt_sanctions-13572"], results.Select(r => r.Entity.Id));
    }

    [Fact]
    public void A_name_in_hebrew_letters_finds_its_latin_spelling_with_v_and_ch()
    {
        var index = ScreeningIndex.Build([
            Person(Datasets.CaSema, "settler-4", "Moshe SHARVIT"),
            Person(Datasets.CaSema, "settler-8", "Shalom ZICHERMAN"),
            Person(Datasets.CaSema, "other", "Moshe SHAPIRO"),
        ]);
        var sharvit = index.Screen(ScreeningQuery.ForName("משה שרביט"));
        Assert.Equal("ca_dfatd_sema_sanctions-settler-4", sharvit[0].Entity.Id);
        Assert.True(sharvit[0].Match, sharvit[0].Explanation.Summary);
        Assert.DoesNotContain(sharvit, r => r.Match && r.Entity.Reference == "other");
        var zicherman = index.Screen(ScreeningQuery.ForName("שלום זיכרמן"));
        Assert.Equal("ca_dfatd_sema_sanctions-settler-8", zicherman[0].Entity.Id);
        Assert.True(zicherman[0].Match, zicherman[0].Explanation.Summary);
    }
}

