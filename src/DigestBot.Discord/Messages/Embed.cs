namespace DigestBot.Discord.Messages;

/// <summary>A Discord rich embed.</summary>
internal sealed record Embed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null)
{
    /// <summary>The characters Discord counts toward the 6,000 per-message embed limit.</summary>
    public int CountedLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
