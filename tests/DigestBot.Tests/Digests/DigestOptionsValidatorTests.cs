using DigestBot.Core.Digests;
using DigestBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Digests;

public sealed class DigestOptionsValidatorTests
{
    private static OptionsValidationException? Validate(Dictionary<string, string?> settings)
    {
        using var host = new DigestHost(DateTimeOffset.UnixEpoch, settings);
        try
        {
            _ = host.Get<IOptions<DigestOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return ex;
        }
    }

    [Fact]
    public void Validate_UnknownTimeZone_NamesTheKeyAndSuggests()
    {
        var error = Validate(new() { ["Digest:Subscriptions:0:Platform"] = "slack", ["Digest:Subscriptions:0:Channel"] = "C1",
            ["Digest:Subscriptions:0:Time"] = "08:00", ["Digest:Subscriptions:0:TimeZone"] = "Europe/Berln" });

        Assert.NotNull(error);
        Assert.Contains(error.Failures, f => f.Contains("Digest:Subscriptions:0:TimeZone", StringComparison.Ordinal) && f.Contains("Europe/Berlin", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadCron_NamesTheKey()
    {
        var error = Validate(new() { ["Digest:Subscriptions:0:Platform"] = "slack", ["Digest:Subscriptions:0:Channel"] = "C1",
            ["Digest:Subscriptions:0:Cron"] = "0 0 25 * * ?", ["Digest:Subscriptions:0:TimeZone"] = "UTC" });

        Assert.NotNull(error);
        Assert.Contains(error.Failures, f => f.Contains("Digest:Subscriptions:0:Cron", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TimeAndCronTogether_IsRefused()
    {
        var error = Validate(new() { ["Digest:Subscriptions:0:Platform"] = "slack", ["Digest:Subscriptions:0:Channel"] = "C1",
            ["Digest:Subscriptions:0:Time"] = "08:00", ["Digest:Subscriptions:0:Cron"] = "0 0 8 * * ?", ["Digest:Subscriptions:0:TimeZone"] = "UTC" });

        Assert.NotNull(error);
        Assert.Contains(error.Failures, f => f.Contains("exactly one of Time", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GoodTimeAndCronEntries_Passes()
    {
        var error = Validate(new()
        {
            ["Digest:Subscriptions:0:Platform"] = "slack", ["Digest:Subscriptions:0:Channel"] = "C1",
            ["Digest:Subscriptions:0:Time"] = "08:00", ["Digest:Subscriptions:0:TimeZone"] = "Europe/Berlin",
            ["Digest:Subscriptions:1:Platform"] = "discord", ["Digest:Subscriptions:1:Channel"] = "123",
            ["Digest:Subscriptions:1:Cron"] = "0 30 7 ? * MON-FRI", ["Digest:Subscriptions:1:TimeZone"] = "America/New_York",
        });

        Assert.Null(error);
    }

    [Fact]
    public void Validate_ShippedAppSettings_BindsAndValidates()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(RepoPaths.InRoot("appsettings.json")).Build();
        var settings = shipped.AsEnumerable().Where(kv => kv.Key.StartsWith("Digest", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value);

        var error = Validate(settings);

        Assert.Null(error);
    }
}
