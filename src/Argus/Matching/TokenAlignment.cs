using Argus.Names;

namespace Argus.Matching;

/// <summary>
/// The token pairing both name scorers share: greedy best-first pairing of token similarities, the weight of a
/// pair, and one token against two neighbours written as one.
/// </summary>
internal sealed class TokenAlignment(TokenWeights weights)
{
    public void AlignGreedy(NameToken[] q, NameToken[] c, Span<TokenSimilarity> sims, Span<bool> qUsed, Span<bool> cUsed, List<TokenPair> pairs, bool withInitials)
    {
        var n = q.Length;
        var m = c.Length;
        while (true)
        {
            var best = -1;
            var bestScore = 0.0;
            var bestSkew = double.MaxValue;
            for (var i = 0; i < n; i++)
            {
                if (qUsed[i]) continue;
                for (var j = 0; j < m; j++)
                {
                    if (cUsed[j]) continue;
                    var sim = sims[i * m + j];
                    var s = sim.Score;
                    if (s <= 0 || s < bestScore || !withInitials && sim.Rule == TokenRule.Initial) continue;
                    var skew = Math.Abs((double)i / n - (double)j / m);
                    if (s > bestScore || skew < bestSkew) { best = i * m + j; bestScore = s; bestSkew = skew; }
                }
            }
            if (best < 0) break;
            var bi = best / m;
            var bj = best % m;
            qUsed[bi] = cUsed[bj] = true;
            pairs.Add(new TokenPair(bi, bj, sims[best], PairWeight(q[bi], c[bj])));
        }
    }

    // Neighbours written as one recur across queries ("abdul" + "rahman"): their sound key, the
    // costliest step of a joined comparison, is worked out once per spelling (up to a bound), and
    // looked up without building the joined string.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> JoinedKeys = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> JoinedKeysBySpan = JoinedKeys.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int JoinedKeyLimit = 100_000;
    // ConcurrentDictionary.Count takes every lock of the table: the entries added are counted here instead.
    private static int joinedKeyCount;

    public static string JoinedKey(ReadOnlySpan<char> joined)
    {
        if (JoinedKeysBySpan.TryGetValue(joined, out var key)) return key;
        var text = joined.ToString();
        key = SoundKeys.Key(text);
        if (Volatile.Read(ref joinedKeyCount) < JoinedKeyLimit && JoinedKeys.TryAdd(text, key)) Interlocked.Increment(ref joinedKeyCount);
        return key;
    }

    // A handful of pairs: sorted in place, without the comparer delegate a list sort allocates per call.
    public static void SortByQuery(Span<TokenPair> pairs)
    {
        for (var i = 1; i < pairs.Length; i++)
        {
            var p = pairs[i];
            var k = i - 1;
            while (k >= 0 && pairs[k].Query > p.Query) { pairs[k + 1] = pairs[k]; k--; }
            pairs[k + 1] = p;
        }
    }

    public double PairWeight(NameToken q, NameToken c) =>
        c.Role == TokenRole.Initial || q.Role == TokenRole.Initial ? weights.Weight(q.Role == TokenRole.Initial ? c : q) * 0.5 : weights.Weight(c);

    /// <summary>
    /// One token against two names and the Arabic article between them written as one, the article as
    /// written ("Shamsurrahman" / "Shams ur-Rahman") or assimilated to the consonant after it ("Nasreddin" /
    /// "Nasr al-Din"), within the edits a typo of that length allows.
    /// </summary>
    public static double CompareArticleJoined(NameToken one, NameToken first, NameToken article, NameToken second)
    {
        if (first.Role != TokenRole.Name || second.Role != TokenRole.Name || first.Text.Length < 2 || second.Text.Length < 2 || !char.IsAsciiLetter(second.Text[0])) return 0;
        var a = one.Text;
        // Both spellings are built on the stack: this runs inside the comparisons of a screen.
        var length = first.Text.Length + article.Text.Length + second.Text.Length;
        Span<char> written = length <= 128 ? stackalloc char[length] : new char[length];
        first.Text.CopyTo(written);
        article.Text.CopyTo(written[first.Text.Length..]);
        second.Text.CopyTo(written[(first.Text.Length + article.Text.Length)..]);
        var assimilatedLength = first.Text.Length + 2 + second.Text.Length;
        Span<char> assimilated = assimilatedLength <= 128 ? stackalloc char[assimilatedLength] : new char[assimilatedLength];
        first.Text.CopyTo(assimilated);
        assimilated[first.Text.Length] = article.Text[0];
        assimilated[first.Text.Length + 1] = second.Text[0];
        second.Text.CopyTo(assimilated[(first.Text.Length + 2)..]);
        if (written.SequenceEqual(a) || assimilated.SequenceEqual(a)) return 0.95;
        var allowed = TokenComparer.AllowedEdits(a.Length);
        if (allowed == 0) return 0;
        var d = Math.Min(StringDistance.Damerau(a, written, allowed), StringDistance.Damerau(a, assimilated, allowed));
        return d > allowed ? 0 : d == 1 ? 0.85 : 0.75;
    }

    /// <summary>One token against two neighbours written as one ("Abdulrahman" / "Abdul Rahman", "Chunryong" / 춘룡).</summary>
    public static double CompareJoined(NameToken one, NameToken first, NameToken second)
    {
        // An article after a name ("Abd al-") is joined only by names written in an abjad ("عبدال").
        if (first.Role is not (TokenRole.Name or TokenRole.Particle) || second.Role != TokenRole.Name && !(second.Role == TokenRole.Particle && NameParser.IsAbjad(one.Script))) return 0;
        var a = one.Text;
        var length = first.Text.Length + second.Text.Length;
        Span<char> joined = length <= 128 ? stackalloc char[length] : new char[length];
        first.Text.CopyTo(joined);
        second.Text.CopyTo(joined[first.Text.Length..]);
        ReadOnlySpan<char> b = joined;
        if (b.SequenceEqual(a)) return 0.95;
        // The article glued without its vowel: "Lazhar" / "al-Azhar", "Lakhdar" / "el Akhdar".
        if (first.Role == TokenRole.Particle && first.Key == "al" && a.Length > 3 && a[0] == 'l' && second.Text.Length >= 3
            && (a.AsSpan(1).SequenceEqual(second.Text) || JoinedKey(a.AsSpan(1)) == second.Key))
            return 0.9;
        if (KoreanReadings.SpellsInTurn(a, first.Syllables, second.Syllables)) return 0.93;
        var allowed = TokenComparer.AllowedEdits(Math.Min(a.Length, b.Length));
        if (allowed > 0)
        {
            var d = StringDistance.Damerau(a, b, allowed);
            if (d <= allowed) return d == 1 ? 0.85 : 0.75;
        }
        // By sound key only when the two spellings are about as long: keys drop letters ("Ye-eun" is not "Yun").
        // (The lengths are compared first: the key of the joined spelling is the costly part.)
        if (Math.Abs(a.Length - b.Length) <= 1 && one.Key == JoinedKey(b)) return 0.9;
        if (NameParser.IsAbjad(one.Script) && !NameParser.IsAbjad(first.Script) && one.Skeleton.Length >= 3 && ConsonantSkeleton.Reads(one.Source, b.ToString())) return 0.85;
        if (NameParser.IsAbjad(first.Script) && NameParser.IsAbjad(second.Script) && !NameParser.IsAbjad(one.Script) && one.Skeleton.Length >= 3
            && ConsonantSkeleton.Reads(first.Source + second.Source, one.Text)) return 0.85;
        return 0;
    }
}
