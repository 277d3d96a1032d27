using System.Text;

namespace DigestBot.Feeds.Markup;

/// <summary>Decoded character data (entities resolved, CDATA unwrapped).</summary>
internal sealed class FeedText(string text) : FeedNode
{
    /// <summary>The decoded text.</summary>
    public string Text { get; } = text;

    public override void AppendText(StringBuilder builder) => builder.Append(Text);
}
