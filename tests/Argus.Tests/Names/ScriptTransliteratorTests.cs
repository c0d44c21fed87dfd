using Argus.Names;

namespace Argus.Tests.Names;

public class ScriptTransliteratorTests
{
    [Theory]
    [InlineData("Александр", NameScript.Cyrillic, "Aleksandr")]
    [InlineData("Саляєв", NameScript.Cyrillic, "Salyayev")]
    [InlineData("Алёшина", NameScript.Cyrillic, "Alyoshina")]
    [InlineData("Παπαδόπουλος", NameScript.Greek, "Papadopoulos")]
    public void A_word_reads_the_same_every_time_it_is_met(string word, NameScript script, string latin)
    {
        // The first reading goes through ICU, later ones come from the words already read: both must agree.
        Assert.Equal(latin, ScriptTransliterator.ToLatin(word, script), ignoreCase: true);
        Assert.Equal(latin, ScriptTransliterator.ToLatin(word, script), ignoreCase: true);
        Assert.Equal(latin, ScriptTransliterator.ToLatin(new string(word.AsSpan()), script), ignoreCase: true);
    }

    [Fact]
    public void The_same_letters_in_two_scripts_are_two_words()
    {
        // The cache is keyed by script as well as text: a word read as Cyrillic is not reused for another script.
        var cyrillic = ScriptTransliterator.ToLatin("Петров", NameScript.Cyrillic);
        var other = ScriptTransliterator.ToLatin("Петров", NameScript.Other);
        Assert.Equal("Petrov", cyrillic, ignoreCase: true);
        Assert.False(string.IsNullOrEmpty(other));
    }
}
