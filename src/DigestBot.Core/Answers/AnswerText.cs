using System.Text;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Answers;

/// <summary>Renders an answer as plain text: the console's format and a fallback for any adapter.</summary>
public static class AnswerText
{
    /// <summary>The answer as lines of plain text: a summary line, then numbered statements or hits with their sources.</summary>
    public static string Format(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder();
        if (answer.Message is { Length: > 0 } message)
        {
            text.AppendLine(message);
        }

        var n = 0;
        foreach (var statement in answer.Statements)
        {
            text.Append(++n).Append(". ").AppendLine(Quoted(statement));
            text.Append("   — ").Append(statement.Speaker).Append(", ").AppendLine(Cite(statement.Source));
        }

        foreach (var hit in answer.Hits)
        {
            text.Append(++n).Append(". ").AppendLine(hit.Snippet);
            text.Append("   — ").AppendLine(Cite(hit.Source));
        }

        if (answer.Suggestions.Count > 0)
        {
            text.Append("Close matches: ").AppendLine(string.Join(", ", answer.Suggestions));
        }

        return text.ToString();
    }

    /// <summary>A statement as shown: direct quotes in quotation marks, reported speech marked as reported.</summary>
    public static string Quoted(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return statement.Kind == QuoteKind.Direct ? $"“{statement.Quote}”" : $"(reported) {statement.Quote}";
    }

    /// <summary>A source as cited: label, then the file or URL when it adds something.</summary>
    public static string Cite(ArticleSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Label == source.Location ? source.Location : $"{source.Label} ({source.Location})";
    }
}
