using Argus.Matching;

namespace Argus.Tests.Matching;

public class StringDistanceTests
{
    [Theory]
    [InlineData("putin", "putin", 0)]
    [InlineData("putin", "putim", 1)]
    [InlineData("putin", "uptin", 1)]
    [InlineData("kim", "kimm", 1)]
    [InlineData("abdulrahman", "abdurahman", 1)]
    [InlineData("jong", "chong", 2)]
    public void Damerau_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, StringDistance.Damerau(a, b, 2));
        Assert.Equal(expected, StringDistance.Damerau(b, a, 2));
    }

    [Fact]
    public void Damerau_says_only_max_plus_one_beyond_max()
    {
        Assert.Equal(2, StringDistance.Damerau("kuznetsov", "petrov", 1));
        Assert.Equal(3, StringDistance.Damerau("aleksandr", "alexandra", 2));
    }

    // The distance is worked out only near the diagonal: it must equal the full table's wherever that is
    // at most max, and exceed max wherever the full table's does.
    [Fact]
    public void Damerau_agrees_with_the_full_table_on_random_tokens()
    {
        var random = new Random(7);
        const string letters = "abcdehiklmnorsu";
        for (var k = 0; k < 20_000; k++)
        {
            var a = Word(random, letters);
            var b = random.Next(3) == 0 ? Mutate(random, a, letters) : Word(random, letters);
            var full = FullTable(a, b);
            for (var max = 0; max <= 3; max++)
            {
                var banded = StringDistance.Damerau(a, b, max);
                if (full <= max) Assert.True(banded == full, $"{a} / {b}, max {max}: {banded} against {full}");
                else Assert.True(banded > max, $"{a} / {b}, max {max}: {banded} against {full}");
            }
        }
    }

    private static string Word(Random random, string letters)
    {
        var chars = new char[random.Next(1, 11)];
        for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
        return new string(chars);
    }

    private static string Mutate(Random random, string word, string letters)
    {
        var chars = new List<char>(word);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, letters[random.Next(letters.Length)]); break;
                case 1 when at < chars.Count && chars.Count > 1: chars.RemoveAt(at); break;
                case 2 when at < chars.Count: chars[at] = letters[random.Next(letters.Length)]; break;
                case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }
        return new string([.. chars]);
    }

    // Optimal string alignment over the whole table.
    private static int FullTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
