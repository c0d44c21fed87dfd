using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

// Slips of the hand and of the scan: a word no one is called against a name lowers the score a little; two
// names close in their letters stay two names. The words here are made up (Vorlamid, Tresquin), or names the
// population table counts (Karel, Karen, Mahmoud, Hasan).
public class SlipTests
{
    private static NameToken Token(string text) => NameParser.Named(text, text, NameScript.Latin);

    private static double Score(string q, string c) => NameComparer.Default.Compare(NameParser.Parse(q), NameParser.Parse(c)).Score;

    [Theory]
    [InlineData("5ORVATEL", "sorvatel")]
    [InlineData("0rlavid", "orlavid")]
    [InlineData("TRE8QUIN", "trebquin")]
    [InlineData("lRVOLAND", "irvoland")]   // a small l in a word written in capitals is a capital I
    [InlineData("VORlAMID", "voriamid")]
    public void Digits_and_a_small_l_that_stand_for_letters_are_read_as_the_letters(string word, string text) =>
        Assert.Equal(text, NameParser.Parse(word + " Tresquin").Tokens[0].Text);

    [Theory]
    [InlineData("1st", "1")]
    [InlineData("12", "12")]
    [InlineData("B52", "b52")]      // more digits than letters: a model number, not a misread word
    public void Numbers_stay_numbers(string word, string text) =>
        Assert.Equal(text, NameParser.Parse("Vorlamid Trading " + word).Tokens[^1].Text);

    [Fact]
    public void A_word_in_small_letters_keeps_its_l() =>
        Assert.Equal("lorvamid", NameParser.Parse("lorvamid Tresquin").Tokens[0].Text);

    [Theory]
    [InlineData("vorrnadel", "vormadel")]   // rn / m
    [InlineData("tresclin", "tresdin")]     // cl / d
    [InlineData("kovarian", "kovanan")]     // ri / n
    [InlineData("biirvan", "burvan")]       // ii / u
    [InlineData("llvoran", "ilvoran")]      // l / i at the first letter
    public void Letters_a_scan_misreads_fold_to_one_spelling(string a, string b)
    {
        Assert.Equal(OcrLetters.Fold(a), OcrLetters.Fold(b));
        var s = TokenComparer.Compare(Token(a), Token(b));
        Assert.Equal(TokenRule.Typo, s.Rule);
        Assert.Equal(TokenComparer.OcrScore, s.Score);
    }

    [Fact]
    public void Keyboard_neighbours_are_the_keys_around_a_key()
    {
        Assert.True(Keyboard.Near('n', 'm'));
        Assert.True(Keyboard.Near('k', 'j'));
        Assert.True(Keyboard.Near('o', 'p'));
        Assert.True(Keyboard.Near('g', 'h'));
        Assert.True(Keyboard.Near('e', 'd'));
        Assert.False(Keyboard.Near('m', 's'));
        Assert.False(Keyboard.Near('r', 'v'));
    }

    [Theory]
    [InlineData("nohavrel", "mohavrel", 1)]    // a neighbour on the keyboard
    [InlineData("tresquin", "trasquin", 1)]    // a vowel for a vowel
    [InlineData("tresquin", "trepquin", 2)]    // any other letter replaced
    [InlineData("tresquin", "tresqiun", 1)]    // swapped
    [InlineData("tresquin", "tresquinn", 1)]   // added
    public void Slips_cost_by_kind(string a, string b, int cost)
    {
        Assert.Equal(cost, StringDistance.SlipCost(a, b, 3));
        Assert.Equal(cost, StringDistance.SlipCost(b, a, 3));
    }

    // The cost is worked out only near the diagonal: it must equal the full table's wherever that is at most
    // max, and exceed max wherever the full table's does.
    [Fact]
    public void Slip_cost_agrees_with_the_full_table_on_random_tokens()
    {
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? RandomWord(random) : Mutate(a, random);
            var full = FullCost(a, b);
            for (var max = 1; max <= 3; max++)
            {
                var banded = StringDistance.SlipCost(a, b, max);
                if (full <= max) Assert.Equal(full, banded);
                else Assert.True(banded > max, $"{a} / {b} max {max}: {banded}, full {full}");
            }
        }
    }

    private static string RandomWord(Random r) => new([.. Enumerable.Range(0, r.Next(1, 12)).Select(_ => "aeiosnrtkmdbq"[r.Next(13)])]);

    private static string Mutate(string a, Random r)
    {
        var chars = a.ToList();
        for (var k = r.Next(1, 4); k > 0 && chars.Count > 1; k--)
        {
            var at = r.Next(chars.Count);
            switch (r.Next(3))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, "aeiosnrtkmdbq"[r.Next(13)]); break;
                default: chars[at] = "aeiosnrtkmdbq"[r.Next(13)]; break;
            }
        }
        return new string([.. chars]);
    }

    private static int FullCost(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var x = a[i - 1]; var y = b[j - 1];
                var sub = x == y ? 0 : Keyboard.Near(x, y) || "aeiouy".Contains(x) && "aeiouy".Contains(y) ? 1 : 2;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + sub);
                if (i > 1 && j > 1 && x == b[j - 2] && a[i - 2] == y) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [Fact]
    public void Two_names_replacing_letters_cost_more_than_the_budget() =>
        Assert.True(StringDistance.SlipCost("marchenko", "savchenko", 2) > 2);

    [Fact]
    public void A_slip_lowers_the_score_less_in_a_long_token_and_more_with_each_slip()
    {
        Assert.True(TokenComparer.SlipScore(1, 10) > TokenComparer.SlipScore(1, 5));
        Assert.True(TokenComparer.SlipScore(1, 5) > TokenComparer.SlipScore(2, 5));
        Assert.True(TokenComparer.SlipScore(3, 12) > 0.75);
        Assert.Equal(0, TokenComparer.SlipEdits(3));
        Assert.Equal(1, TokenComparer.SlipEdits(4));
        Assert.Equal(2, TokenComparer.SlipEdits(5));
        Assert.Equal(3, TokenComparer.SlipEdits(10));
    }

    [Theory]
    [InlineData("nahmoud", "mahmoud")]       // the first letter replaced by its neighbour
    [InlineData("ahmoud", "mahmoud")]        // the first letter dropped
    [InlineData("haaszn", "hasan")]          // two slips in a short token that keep its last letter
    [InlineData("vorlamixed", "vorlamid")]   // two letters more in a long one
    public void A_word_no_one_is_called_is_a_slip_of_a_name(string a, string b)
    {
        Assert.Equal(TokenRule.Typo, TokenComparer.Compare(Token(a), Token(b)).Rule);
        Assert.Equal(TokenRule.Typo, TokenComparer.Compare(Token(b), Token(a)).Rule);
    }

    [Theory]
    [InlineData("karel", "karen")]       // two names the population counts
    [InlineData("rasva", "rasved")]      // a short token's end changed
    [InlineData("marva", "marvitza")]    // a syllable more in a short name
    [InlineData("tresqin", "bresqin")]   // another first letter, not a neighbour (under 8 letters)
    public void Names_and_short_names_changed_at_their_end_are_not_slips(string a, string b) =>
        Assert.Equal(TokenRule.None, TokenComparer.Compare(Token(a), Token(b)).Rule);

    [Fact]
    public void The_nisba_is_another_name()
    {
        Assert.True(TokenComparer.Nisba("qarvel", "qarveli"));
        Assert.False(TokenComparer.Nisba("hamad", "hamada"));
        Assert.False(TokenComparer.Nisba("korvi", "korvii"));
        Assert.Equal(TokenRule.None, TokenComparer.Compare(Token("qarvel"), Token("qarveli")).Rule);
    }

    [Fact]
    public void One_slip_in_every_long_part_still_matches_in_order_but_not_in_another_order()
    {
        Assert.True(Score("Vorlamix Trebquin", "Vorlamid Tresquin") >= ScoreCalibration.DefaultThreshold);
        Assert.True(Score("Trebquin Vorlamix", "Vorlamid Tresquin") <= NameComparer.SinglePartCap);
        // Short parts: several typos at once are another name.
        Assert.True(Score("Vorl Tesk", "Vorn Tesp") <= NameComparer.SinglePartCap);
    }

    [Fact]
    public void The_score_falls_smoothly_with_the_slips_in_a_name()
    {
        var exact = Score("Vorlamid Tresquin", "Vorlamid Tresquin");
        var one = Score("Vorlamid Tresqin", "Vorlamid Tresquin");
        var two = Score("Vorlamid Trexqiun", "Vorlamid Tresquin");
        Assert.True(exact > one && one > two, $"{exact} {one} {two}");
        Assert.True(two >= ScoreCalibration.DefaultThreshold, $"{two}");
    }
}

// A name built as a chain of fathers' names (nasab) shifted by one place is the parent or the child.
public class ShiftedChainTests
{
    private static double Score(string q, string c) => NameComparer.Default.Compare(NameParser.Parse(q), NameParser.Parse(c)).Score;

    [Theory]
    [InlineData("Zaid Harun Kamal al-Qasrini", "Harun Kamal al-Qasrini")]
    [InlineData("Harun Kamal al-Qasrini", "Zaid Harun Kamal al-Qasrini")]
    public void A_given_name_before_a_whole_chain_is_a_relative(string q, string c) =>
        Assert.True(Score(q, c) <= NameComparer.SinglePartCap, $"{Score(q, c)}");

    [Fact]
    public void A_two_part_name_with_a_first_name_more_is_a_longer_form() =>
        Assert.True(Score("Zaid Harun QASRINI", "QASRINI, Harun") > NameComparer.SinglePartCap);

    [Fact]
    public void A_family_name_after_the_shared_first_name_is_no_chain() =>
        Assert.True(Score("Tomas Alvaro QUINTERO LUGO", "QUINTERO LUGO, Alvaro") > NameComparer.SinglePartCap);
}
