namespace DigestBot.Core.Quotes;

/// <summary>Finds statements in a text and attributes each to its speaker.</summary>
public interface IQuoteExtractor
{
    /// <summary>Analyses one article text. Pure and thread-safe; never throws on odd input.</summary>
    ArticleAnalysis Analyze(string text);
}
