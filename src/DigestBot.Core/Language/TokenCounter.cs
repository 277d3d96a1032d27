namespace DigestBot.Core.Language;

/// <summary>Counts the tokens of a text with the engine's tokenizer: a cheap size measure and the benchmark floor.</summary>
public static class TokenCounter
{
    /// <summary>Number of words, numbers, quotation marks and punctuation characters in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenizer.Tokenize(text).Count;
    }
}
