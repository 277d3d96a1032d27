using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class AsciiWordPassTests
{
    [Fact]
    public void Run_WordsItCannotDo_AreMarkedRareAndNothingElse()
    {
        const string text = "al-Amr G\u00F3mez internationalisation said";

        using var columns = PooledTokenizer.Tokenize(text); // fills the columns; Run below starts them again
        columns.Classes.AsSpan(0, columns.Count).Clear();
        AsciiWordPass.Run(columns, text);

        // A particle joined to a name, a non-ASCII word, a word of more than 16 characters, a word in the last eight.
        Assert.Equal(
            [WordClassPass.Rare, WordClassPass.Rare, WordClassPass.Rare, WordClassPass.Rare],
            columns.Classes.AsSpan(0, columns.Count).ToArray());
    }

    [Fact]
    public void Run_OrdinaryWords_GetTheirHashAndClasses()
    {
        const string text = "Officials reportedly said the spokesman quickly left, and more text";

        using var columns = PooledTokenizer.Tokenize(text);
        columns.Classes.AsSpan(0, columns.Count).Clear();
        columns.Hashes.AsSpan(0, columns.Count).Clear();
        AsciiWordPass.Run(columns, text);

        for (var k = 0; k < 7; k++)
        {
            var word = text.AsSpan(columns.Tokens[k].Start, columns.Tokens[k].Length);
            Assert.Equal(WordKey.Of(word).Hash, columns.Hashes[k]);
            Assert.Equal(Lexicon.Find(word).Classes | Lexicon.ShapeOf(word), columns.Classes[k]);
        }
    }

    [Fact]
    public void Run_TextShorterThanEightCharacters_ThrowsNamingTheLength()
    {
        using var columns = PooledTokenizer.Tokenize("He said");

        var error = Assert.Throws<ArgumentException>(() => AsciiWordPass.Run(columns, "He said"));

        Assert.Contains("has 7", error.Message, StringComparison.Ordinal);
    }
}
