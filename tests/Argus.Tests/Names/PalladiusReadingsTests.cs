using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Tests.Names;

// Invented Chinese names written in Cyrillic by the Palladius system.
public class PalladiusReadingsTests
{
    [Theory]
    [InlineData("Ван Сяомин", "Wang Xiaoming")]
    [InlineData("Чжан Цзяньго", "Zhang Jianguo")]
    [InlineData("Лю Юйсюань", "Liu Yuxuan")]
    [InlineData("Хуан Жэньцзе", "Huang Renjie")]
    [InlineData("Цзэн Цинхуэй", "Zeng Qinghui")]
    [InlineData("Сунь Цзыи", "Sun Ziyi")]
    public void A_chinese_name_in_cyrillic_is_read_in_pinyin(string cyrillic, string pinyin) =>
        Assert.Equal(pinyin, PalladiusReadings.Read(cyrillic));

    [Theory]
    [InlineData("Сергей Петров")]
    [InlineData("Wang Xiaoming")]
    [InlineData("Ван Сяоминьсяоминь")]
    public void A_name_that_is_not_palladius_syllables_is_not_read(string name) =>
        Assert.Null(PalladiusReadings.Read(name));

    [Fact]
    public void A_palladius_name_matches_its_pinyin_spelling_and_not_another_given_name()
    {
        Assert.True(PairScorer.Default.Score("Чжоу Хунвэй", "ZHOU, Hongwei", EntitySchema.Person).Score >= 0.95);
        Assert.False(PairScorer.Default.Score("Чжоу Хунвэй", "ZHOU, Jianguo", EntitySchema.Person).Match);
    }
}
