using System.Globalization;
using System.Text;
using Argus.Model;

namespace Argus.Linking;

/// <summary>
/// The normalised form of a name that name-and-date links compare: letters and digits only, lower case,
/// without accents, its words sorted ("LAVROV, Sergei Viktorovich" = "Sergei Viktorovich LAVROV").
/// No spelling variants: the date and the other facts decide only between names written alike.
/// </summary>
public static class LinkName
{
    /// <summary>The key of a name, or null when it has fewer than two words (too common to link on).</summary>
    public static string? Key(string name)
    {
        var words = new List<string>(4);
        var sb = new StringBuilder(name.Length);
        // Most list names are ASCII, which decomposition leaves as it is.
        foreach (var ch in System.Text.Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch is '\'' or '’' or '‘' or 'ʼ' or '`') { /* "Pyo'ng": one word */ }
            else Flush();
        }
        Flush();
        if (words.Count < 2) return null;
        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);

        void Flush()
        {
            if (sb.Length > 0) words.Add(sb.ToString());
            sb.Clear();
        }
    }

    /// <summary>The distinct keys of an entry's names; weak aliases are left out (too loose to link on).</summary>
    public static IReadOnlyList<string> KeysOf(WatchlistEntity entity)
    {
        var keys = new List<string>(entity.Names.Count);
        foreach (var n in entity.Names)
            if (n.Kind != NameKind.WeakAlias && Key(n.Full) is { } k && !keys.Contains(k)) keys.Add(k);
        return keys;
    }
}
