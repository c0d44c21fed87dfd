using Argus.Matching;
using Argus.Model;

namespace Argus.Text;

/// <summary>
/// Screens the entities of a text in context. Organisations go first, so that a person's role organisation
/// ("Marshal of the Korean People's Army") lends the person the countries of its listing. People are
/// screened as Person, organisations as Organization, unknown capitalised names of two words or more as any
/// schema (so that a listed name the recogniser could not type is still found, and takes the listing's type),
/// and so is one word that only its context typed; places are never screened.
///
/// Choice of matches: of the screener's results at or above the threshold, the best of each dataset, if it
/// lies within <see cref="ScanOptions.MatchMargin"/> of the entity's best score (one real person or company
/// appears once per list; a list without them must not contribute a namesake). Then up to
/// <see cref="ScanOptions.NearMisses"/> results that were not chosen, marked as no match, to show the reviewer
/// what came closest.
/// </summary>
public sealed class EntityScreening(IScreener screener, ScanOptions options)
{
    public List<ScannedEntity> ScreenAll(IReadOnlyList<TextEntity> entities, out bool truncated)
    {
        truncated = false;
        var screenedCount = 0;
        var results = new Dictionary<TextEntity, ScannedEntity>(ReferenceEqualityComparer.Instance);
        var orgCountries = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        // Entities that end up with the same query (same spellings, schema and countries) are screened once.
        var screenedQueries = new Dictionary<string, IReadOnlyList<ScreeningResult>>(StringComparer.Ordinal);
        foreach (var pass in new[] { TextEntityType.Organization, TextEntityType.Person, TextEntityType.Other })
        {
            foreach (var e in entities)
            {
                var type = ScreenedAs(e);
                if (type != pass) continue;
                if (!ShouldScreen(e, type))
                {
                    results[e] = new ScannedEntity(e, []);
                    continue;
                }
                if (screenedCount >= options.MaxScreenedEntities)
                {
                    truncated = true;
                    results[e] = new ScannedEntity(e, []);
                    continue;
                }
                screenedCount++;
                var countries = e.Countries.ToList();
                foreach (var org in e.RoleOrganizations)
                    if (orgCountries.TryGetValue(CoreferenceResolver.NameKey(org), out var cs)) countries.AddRange(cs);
                countries = countries.Distinct().ToList();
                var query = new ScreeningQuery
                {
                    // A declined Russian name is screened in the nominative too ("Путиным" → "Путин").
                    Names = e.Variants.Concat(e.Variants.SelectMany(RussianNameForms.Nominatives)).Distinct(StringComparer.Ordinal).ToList(),
                    Schema = type switch
                    {
                        TextEntityType.Person => EntitySchema.Person,
                        TextEntityType.Organization => EntitySchema.Organization,
                        _ => EntitySchema.Thing,
                    },
                    Countries = countries,
                };
                var queryKey = $"{query.Schema}\u0001{string.Join('\u0002', query.Names)}\u0001{string.Join(',', query.Countries)}";
                if (!screenedQueries.TryGetValue(queryKey, out var ranked))
                    screenedQueries[queryKey] = ranked = screener.Screen(query, new ScreeningOptions { Threshold = options.Threshold, Limit = 25 });
                var chosen = Choose(ranked, countries);
                if (IsSingleWord(e))
                {
                    // One word rarely identifies anyone: a lone given or family name ("Hamza") never flags, and a
                    // lone other word ("al-Qaida", "KOMID") only when it is a listed name itself.
                    var keys = e.Variants.Select(CoreferenceResolver.NameKey).ToHashSet(StringComparer.Ordinal);
                    var person = e.Type == TextEntityType.Person && type == TextEntityType.Person;
                    // A word typed only by its context may name a listed organisation or vessel, never a person.
                    var byContext = type != e.Type;
                    chosen = chosen.Select(r => r.Match && (person || (byContext && r.Entity.Schema == EntitySchema.Person)
                            || !keys.Contains(CoreferenceResolver.NameKey(r.Explanation.MatchedName)))
                        ? r with { Match = false, Explanation = r.Explanation with { Summary = r.Explanation.Summary + (person
                            ? " Not flagged: the text gives this person a single name only."
                            : " Not flagged: a single word counts only when it is the listed name itself.") } }
                        : r).ToList();
                }
                var entity = e;
                if (type == TextEntityType.Other && chosen.FirstOrDefault(r => r.Match) is { } hit)
                {
                    // A listed name found in the text takes the listing's type.
                    entity = e with
                    {
                        Type = hit.Entity.Schema == EntitySchema.Person ? TextEntityType.Person : TextEntityType.Organization,
                        Mentions = e.Mentions.Select(m => m with { Cue = "list name" }).ToList(),
                    };
                }
                if (e.Type == TextEntityType.Organization)
                {
                    var top = chosen.Where(r => r.Match).SelectMany(r => r.Entity.Countries.Concat(r.Entity.Nationalities)).Distinct().ToList();
                    if (top.Count > 0)
                        foreach (var v in e.Variants) orgCountries[CoreferenceResolver.NameKey(v)] = top;
                }
                results[e] = new ScannedEntity(entity, chosen) { Screened = true, QueryCountries = countries };
            }
        }
        foreach (var e in entities)
            if (!results.ContainsKey(e)) results[e] = new ScannedEntity(e, []);
        return entities.Select(e => results[e]).ToList();
    }

    /// <summary>
    /// The kind a text entity is screened as. One word that only its context typed (it speaks: "Hezbollah said"; it
    /// follows "at": "officials at Rosneft") is of unknown kind: companies and groups speak and have offices too.
    /// It is screened as an unknown name, so that a listed organisation named alone is found and takes its type.
    /// </summary>
    private static TextEntityType ScreenedAs(TextEntity e) =>
        e.Type is TextEntityType.Person or TextEntityType.Location && e.PlaceKind is null && IsSingleWord(e)
            && e.Mentions.All(m => m.Cue is "speaker" or "after a preposition of place" or "place context")
            ? TextEntityType.Other
            : e.Type;

    private static bool ShouldScreen(TextEntity e, TextEntityType type) => type switch
    {
        TextEntityType.Person => ScreenableName.Could(e, Gazetteer.Default),
        TextEntityType.Organization => ScreenableName.Could(e, Gazetteer.Default),
        TextEntityType.Other => (e.Variants.Any(v => CoreferenceResolver.Words(v).Length >= 2) || e.Variants.Any(v => v.Length >= 3))
            && ScreenableName.Could(e, Gazetteer.Default),
        _ => false,
    };

    /// <summary>One word, or one word and initials where the family name should be: "Thomas L." names no one more than "Thomas" ("A. Q. Khan" does).</summary>
    private static bool IsSingleWord(TextEntity e) =>
        e.Variants.All(v => CoreferenceResolver.Words(v) is var words
            && (words.Length == 1 || (words[^1].TrimEnd('.').Length == 1 && words.Count(w => w.TrimEnd('.').Length > 1) <= 1)));

    private List<ScreeningResult> Choose(IReadOnlyList<ScreeningResult> ranked, IReadOnlyList<string> textCountries)
    {
        // The text's own nationality for the entity, when every listing of the candidate says another, asks for more.
        var demoted = new Dictionary<ScreeningResult, string>(ReferenceEqualityComparer.Instance);
        foreach (var r in ranked)
        {
            if (!r.Match || r.Score >= options.ConflictingCountryThreshold || !CountriesConflict(textCountries, r.Entity)) continue;
            demoted[r] = $"Not flagged: the text makes it {string.Join("/", textCountries)}, the listing {string.Join("/", ListedCountries(r.Entity))}; "
                + $"with that conflict a match needs {options.ConflictingCountryThreshold:0.00}.";
        }
        var candidates = ranked.Where(r => r.Match && !demoted.ContainsKey(r)).ToList();
        var chosen = new List<ScreeningResult>();
        if (candidates.Count > 0)
        {
            var top = candidates[0];
            var datasets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in candidates)
            {
                if (r.Score < top.Score - options.MatchMargin || !SameTarget(top.Entity, r.Entity) || !datasets.Add(r.Entity.Dataset)) continue;
                chosen.Add(r);
            }
        }
        var best = chosen.Count > 0 ? chosen[0] : null;
        foreach (var r in ranked)
        {
            if (chosen.Count(c => !c.Match) >= options.NearMisses) break;
            if (chosen.Contains(r)) continue;
            if (!r.Match)
            {
                chosen.Add(r);
                continue;
            }
            var why = demoted.TryGetValue(r, out var d) ? d : NotChosen(r, best);
            chosen.Add(r with { Match = false, Explanation = r.Explanation with { Summary = r.Explanation.Summary + " " + why } });
        }
        return chosen;
    }

    /// <summary>
    /// Whether a dataset's best candidate is the same target as the overall best: listings of one person agree on
    /// the schema and, where both state them, on the years of birth ("Usama bin Ladin" is not his son Hamza).
    /// </summary>
    private static bool SameTarget(WatchlistEntity best, WatchlistEntity other)
    {
        if (ReferenceEquals(best, other)) return true;
        if ((best.Schema == EntitySchema.Person) != (other.Schema == EntitySchema.Person)) return false;
        if (best.BirthDates.Count == 0 || other.BirthDates.Count == 0) return true;
        return best.BirthDates.Any(a => other.BirthDates.Any(b => YearsOverlap(a, b)));
    }

    private static bool YearsOverlap(FuzzyDate a, FuzzyDate b)
    {
        var slack = a.Circa || b.Circa ? 2 : 0;
        var (a0, a1) = (a.Start.Year, (a.End ?? a.Start).Year);
        var (b0, b1) = (b.Start.Year, (b.End ?? b.Start).Year);
        return a0 - slack <= b1 && b0 - slack <= a1;
    }

    private static IEnumerable<string> ListedCountries(WatchlistEntity e) => e.Nationalities.Concat(e.Countries).Distinct();

    private static bool CountriesConflict(IReadOnlyList<string> textCountries, WatchlistEntity e)
    {
        if (textCountries.Count == 0) return false;
        var listed = ListedCountries(e).ToList();
        return listed.Count > 0 && !listed.Intersect(textCountries, StringComparer.OrdinalIgnoreCase).Any();
    }

    private string NotChosen(ScreeningResult r, ScreeningResult? best) =>
        best is null ? "Not flagged."
        : r.Score < best.Score - options.MatchMargin
            ? $"Not flagged: {r.Score:0.00} is more than {options.MatchMargin:0.00} below the best match ({best.Score:0.00}) for this name."
        : !SameTarget(best.Entity, r.Entity)
            ? $"Not flagged: another target than the best match {best.Entity.Caption} ({best.Entity.Id}), by schema or year of birth."
            : $"Not flagged: a better match of the same list ({r.Entity.Dataset}) was chosen.";
}
