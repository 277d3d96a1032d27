using DigestBot.Feeds.Parsing;

namespace DigestBot.Feeds.Tests.Parsing;

public sealed class FeedDateParserTests
{
    [Theory]
    [InlineData("Sun, 08 Jan 2017 00:10:21 +0900", "2017-01-08T00:10:21+09:00")]
    [InlineData("Thu, 01 Aug 2019 16:15 EDT", "2019-08-01T16:15:00-04:00")]
    [InlineData("Tue, 15 Nov 2022 20:15:04 Z", "2022-11-15T20:15:04+00:00")]
    [InlineData("Sat, 07 Jan 2017 09:00:01 EST", "2017-01-07T09:00:01-05:00")]
    [InlineData("Mon, 02 Jan 2006 15:04:05 PST", "2006-01-02T15:04:05-08:00")]
    [InlineData("Mon, 02 Jan 2006 15:04:05 -0000", "2006-01-02T15:04:05+00:00")]
    [InlineData("Sat, Dec 16 2023 02:02:33 PM", "2023-12-16T14:02:33+00:00")]
    [InlineData("Sat, 16 Dec 2023 12:30:00 AM GMT", "2023-12-16T00:30:00+00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +3000", "2003-06-10T04:00:00+00:00")]
    [InlineData("Τρι, 05 Ιαν 2021 10:00:00 +0200", "2021-01-05T10:00:00+02:00")]
    [InlineData("2003-12-13T18:30:02Z", "2003-12-13T18:30:02+00:00")]
    [InlineData("2019-07-31T13:07:31.364Z", "2019-07-31T13:07:31.364+00:00")]
    [InlineData("2017-01-07T09:00:01-05:00", "2017-01-07T09:00:01-05:00")]
    [InlineData("2022-12-17", "2022-12-17T00:00:00+00:00")]
    [InlineData("5 Feb 98 10:00 GMT", "1998-02-05T10:00:00+00:00")]
    [InlineData("13 déc. 2022 08:00 +0100", "2022-12-13T08:00:00+01:00")]
    public void Parse_DatesFoundInRealFeeds_ReturnsTheInstant(string text, string expected)
    {
        var parsed = FeedDateParser.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2020 10:00:00 GMT")]
    public void Parse_MissingOrImpossibleDate_ReturnsNull(string? text)
    {
        var parsed = FeedDateParser.Parse(text);

        Assert.Null(parsed);
    }
}
