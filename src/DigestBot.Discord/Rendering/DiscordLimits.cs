namespace DigestBot.Discord.Rendering;

/// <summary>Discord's message and embed size limits.</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int EmbedsPerMessage = 10;
    public const int ChoiceText = 100;
    public const int Choices = 25;
    public const int Nonce = 25;

    /// <summary>Our own cap: a reply never spreads over more messages than this.</summary>
    public const int MessagesPerReply = 5;
}
