using System.Text;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Tests.Sources;

public sealed class SourcesOptionsTests
{
    [Fact]
    public void Bind_JsonArrayPlusSettingsFromEnvironmentStyleKeys_ReadsBoth()
    {
        const string json = """{ "Sources": [ { "Url": "https://example.com/feed.xml", "Name": "Example", "Interval": "00:30:00" } ] }""";
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sources:MaxFeedBytes"] = "2048" })
            .Build();

        var options = new ServiceCollection().AddLogging().AddFeeds(configuration).BuildServiceProvider()
            .GetRequiredService<IOptions<SourcesOptions>>().Value;

        var feed = Assert.Single(options.Feeds);
        Assert.Equal("Example", feed.Name);
        Assert.Equal(TimeSpan.FromMinutes(30), feed.Interval);
        Assert.Equal(2048, options.MaxFeedBytes);
    }

    [Fact]
    public void Validate_BadUrlAndTinyInterval_NamesEachKey()
    {
        var options = new SourcesOptions
        {
            Feeds = [new() { Url = "ftp://example.com/feed" }, new() { Url = "https://example.com/", Interval = TimeSpan.FromSeconds(5) }],
            MaxFeedBytes = 10,
        };

        var result = new SourcesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Sources:0:Url", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Sources:1:Interval", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Sources:MaxFeedBytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ShippedAppSettings_BindsAndValidates()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(DigestBot.Testing.RepoPaths.InRoot("appsettings.json")).Build();
        var options = new SourcesOptions();
        SourcesBinding.Bind(configuration.GetSection(SourcesOptions.SectionName), options);

        var result = new SourcesOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, string.Join(" ", result.Failures ?? []));
    }
}
