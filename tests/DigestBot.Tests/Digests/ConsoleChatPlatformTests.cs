using DigestBot.Core.Answers;
using DigestBot.Core.Delivery;
using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;
using DigestBot.Host.Digests;

namespace DigestBot.Tests.Digests;

public sealed class ConsoleChatPlatformTests
{
    private static readonly DateTimeOffset Since = new(2026, 11, 19, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PostDigestAsync_Story_PrintsHeadlineSummaryQuoteAndSource()
    {
        var source = new ArticleSource("a1", "GENEVA", "seeds/a.txt");
        var story = new DigestStory("EU says Russia stalls", ["Kallas warned on Saturday.", "Sanctions follow."],
            [new Statement("Russia has no intention of ending this war,", QuoteKind.Direct, "Kaja Kallas", source, 0, 10)], [source]);
        var output = new StringWriter();

        var result = await new ConsoleChatPlatform(output).PostDigestAsync(
            new DigestDelivery("general", new Digest(Since, Since.AddDays(1), [story]), "digest:1:x"), CancellationToken.None);

        Assert.Equal((DeliveryStatus.Delivered, "console:digest:1:x"), (result.Status, result.MessageId));
        var text = output.ToString();
        Assert.Contains("[#general]", text, StringComparison.Ordinal);
        Assert.Contains("1. EU says Russia stalls", text, StringComparison.Ordinal);
        Assert.Contains("   Kallas warned on Saturday.", text, StringComparison.Ordinal);
        Assert.Contains("> \u201CRussia has no intention of ending this war\u201D \u2014 Kaja Kallas (direct)", text, StringComparison.Ordinal);
        Assert.Contains("Sources: GENEVA (seeds/a.txt)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDigestAsync_EmptyDigest_SaysNoNewArticles()
    {
        var output = new StringWriter();

        await new ConsoleChatPlatform(output).PostDigestAsync(new DigestDelivery("general", new Digest(Since, Since.AddDays(1), []), "k"), CancellationToken.None);

        Assert.Contains("no new articles", output.ToString(), StringComparison.Ordinal);
    }
}
