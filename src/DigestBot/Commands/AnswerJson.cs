using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestBot.Core.Answers;
using DigestBot.Core.Quotes;

namespace DigestBot.Host.Commands;

/// <summary>The --json shape of an answer: {question, speaker, statements: [{quote, kind, speaker, source, start, end}], ...}.</summary>
internal static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Keep quotation marks and accents readable; the output is for people and jq, not for HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Serialises <paramref name="answer"/>.</summary>
    public static string Serialize(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var json = new Dto(
            answer.Question,
            answer.Subject,
            answer.Statements.Select(s => new StatementDto(s.Quote, KindName(s.Kind), s.Speaker, Source(s.Source), s.Start, s.End)).ToList(),
            answer.Kind.ToString().ToLowerInvariant(),
            answer.Message,
            answer.Hits.Select(h => new HitDto(h.Snippet, Source(h.Source))).ToList(),
            answer.Suggestions);
        return JsonSerializer.Serialize(json, Options);
    }

    /// <summary>"direct", "indirect" or "mixed", as in the evaluation data.</summary>
    public static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    private static SourceDto Source(ArticleSource source) => new(source.Label, source.Location, source.ArticleId);

    private sealed record Dto(
        string Question,
        string? Speaker,
        IReadOnlyList<StatementDto> Statements,
        string Kind,
        string? Message,
        IReadOnlyList<HitDto> Hits,
        IReadOnlyList<string> Suggestions);

    private sealed record StatementDto(string Quote, string Kind, string Speaker, SourceDto Source, int Start, int End);

    private sealed record HitDto(string Snippet, SourceDto Source);

    private sealed record SourceDto(string Label, string File, string ArticleId);
}
