using System.Globalization;
using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;
using Xunit.Abstractions;

namespace Argus.Tests.Sources;

/// <summary>
/// The same person read from different lists carries the same facts. UK entries cite their UN reference,
/// which links them to the UN entry; the Australian, Canadian and OFAC entries are linked to the UN entry
/// through a name they share exactly (word order and case aside) when that name is unique in both lists.
/// </summary>
public class CrossListTests(ITestOutputHelper output)
{
    private sealed record Link(WatchlistEntity Un, WatchlistEntity Other);

    private sealed record Agreement(int Pairs, int BirthCompared, int BirthAgree, int NationalityCompared, int NationalityAgree, int PassportCompared, int PassportAgree)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Pairs} pairs; birth year {BirthAgree}/{BirthCompared}; nationality {NationalityAgree}/{NationalityCompared}; passport {PassportAgree}/{PassportCompared}");
    }

    private static readonly Lazy<Dictionary<string, WatchlistEntity>> UnByReference = new(() =>
        OfficialLists.Un.Entities.Where(e => e.Schema == EntitySchema.Person).ToDictionary(e => e.Reference, StringComparer.Ordinal));

    private static IEnumerable<Link> ViaUnReference(ListSnapshot list) =>
        list.Entities.Where(e => e.Schema == EntitySchema.Person)
            .SelectMany(e => (e.Extra.GetValueOrDefault("unReference") ?? []).Select(r => (e, r)))
            .Where(x => UnByReference.Value.ContainsKey(x.r))
            .Select(x => new Link(UnByReference.Value[x.r], x.e));

    private static IEnumerable<Link> ViaUniqueName(ListSnapshot list)
    {
        static Dictionary<string, List<WatchlistEntity>> Index(IEnumerable<WatchlistEntity> people)
        {
            var index = new Dictionary<string, List<WatchlistEntity>>(StringComparer.Ordinal);
            foreach (var p in people)
                foreach (var key in p.Names.Where(n => n.Kind != NameKind.WeakAlias).Select(n => NameKey(n.Full)).Where(k => k.Contains(' ')).Distinct())
                {
                    if (!index.TryGetValue(key, out var l)) index[key] = l = [];
                    l.Add(p);
                }
            return index;
        }
        var un = Index(OfficialLists.Un.Entities.Where(e => e.Schema == EntitySchema.Person));
        var other = Index(list.Entities.Where(e => e.Schema == EntitySchema.Person));
        var seen = new HashSet<(string, string)>();
        foreach (var (key, candidates) in un)
        {
            if (candidates.Count != 1 || !other.TryGetValue(key, out var matches) || matches.Count != 1) continue;
            if (seen.Add((candidates[0].Id, matches[0].Id))) yield return new Link(candidates[0], matches[0]);
        }
    }

    private static string NameKey(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToUpperInvariant(ch) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    private static HashSet<int> Years(WatchlistEntity e) =>
        e.BirthDates.SelectMany(d => Enumerable.Range(d.Start.Year, Math.Max(1, (d.End?.Year ?? d.Start.Year) - d.Start.Year + 1))).ToHashSet();

    private static HashSet<string> Passports(WatchlistEntity e) =>
        e.Identifiers.Where(i => i.Type == IdentifierTypes.Passport)
            .Select(i => new string(i.Number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant()).Where(n => n.Length >= 5).ToHashSet();

    // Lists write numbers with words around them ("CAR diplomatic passport no. D00000898"): one holds the other.
    private static bool SamePassport(HashSet<string> a, HashSet<string> b) =>
        a.Any(x => b.Any(y => x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)));

    private static Agreement Compare(IReadOnlyCollection<Link> links)
    {
        int bc = 0, ba = 0, nc = 0, na = 0, pc = 0, pa = 0;
        foreach (var (un, other) in links)
        {
            var (y1, y2) = (Years(un), Years(other));
            if (y1.Count > 0 && y2.Count > 0) { bc++; if (y1.Overlaps(y2)) ba++; }
            if (un.Nationalities.Count > 0 && other.Nationalities.Count > 0) { nc++; if (un.Nationalities.Intersect(other.Nationalities).Any()) na++; }
            var (p1, p2) = (Passports(un), Passports(other));
            if (p1.Count > 0 && p2.Count > 0) { pc++; if (SamePassport(p1, p2)) pa++; }
        }
        return new Agreement(links.Count, bc, ba, nc, na, pc, pa);
    }

    private void AssertAgree(Agreement a, int minPairs, double minShare = 0.9)
    {
        output.WriteLine(a.ToString());
        Assert.True(a.Pairs >= minPairs, a.ToString());
        Assert.True(a.BirthAgree >= minShare * a.BirthCompared, "birth years disagree too often: " + a);
        Assert.True(a.NationalityAgree >= minShare * a.NationalityCompared, "nationalities disagree too often: " + a);
        Assert.True(a.PassportAgree >= minShare * a.PassportCompared, "passports disagree too often: " + a);
    }

    [SharedDataFact]
    public void Uk_entries_agree_with_the_un_entries_they_cite()
    {
        var a = Compare(ViaUnReference(OfficialLists.Uk).ToList());
        AssertAgree(a, minPairs: 500);
        Assert.True(a.BirthCompared > 400 && a.NationalityCompared > 300 && a.PassportCompared > 50, a.ToString());
    }

    [SharedDataFact]
    public void Australian_entries_agree_with_the_un_entries_of_the_same_name()
    {
        var a = Compare(ViaUniqueName(OfficialLists.Au).ToList());
        AssertAgree(a, minPairs: 400);
    }

    [SharedDataFact]
    public void Ofac_entries_agree_with_the_un_entries_of_the_same_name()
    {
        var a = Compare(ViaUniqueName(OfficialLists.OfacSdn).ToList());
        AssertAgree(a, minPairs: 300);
    }

    [SharedDataFact]
    public void Canadian_entries_agree_with_the_un_entries_of_the_same_name()
    {
        var a = Compare(ViaUniqueName(OfficialLists.Ca).ToList());
        AssertAgree(a, minPairs: 1, minShare: 0.8);
    }

    /// <summary>A dozen people checked across lists: their UN reference, birth year and nationality.</summary>
    [SharedDataTheory]
    [InlineData("KPi.076", 1948, "kp", "13572", "3443")]
    [InlineData("KPi.038", 1960, "kp", "13359", "3208")]
    [InlineData("QDi.299", 1971, "iq", "12157", "2546")]
    public void A_person_carries_the_same_facts_in_every_list(string unReference, int birthYear, string nationality, string ukGroup, string auReference)
    {
        var un = UnByReference.Value[unReference];
        var uk = OfficialLists.Uk.Entities.Single(e => e.Reference == ukGroup);
        var au = OfficialLists.Au.Entities.Single(e => e.Reference == auReference);
        Assert.Contains(unReference, uk.Extra["unReference"]);
        var all = new[] { un, uk, au };
        Assert.All(all, e => Assert.Contains(birthYear, Years(e)));
        // Not every list states the nationality; those that do agree.
        Assert.All(all.Where(e => e.Nationalities.Count > 0), e => Assert.Contains(nationality, e.Nationalities));
        Assert.True(all.Count(e => e.Nationalities.Count > 0) >= 2);
    }

    [SharedDataFact]
    public void A_dozen_uk_people_linked_by_un_reference_show_their_agreement()
    {
        var links = ViaUnReference(OfficialLists.Uk).Where(l => Passports(l.Un).Count > 0 && Passports(l.Other).Count > 0)
            .OrderBy(l => l.Un.Reference, StringComparer.Ordinal).Take(12).ToList();
        Assert.Equal(12, links.Count);
        foreach (var (un, uk) in links)
        {
            Assert.True(Years(un).Count == 0 || Years(uk).Count == 0 || Years(un).Overlaps(Years(uk)), $"{un.Reference} / UK {uk.Reference}: birth years {string.Join(",", Years(un))} vs {string.Join(",", Years(uk))}");
            Assert.True(SamePassport(Passports(un), Passports(uk)), $"{un.Reference} / UK {uk.Reference}: passports {string.Join(",", Passports(un))} vs {string.Join(",", Passports(uk))}");
        }
    }
}
