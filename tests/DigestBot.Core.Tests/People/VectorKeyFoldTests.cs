using DigestBot.Core.Language;
using DigestBot.Core.People;
using DigestBot.Testing;

namespace DigestBot.Core.Tests.People;

public sealed class VectorKeyFoldTests
{
    [Fact]
    public void Fold_EveryWordOfTheDevSet_MatchesTheScalarFold()
    {
        var texts = File.ReadLines(RepoPaths.InShared("eval", "quotes-dev.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var wrong = new List<string>();
        var words = 0;
        Span<char> vector = stackalloc char[SurnameKey.MaxStackLength];
        Span<char> scalar = stackalloc char[SurnameKey.MaxStackLength];

        foreach (var text in texts)
        {
            using var parsed = ParsedText.Parse(text);
            foreach (var token in parsed.Tokens)
            {
                var length = VectorKeyFold.Fold(text, token.Start, token.Length, vector, out var hash);
                var expected = SurnameKey.FoldAscii(text.AsSpan(token.Start, token.Length), scalar, out var expectedHash);
                if (length != expected || hash != expectedHash || (length > 0 && !vector[..length].SequenceEqual(scalar[..length])))
                {
                    wrong.Add(text.Substring(token.Start, token.Length));
                }

                words++;
            }
        }

        Assert.Empty(wrong);
        Assert.True(words > 5000);
    }

    [Theory]
    [InlineData(" Zelenskyy and more text after it", "zelensky")]
    [InlineData(" KALLAS and more text after the name", "kalas")]
    [InlineData(" Nguyen2 and more text after the name", "nguyen2")]
    [InlineData(" O'Neill and more text after the name", "oneil")]
    [InlineData(" Gómez and more text after the name", null)]
    public void Fold_WordInItsText_GivesTheScalarKey(string text, string? expected)
    {
        var length = text.IndexOf(' ', 1) - 1;
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];

        var folded = VectorKeyFold.Fold(text, 1, length, buffer, out var hash);

        Assert.Equal(expected, folded < 0 ? null : buffer[..folded].ToString());
        Assert.Equal(expected is null ? 0 : SurnameKey.HashOf(expected), hash);
    }

    [Theory]
    [InlineData(" Aaron and more text after the name", "aron")]
    [InlineData(" Ross and more text after the name", "ros")]
    [InlineData(" Mitchell and more text after the name", "mitchel")]
    [InlineData(" Abcdefghijklmnoo and more text after it", "abcdefghijklmno")]
    [InlineData(" Mississippi and more text after the name", "misisipi")]
    [InlineData(" Brrr and more text after the name", "br")]
    [InlineData(" Lee2 and more text after the name", "le2")]
    public void Fold_DoubledLetters_GivesTheScalarKeyAndHash(string text, string expected)
    {
        var length = text.IndexOf(' ', 1) - 1;
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];
        Span<char> scalar = stackalloc char[SurnameKey.MaxStackLength];

        var folded = VectorKeyFold.Fold(text, 1, length, buffer, out var hash);
        var scalarLength = SurnameKey.FoldAscii(text.AsSpan(1, length), scalar, out var scalarHash);

        Assert.Equal(expected, buffer[..folded].ToString());
        Assert.Equal(scalar[..scalarLength].ToString(), buffer[..folded].ToString());
        Assert.Equal(scalarHash, hash);
    }

    [Fact]
    public void Fold_WordAtTheStartOrEndOfItsText_FallsBackToTheSameKey()
    {
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];

        var atStart = VectorKeyFold.Fold("Rutte", 0, 5, buffer, out var startHash);
        var startKey = buffer[..atStart].ToString();
        var atEnd = VectorKeyFold.Fold("met Rutte", 4, 5, buffer, out var endHash);

        Assert.Equal("rute", startKey);
        Assert.Equal("rute", buffer[..atEnd].ToString());
        Assert.Equal(startHash, endHash);
    }
}
