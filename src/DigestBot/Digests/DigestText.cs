using System.Globalization;
using System.Text;
using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;

namespace DigestBot.Host.Digests;

/// <summary>Renders a digest as plain text: numbered stories with headline, summary, attributed quotes and sources.</summary>
internal static class DigestText
{
    /// <summary>The digest as text; a quiet window says so in one line.</summary>
    public static string Format(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var text = new StringBuilder();
        var window = string.Create(CultureInfo.InvariantCulture, $"{digest.Since:yyyy-MM-dd HH:mm} to {digest.Until:yyyy-MM-dd HH:mm} UTC");
        if (digest.Stories.Count == 0)
        {
            return $"Daily digest, {window}: no new articles.{Environment.NewLine}";
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Daily digest, {window}: {digest.Stories.Count} {(digest.Stories.Count == 1 ? "story" : "stories")}");
        for (var i = 0; i < digest.Stories.Count; i++)
        {
            var story = digest.Stories[i];
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {story.Headline}");
            foreach (var sentence in story.Summary)
            {
                text.AppendLine("   " + sentence);
            }

            foreach (var quote in story.Quotes)
            {
                var words = quote.Kind == QuoteKind.Direct ? $"\u201C{quote.Quote.Trim().TrimEnd(',')}\u201D" : quote.Quote.Trim();
                text.AppendLine(CultureInfo.InvariantCulture, $"   > {words} \u2014 {quote.Speaker} ({quote.Kind.ToString().ToLowerInvariant()})");
            }

            text.AppendLine("   Sources: " + string.Join("; ", story.Sources.Select(s => s.Label == s.Location ? s.Location : $"{s.Label} ({s.Location})")));
        }

        return text.ToString();
    }
}
