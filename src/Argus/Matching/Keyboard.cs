namespace Argus.Matching;

/// <summary>Neighbouring letters on a QWERTY keyboard (QWERTZ and AZERTY swap y/z and a/q/w/z, which are added): a finger that slips hits one of them.</summary>
public static class Keyboard
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    // For each letter a-z, the bit set of its neighbours (same row either side, the row above and below at the same or next place).
    private static readonly int[] Neighbours = Build();

    /// <summary>Whether two lower-case letters are neighbours on the keyboard.</summary>
    public static bool Near(char a, char b) =>
        a is >= 'a' and <= 'z' && b is >= 'a' and <= 'z' && (Neighbours[a - 'a'] & (1 << (b - 'a'))) != 0;

    private static int[] Build()
    {
        var n = new int[26];
        void Link(char x, char y) { n[x - 'a'] |= 1 << (y - 'a'); n[y - 'a'] |= 1 << (x - 'a'); }
        for (var r = 0; r < Rows.Length; r++)
            for (var i = 0; i < Rows[r].Length; i++)
            {
                if (i + 1 < Rows[r].Length) Link(Rows[r][i], Rows[r][i + 1]);
                if (r + 1 < Rows.Length)
                {
                    // A key touches the two keys below it: the one at its place and the one before (rows are staggered).
                    if (i < Rows[r + 1].Length) Link(Rows[r][i], Rows[r + 1][i]);
                    if (i > 0 && i - 1 < Rows[r + 1].Length) Link(Rows[r][i], Rows[r + 1][i - 1]);
                }
            }
        Link('y', 'z');
        Link('a', 'q');
        Link('w', 'z');
        return n;
    }
}
