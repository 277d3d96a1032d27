namespace DigestBot.Feeds.Tests.Ingestion;

/// <summary>Small RSS documents whose items have a guid, only a link, or neither.</summary>
internal static class TestFeeds
{
    public const string LinkOnly =
        "<item><title>Link only</title><link>https://news.example/a?utm_source=rss</link><description>Talks resumed on Monday.</description></item>";

    public const string Bare = "<item><title>Neither guid nor link</title><description>Rain is expected.</description></item>";

    public static string WithGuid(string date, string text) =>
        $"<item><title>With guid</title><guid isPermaLink=\"false\">story-1</guid><link>https://news.example/1</link><pubDate>{date}</pubDate><description>{text}</description></item>";

    public static string Rss(params string[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title>" + string.Concat(items) + "</channel></rss>";
}
