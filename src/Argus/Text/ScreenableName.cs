using Argus.Model;

namespace Argus.Text;

/// <summary>
/// Whether a name found in a text could be a listed name at all. Screening dominates the cost of a scan, so a
/// single word that is a common noun ("Investigators"), a word for a body or a role alone ("Guard",
/// "Ministry"), a plural nationality ("Ukrainians") or a compound adjective ("Tehran-based") is not screened:
/// no list names a target by such a word alone.
/// </summary>
public static class ScreenableName
{
    private static readonly string[] AdjectiveSuffixes = ["based", "backed", "born", "led", "owned", "run", "linked", "made", "controlled", "funded", "registered", "flagged", "style", "era"];

    public static bool Could(TextEntity entity, Gazetteer gazetteer)
    {
        // "Nobel Prize", "Gulf War": events, awards and works are not listed targets.
        if (entity.Mentions.All(m => m.Cue == "event or work")) return false;
        if (entity.Variants.Any(v => CoreferenceResolver.Words(v).Length >= 2)) return true;
        if (entity.Mentions.All(m => m.Cue == "common noun")) return false;
        return entity.Variants.Any(v => CouldBeOneWord(v, gazetteer));
    }

    private static bool CouldBeOneWord(string word, Gazetteer gazetteer)
    {
        var w = word.Trim();
        if (w.Length == 0) return false;
        if (gazetteer.OrganizationWords.Contains(w) || gazetteer.Titles.ContainsKey(w) || gazetteer.IsCommonWord(w)) return false;
        if (w.Length > 3 && w[^1] == 's' && (Countries.FromDemonym(w[..^1]) is not null || gazetteer.FindPlace(w[..^1])?.Kind == PlaceKind.Nationality)) return false;
        var dash = w.LastIndexOf('-');
        if (dash > 0 && dash + 1 < w.Length && AdjectiveSuffixes.Contains(w[(dash + 1)..], StringComparer.Ordinal)) return false;
        return true;
    }
}
