namespace DigestBot.Feeds.Markup;

/// <summary>A node of a parsed feed document: an element or a run of text.</summary>
internal abstract class FeedNode
{
    /// <summary>The text this node holds, descendants included, in document order.</summary>
    public abstract void AppendText(System.Text.StringBuilder builder);
}
