using Argus.Matching;
using Argus.Model;

namespace Argus.Text;

/// <summary>
/// Screens the entities of a text in context. Organisations go first, so that a person's role organisation
/// ("Marshal of the Korean People's Army") lends the person the countries of its listing. People are
/// screened as Person, organisations as Organization, unknown capitalised names of two words or more as any
/// schema (so that a listed name the recogniser could not type is still found, and takes the listing's type);
/// places are never screened.
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
        foreach (var pass in new[] { TextEntityType.Organization, TextEntityType.Person, TextEntityType.Other })
        {
            foreach (var e in entities)
            {
                if (e.Type != pass) continue;
                if (!ShouldScreen(e))
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
                    Names = e.Variants,
                    Schema = e.Type switch
                    {
                        TextEntityType.Person => EntitySchema.Person,
                        TextEntityType.Organization => EntitySchema.Organization,
                        _ => EntitySchema.Thing,
                    },
                    Countries = countries,
                };
                var ranked = screener.Screen(query, new ScreeningOptions { Threshold = options.Threshold, Limit = 25 });
                var chosen = Choose(ranked);
                if (IsSingleWord(e))
                {
                    // One word rarely identifies anyone: a lone given or family name ("Hamza") never flags, and a
                    // lone other word ("al-Qaida", "KOMID") only when it is a listed name itself.
                    var keys = e.Variants.Select(CoreferenceResolver.NameKey).ToHashSet(StringComparer.Ordinal);
                    var person = e.Type == TextEntityType.Person;
                    chosen = chosen.Select(r => r.Match && (person || !keys.Contains(CoreferenceResolver.NameKey(r.Explanation.MatchedName)))
                        ? r with { Match = false, Explanation = r.Explanation with { Summary = r.Explanation.Summary + (person
                            ? " Not flagged: the text gives this person a single name only."
                            : " Not flagged: a single word counts only when it is the listed name itself.") } }
                        : r).ToList();
                }
                var entity = e;
                if (e.Type == TextEntityType.Other && chosen.FirstOrDefault(r => r.Match) is { } hit)
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

    private static bool ShouldScreen(TextEntity e) => e.Type switch
    {
        TextEntityType.Person or TextEntityType.Organization => true,
        TextEntityType.Other => e.Variants.Any(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2) || e.Variants.Any(v => v.Length >= 3),
        _ => false,
    };

    private static bool IsSingleWord(TextEntity e) =>
        e.Variants.All(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1);

    private List<ScreeningResult> Choose(IReadOnlyList<ScreeningResult> ranked)
    {
        var chosen = new List<ScreeningResult>();
        var best = ranked.Where(r => r.Match).Select(r => r.Score).DefaultIfEmpty(double.NaN).Max();
        var datasets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in ranked)
        {
            if (!r.Match || r.Score < best - options.MatchMargin || !datasets.Add(r.Entity.Dataset)) continue;
            chosen.Add(r);
        }
        foreach (var r in ranked)
        {
            if (chosen.Count(c => !c.Match) >= options.NearMisses) break;
            if (chosen.Contains(r)) continue;
            chosen.Add(r.Match ? r with { Match = false, Explanation = r.Explanation with { Summary = NotChosen(r, best) } } : r);
        }
        return chosen;
    }

    private string NotChosen(ScreeningResult r, double best) =>
        r.Score < best - options.MatchMargin
            ? $"{r.Explanation.Summary} Not flagged: {r.Score:0.00} is more than {options.MatchMargin:0.00} below the best match ({best:0.00}) for this name."
            : $"{r.Explanation.Summary} Not flagged: a better match of the same list ({r.Entity.Dataset}) was chosen.";
}
