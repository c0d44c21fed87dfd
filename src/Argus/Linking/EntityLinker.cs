using System.Diagnostics;
using Argus.Model;

namespace Argus.Linking;

/// <summary>
/// Links the entries of all active lists into targets. Strong evidence first, joined transitively: the UN
/// reference an entry states as its own, OFAC's entity number republished by the US CSL, a shared strong
/// identifier. Then, between the clusters that strong evidence made, the same normalised name with an
/// agreeing date of birth (or incorporation), nationality, gender and schema family; failing a date, the same
/// day of listing, the same whole set of names, or for organisations a shared country or a long name no one else holds.
/// </summary>
/// <remarks>
/// No target holds two entries of one list or two different UN references. A name-and-date merge needs a
/// direct agreeing link between every pair of the strong clusters it brings together, so such links never
/// chain; a cluster that matches two clusters which cannot be one target is linked to neither (ambiguous).
/// Every refusal is kept with its reason. The result depends only on the entries, not on their order.
/// </remarks>
public static class EntityLinker
{
    /// <summary>A name shared by more entries than this is too common to link on by name and date.</summary>
    private const int MaxNameBucket = 12;

    /// <summary>A name that links on its own must be this long: "korean people's army" is, "al qaida" is not.</summary>
    private const int MinUniqueNameWords = 3, MinUniqueNameLetters = 15;

    /// <param name="source">The entries of all active lists.</param>
    /// <param name="kinds">The kinds of evidence to use (null: all); leaving one out measures what the others find.</param>
    public static LinkSet Link(IReadOnlyList<WatchlistEntity> source, IReadOnlySet<LinkKind>? kinds = null)
    {
        bool Use(LinkKind k) => kinds is null || kinds.Contains(k);
        var sw = Stopwatch.StartNew();
        var entities = source.ToArray();
        Array.Sort(entities, DatasetOrder.Compare);
        var clusters = new Clusters(entities);
        var refused = new List<RefusedLink>();

        if (Use(LinkKind.UnReference)) LinkGroups(clusters, refused, UnReferenceGroups(entities), LinkKind.UnReference, checkFacts: false);
        if (Use(LinkKind.OfacEntityNumber)) LinkGroups(clusters, refused, OfacNumberGroups(entities), LinkKind.OfacEntityNumber, checkFacts: false);
        if (Use(LinkKind.Identifier)) LinkGroups(clusters, refused, IdentifierGroups(entities), LinkKind.Identifier, checkFacts: true);
        if (Use(LinkKind.NameAndDate)) NameAndDate.Link(entities, clusters, refused);

        var targets = clusters.Targets();
        refused.Sort((a, b) => string.CompareOrdinal(a.Link.From + "\n" + a.Link.To, b.Link.From + "\n" + b.Link.To));
        return new LinkSet(targets, refused, sw.Elapsed);
    }

    /// <summary>Joins each group's entries to its first (in dataset order), refusing what would break a target.</summary>
    private static void LinkGroups(Clusters clusters, List<RefusedLink> refused, IEnumerable<(string Detail, List<int> Members)> groups, LinkKind kind, bool checkFacts)
    {
        foreach (var (detail, members) in groups)
        {
            if (members.Count < 2) continue;
            var anchor = members[0];
            foreach (var other in members.Skip(1))
            {
                var link = new EntityLink(clusters.Entity(anchor).Id, clusters.Entity(other).Id, kind, detail);
                if (clusters.Same(anchor, other)) continue;
                var conflict = (checkFacts ? LinkFacts.Conflict(clusters.Entity(anchor), clusters.Entity(other)) : null)
                    ?? clusters.Conflict(anchor, other);
                if (conflict is null) clusters.Join(anchor, other, link);
                else refused.Add(new RefusedLink(link, conflict));
            }
        }
    }

    /// <summary>Entries that state a UN reference as their own: the UN's entries, UK "UN Ref", EU unitedNationId.</summary>
    private static IEnumerable<(string, List<int>)> UnReferenceGroups(WatchlistEntity[] entities)
    {
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
            foreach (var r in Clusters.OwnUnReferences(entities[i]))
                Add(groups, r, i);
        return groups.Select(g => ($"UN reference {g.Key}", g.Value));
    }

    /// <summary>The CSL's rows from the Treasury's lists carry OFAC's entity number as their reference.</summary>
    private static IEnumerable<(string, List<int>)> OfacNumberGroups(WatchlistEntity[] entities)
    {
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            var fromTreasury = e.Dataset is Datasets.OfacSdn or Datasets.OfacCons
                || (e.Dataset == Datasets.UsTradeCsl && e.Extra.TryGetValue("sourceList", out var lists) && lists.Any(l => l.Contains("Treasury", StringComparison.OrdinalIgnoreCase)));
            if (fromTreasury) Add(groups, e.Reference, i);
        }
        return groups.Select(g => ($"OFAC entity number {g.Key}", g.Value));
    }

    /// <summary>
    /// Entries sharing a strong identifier within one schema family. A number that two entries of one list
    /// share identifies neither, and is left out.
    /// </summary>
    private static IEnumerable<(string, List<int>)> IdentifierGroups(WatchlistEntity[] entities)
    {
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            var family = LinkFacts.Family(entities[i].Schema);
            foreach (var id in entities[i].Identifiers)
                if (IdentifierKey(id) is { } key)
                {
                    var k = family + " " + key;
                    if (!groups.TryGetValue(k, out var list) || list[^1] != i) Add(groups, k, i);
                }
        }
        foreach (var (key, members) in groups)
        {
            var datasets = members.Select(m => entities[m].Dataset).ToArray();
            if (datasets.Distinct().Count() == datasets.Length) yield return (key[(key.IndexOf(' ') + 1)..], members);
        }
    }

    /// <summary>"imo 9187629", "passport kp 836110034", "swiftBic KBLKPPYX"; null for a weak or countryless identifier.</summary>
    public static string? IdentifierKey(Identifier id)
    {
        var number = new string(id.Number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (number.Length < 5) return null;
        switch (id.Type)
        {
            case IdentifierTypes.Imo:
                return number.Length == 7 && number.All(char.IsDigit) ? "imo " + number : null;
            case IdentifierTypes.SwiftBic:
                if (number.Length == 11 && number.EndsWith("XXX", StringComparison.Ordinal)) number = number[..8];
                return number.Length is 8 or 11 ? "swiftBic " + number : null;
            case IdentifierTypes.Passport or IdentifierTypes.NationalId or IdentifierTypes.Registration:
                return id.Country is { Length: 2 } c ? $"{id.Type} {c} {number}" : null;
            default:
                return null;
        }
    }

    private static void Add(SortedDictionary<string, List<int>> groups, string key, int i)
    {
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
        if (list.Count == 0 || list[^1] != i) list.Add(i);
    }

    /// <summary>The links made on names (with a date, a day of listing, a set of names, a country) between the clusters that strong evidence made.</summary>
    private static class NameAndDate
    {
        /// <summary>A pair to link; those of higher precision are tried first (a date of birth by its precision, then the day of listing, the set of names, a name and a country).</summary>
        private sealed record Candidate(int A, int B, EntityLink Link, int Precision);

        public static void Link(WatchlistEntity[] entities, Clusters clusters, List<RefusedLink> refused)
        {
            var candidates = Candidates(entities, clusters, refused);
            var agreeing = new HashSet<(int, int)>();
            foreach (var c in candidates) agreeing.Add(Pair(clusters.Root(c.A), clusters.Root(c.B)));
            var ambiguous = Ambiguous(candidates, clusters);
            var strongRoot = entities.Select((_, i) => clusters.Root(i)).ToArray();

            foreach (var c in candidates.OrderByDescending(c => c.Precision).ThenBy(c => c.Link.From, StringComparer.Ordinal).ThenBy(c => c.Link.To, StringComparer.Ordinal))
            {
                if (clusters.Same(c.A, c.B)) continue;
                var conflict = ambiguous.GetValueOrDefault(Pair(strongRoot[c.A], strongRoot[c.B]))
                    ?? clusters.Conflict(c.A, c.B)
                    ?? clusters.FactConflict(c.A, c.B)
                    ?? Unlinked(clusters, strongRoot, agreeing, c);
                if (conflict is null) clusters.Join(c.A, c.B, c.Link);
                else refused.Add(new RefusedLink(c.Link, conflict));
            }
        }

        /// <summary>Pairs of entries in different clusters and lists that share a name key and a schema family.</summary>
        private static List<Candidate> Candidates(WatchlistEntity[] entities, Clusters clusters, List<RefusedLink> refused)
        {
            var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < entities.Length; i++)
            {
                var family = LinkFacts.Family(entities[i].Schema);
                foreach (var key in LinkName.KeysOf(entities[i]))
                {
                    var k = family + "|" + key;
                    if (!buckets.TryGetValue(k, out var list)) buckets[k] = list = [];
                    list.Add(i);
                }
            }
            var seen = new HashSet<(int, int)>();
            var found = new List<Candidate>();
            foreach (var (key, members) in buckets)
            {
                if (members.Count < 2 || members.Count > MaxNameBucket) continue;
                for (var x = 0; x < members.Count; x++)
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        int a = Math.Min(members[x], members[y]), b = Math.Max(members[x], members[y]);
                        var (ea, eb) = (entities[a], entities[b]);
                        if (ea.Dataset == eb.Dataset || clusters.Same(a, b) || !seen.Add((a, b))) continue;
                        var family = key[..key.IndexOf('|')];
                        var name = key[(key.IndexOf('|') + 1)..];
                        var conflict = LinkFacts.Conflict(ea, eb);
                        var date = LinkFacts.SharedDate(ea, eb);
                        if (date is null && conflict is null && LinkFacts.SameListingDay(ea, eb) is { } listed)
                        {
                            // One designation, implemented by both lists on the day it was made (a date of birth is missing on one side).
                            found.Add(new Candidate(a, b, new EntityLink(ea.Id, eb.Id, LinkKind.NameAndListingDate, $"name \"{name}\", listed on {listed}"), 2));
                            continue;
                        }
                        if (date is null && conflict is null && family == "person" && SameNameSet(buckets, family, ea, eb, clusters, a, b))
                        {
                            found.Add(new Candidate(a, b, new EntityLink(ea.Id, eb.Id, LinkKind.NameSet, $"names \"{string.Join("\", \"", LinkName.KeysOf(ea).Order(StringComparer.Ordinal))}\", held by no other entry"), 1));
                            continue;
                        }
                        // A person (or thing) with no date of birth on either side never links on a name alone.
                        var undated = LinkFacts.DatesOf(ea).Count == 0 && LinkFacts.DatesOf(eb).Count == 0;
                        if (undated && family is "person" or "thing") continue;
                        if (undated)
                        {
                            // Organisations and vessels without dates: a country that both clusters state must agree.
                            var country = SharedCountry(clusters, a, b);
                            var byCountry = new EntityLink(ea.Id, eb.Id, LinkKind.NameAndCountry, $"name \"{name}\", country {country ?? "-"}");
                            if (conflict is null && country is null && family == "organisation" && UniqueName(name, members, clusters, a, b))
                                found.Add(new Candidate(a, b, new EntityLink(ea.Id, eb.Id, LinkKind.UniqueName, $"name \"{name}\", held by no other entry"), 0));
                            else if (conflict is not null || country is null) refused.Add(new RefusedLink(byCountry, conflict ?? "no country in common"));
                            else found.Add(new Candidate(a, b, byCountry, 0));
                            continue;
                        }
                        var link = new EntityLink(ea.Id, eb.Id, LinkKind.NameAndDate, $"name \"{name}\", date {date?.ToString() ?? "-"}");
                        if (conflict is not null || date is null) refused.Add(new RefusedLink(link, conflict ?? "no date in common"));
                        else found.Add(new Candidate(a, b, link, date.Start.Day is not null ? 5 : date.Start.Month is not null ? 4 : 3));
                    }
            }
            found.AddRange(NamesWithin(entities, clusters, refused, seen));
            return found;
        }

        /// <summary>
        /// People born on the same day (a full date on both sides) of whom one's name is all in the other's (UK
        /// "Fedot Tumusov", OFAC "TUMUSOV, Fedot Semonovich"): pairs that no shared whole name proposed.
        /// </summary>
        private static IEnumerable<Candidate> NamesWithin(WatchlistEntity[] entities, Clusters clusters, List<RefusedLink> refused, HashSet<(int, int)> seen)
        {
            var byDay = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < entities.Length; i++)
            {
                if (LinkFacts.Family(entities[i].Schema) != "person") continue;
                foreach (var d in LinkFacts.DatesOf(entities[i]))
                    if (d is { Circa: false, End: null, Start.Day: not null })
                    {
                        var k = d.Start.ToString();
                        if (!byDay.TryGetValue(k, out var list)) byDay[k] = list = [];
                        if (!list.Contains(i)) list.Add(i);
                    }
            }
            foreach (var (day, members) in byDay)
            {
                if (members.Count < 2 || members.Count > MaxNameBucket) continue;
                for (var x = 0; x < members.Count; x++)
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        int a = Math.Min(members[x], members[y]), b = Math.Max(members[x], members[y]);
                        var (ea, eb) = (entities[a], entities[b]);
                        if (ea.Dataset == eb.Dataset || clusters.Same(a, b) || !seen.Add((a, b))) continue;
                        if (NameWithin(ea, eb) is not { } name) continue;
                        var link = new EntityLink(ea.Id, eb.Id, LinkKind.NameWithinAndDate, $"name \"{name.Shorter}\" within \"{name.Longer}\", born {day}");
                        if (LinkFacts.Conflict(ea, eb) is { } conflict) refused.Add(new RefusedLink(link, conflict));
                        else yield return new Candidate(a, b, link, -1); // tried last: the other kinds say more
                    }
            }
        }

        /// <summary>A name of one entry whose words, two at least, are all words of a longer name of the other; null when none.</summary>
        private static (string Shorter, string Longer)? NameWithin(WatchlistEntity ea, WatchlistEntity eb)
        {
            foreach (var ka in LinkName.KeysOf(ea))
                foreach (var kb in LinkName.KeysOf(eb))
                {
                    var (wa, wb) = (ka.Split(' '), kb.Split(' '));
                    if (wa.Length < wb.Length && wa.All(wb.Contains)) return (ka, kb);
                    if (wb.Length < wa.Length && wb.All(wa.Contains)) return (kb, ka);
                }
            return null;
        }

        /// <summary>
        /// Two people whose every name is the other's (two names at least, or one of three words), when no other entry
        /// of their lists holds any of these names, nor an entry of another list whose facts contradict either.
        /// </summary>
        private static bool SameNameSet(Dictionary<string, List<int>> buckets, string family, WatchlistEntity ea, WatchlistEntity eb, Clusters clusters, int a, int b)
        {
            var keys = LinkName.KeysOf(ea);
            var other = LinkName.KeysOf(eb);
            if (keys.Count != other.Count || !keys.All(other.Contains)) return false;
            if (keys.Count == 1 && keys[0].Count(c => c == ' ') < MinUniqueNameWords - 1) return false;
            foreach (var key in keys)
                foreach (var h in buckets[family + "|" + key])
                {
                    if (clusters.Same(h, a) || clusters.Same(h, b)) continue;
                    // Another entry of either list, or one whose facts contradict either side, is another person of that name.
                    var holder = clusters.Entity(h);
                    if (holder.Dataset == ea.Dataset || holder.Dataset == eb.Dataset || LinkFacts.Conflict(holder, ea) is not null || LinkFacts.Conflict(holder, eb) is not null) return false;
                }
            return true;
        }

        /// <summary>
        /// An organisation's full name of three words and fifteen letters or more that only the entries of these two
        /// clusters hold, when one of them states no country (two that state countries must share one).
        /// </summary>
        private static bool UniqueName(string name, List<int> holders, Clusters clusters, int a, int b)
        {
            if (name.Count(c => c == ' ') < MinUniqueNameWords - 1 || name.Count(char.IsLetter) < MinUniqueNameLetters) return false;
            foreach (var h in holders)
                if (!clusters.Same(h, a) && !clusters.Same(h, b)) return false;
            return !HasCountry(clusters, a) || !HasCountry(clusters, b);
        }

        private static bool HasCountry(Clusters clusters, int i) =>
            clusters.MembersOf(i).Any(m => clusters.Entity(m).Countries.Count > 0 || clusters.Entity(m).Nationalities.Count > 0);

        /// <summary>A country (of nationality, residence, incorporation) stated in both entries' clusters, or null.</summary>
        private static string? SharedCountry(Clusters clusters, int a, int b)
        {
            var left = clusters.MembersOf(a).SelectMany(i => clusters.Entity(i).Countries.Concat(clusters.Entity(i).Nationalities)).ToHashSet(StringComparer.Ordinal);
            return clusters.MembersOf(b).SelectMany(i => clusters.Entity(i).Countries.Concat(clusters.Entity(i).Nationalities))
                .Where(left.Contains).Order(StringComparer.Ordinal).FirstOrDefault();
        }

        /// <summary>
        /// A cluster that agrees with two clusters that cannot be one target (entries of one list, two UN
        /// references) is linked to neither: the name and date do not say which.
        /// </summary>
        private static Dictionary<(int, int), string> Ambiguous(List<Candidate> candidates, Clusters clusters)
        {
            var partners = new Dictionary<int, List<int>>();
            var listing = new Dictionary<(int, int), Listing>();
            foreach (var c in candidates)
            {
                int ra = clusters.Root(c.A), rb = clusters.Root(c.B);
                AddPartner(partners, ra, rb);
                AddPartner(partners, rb, ra);
                if (LinkFacts.ListedOn(clusters.Entity(c.A)) is not null && LinkFacts.ListedOn(clusters.Entity(c.B)) is not null)
                    listing[Pair(ra, rb)] = listing.GetValueOrDefault(Pair(ra, rb)) | (LinkFacts.SameListingDay(clusters.Entity(c.A), clusters.Entity(c.B)) is not null ? Listing.Same : Listing.Other);
            }
            var result = new Dictionary<(int, int), string>();
            foreach (var (root, list) in partners)
                for (var x = 0; x < list.Count; x++)
                    for (var y = x + 1; y < list.Count; y++)
                        if (clusters.RootConflict(list[x], list[y]) is { } why)
                        {
                            var reason = $"ambiguous: {clusters.Entity(root).Id} matches both {clusters.Entity(list[x]).Id} and {clusters.Entity(list[y]).Id} ({why})";
                            // Listed on the same day as one and on another day than the other: the day says which.
                            var (lx, ly) = (listing.GetValueOrDefault(Pair(root, list[x])), listing.GetValueOrDefault(Pair(root, list[y])));
                            if (!(lx.HasFlag(Listing.Same) && ly == Listing.Other)) result.TryAdd(Pair(root, list[x]), reason);
                            if (!(ly.HasFlag(Listing.Same) && lx == Listing.Other)) result.TryAdd(Pair(root, list[y]), reason);
                        }
            return result;
        }

        /// <summary>What the listing dates of the matched entries of two clusters say: some on the same day, some on others.</summary>
        [Flags]
        private enum Listing { None = 0, Same = 1, Other = 2 }

        private static void AddPartner(Dictionary<int, List<int>> partners, int root, int partner)
        {
            if (!partners.TryGetValue(root, out var list)) partners[root] = list = [];
            if (!list.Contains(partner)) list.Add(partner);
        }

        /// <summary>
        /// Null when every strong cluster of one side agrees directly with every one of the other. A side whose
        /// UN entry the candidate reaches counts as that entry's strong cluster alone: agreeing with the UN's
        /// designation is what places an entry in its target, whatever evidence brought the other members there.
        /// </summary>
        private static string? Unlinked(Clusters clusters, int[] strongRoot, HashSet<(int, int)> agreeing, Candidate c)
        {
            var left = Side(clusters, strongRoot, c.A);
            var right = Side(clusters, strongRoot, c.B);
            foreach (var l in left)
                foreach (var r in right)
                    if (!agreeing.Contains(Pair(l, r)))
                        return $"not transitive: {clusters.Entity(l).Id} and {clusters.Entity(r).Id} share no name and date";
            return null;
        }

        private static int[] Side(Clusters clusters, int[] strongRoot, int entry)
        {
            var members = clusters.MembersOf(entry);
            foreach (var m in members)
                if (clusters.Entity(m).Dataset == Datasets.UnSc && strongRoot[m] == strongRoot[entry]) return [strongRoot[m]];
            return members.Select(i => strongRoot[i]).Distinct().ToArray();
        }

        private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);
    }
}
