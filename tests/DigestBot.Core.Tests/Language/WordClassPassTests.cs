using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class WordClassPassTests
{
    [Fact]
    public void Run_RandomTextsOfEveryKindOfWord_MatchesThePlainWay()
    {
        // Lexicon words (short, long, up to 15 characters) in any case and with a letter changed or added, long words of
        // 9 to 20 characters sharing their first eight with listed ones, particles, non-ASCII, "-ly" endings, words
        // at the very end of a text and texts shorter than eight characters.
        var listed = Lexicon.Entries.Keys.ToArray();
        var others = new[] { "al-Amr", "el-Sisi", "re-elected", "x-ray", "G\u00F3mez", "\u00E9t\u00E9", "\u017Fays", "na\u00EFvely", "reportedly", "fly",
            "ly", "LY", "y", "quickly", "counterterrorism", "internationalisation", "spokespeople", "announcements", "sayings", "Zelenskyy's" };
        var random = new Random(20261126);
        var failures = new List<string>();
        for (var n = 0; n < 4000 && failures.Count < 5; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => random.Next(3) switch
            {
                0 => Vary(listed[random.Next(listed.Length)], random),
                1 => others[random.Next(others.Length)],
                _ => RandomWord(random),
            });
            var text = string.Join(random.Next(4) == 0 ? ", " : " ", words) + (random.Next(2) == 0 ? "." : string.Empty);

            using var columns = PooledTokenizer.Tokenize(text);

            if (!MatchesPlainWay(columns, text))
            {
                failures.Add(text);
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("He")]
    [InlineData("said")]
    [InlineData("officials")]
    [InlineData("spokeswoman")]
    [InlineData("The spokeswoman")]
    [InlineData("Kallas said, reportedly")]
    public void Run_ShortTextsAndWordsAtTheEnd_MatchThePlainWay(string text)
    {
        using var columns = PooledTokenizer.Tokenize(text);

        Assert.True(MatchesPlainWay(columns, text));
        Assert.True(columns.WordCount > 0);
    }

    [Fact]
    public void Run_LongListedWordAndOneSharingItsFirstEightCharacters_AreToldApart()
    {
        const string text = "The spokesman and the spokesmen and the spokesmanship said so, SPOKESMAN";

        using var columns = PooledTokenizer.Tokenize(text);

        var classes = Enumerable.Range(0, columns.Count).ToDictionary(k => k, k => columns.Classes[k]);
        Assert.True(MatchesPlainWay(columns, text));
        Assert.Equal(WordClass.None, classes[7] & WordClass.PersonRole); // "spokesmanship"
        Assert.NotEqual(WordClass.None, Lexicon.Find("spokesman").Classes);
        Assert.Equal(Lexicon.Find("spokesman").Classes, classes[1] & ~(WordClass.LowerInitial | WordClass.Capitalized));
    }

    // Every word's hash and classes as WordKey.Of, Lexicon.Find and Lexicon.ShapeOf give them, non-words 0, and the
    // asked lower-case words' hashes in order.
    private static bool MatchesPlainWay(TokenColumns columns, string text)
    {
        var words = columns.WordIndexes.AsSpan(0, columns.WordCount).ToArray();
        var lowerCase = new List<int>();
        for (var k = 0; k < columns.Count; k++)
        {
            var word = text.AsSpan(columns.Tokens[k].Start, columns.Tokens[k].Length);
            var isWord = words.Contains(k);
            var hash = isWord ? WordKey.Of(word).Hash : 0;
            var classes = isWord ? Lexicon.Find(word).Classes | Lexicon.ShapeOf(word) : WordClass.None;
            if (columns.Hashes[k] != hash || columns.Classes[k] != classes)
            {
                return false;
            }

            if (TokenColumns.IsAskedLowerCase(classes))
            {
                lowerCase.Add(hash);
            }
        }

        return lowerCase.SequenceEqual(columns.LowerCaseHashes.AsSpan(0, columns.LowerCaseWords).ToArray());
    }

    private static string Vary(string word, Random random) => random.Next(5) switch
    {
        0 => word.ToUpperInvariant(),
        1 => char.ToUpperInvariant(word[0]) + word[1..],
        2 => word + "s",
        3 => word[..^1] + (char)('a' + random.Next(26)),
        _ => word,
    };

    private static string RandomWord(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzLYAS\u00E9";
        return string.Concat(Enumerable.Range(0, random.Next(1, 21)).Select(_ => letters[random.Next(letters.Length)]));
    }
}
