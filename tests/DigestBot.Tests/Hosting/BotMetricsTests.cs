using System.Diagnostics.Metrics;
using DigestBot.Core.Delivery;
using DigestBot.Core.Diagnostics;
using DigestBot.Core.Digests;
using Moq;

namespace DigestBot.Tests.Hosting;

public sealed class BotMetricsTests
{
    [Fact]
    public async Task PostDigestAsync_DeliveredThenForbidden_CountsOneSentAndOneFailedWithStatus()
    {
        var platform = new Mock<IChatPlatform>();
        platform.SetupGet(p => p.Name).Returns("metrics-test");
        platform.SetupSequence(p => p.PostDigestAsync(It.IsAny<DigestDelivery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(DeliveryResult.Delivered("m1"))
            .ReturnsAsync(DeliveryResult.Failed(DeliveryStatus.Forbidden, "no access"));
        var metered = new MeteredChatPlatform(platform.Object);
        var delivery = new DigestDelivery("C1", new Digest(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, []), "key-1");
        var seen = new List<(string Instrument, long Value, string? Status)>();
        using var listener = Listen(seen);

        await metered.PostDigestAsync(delivery, CancellationToken.None);
        await metered.PostDigestAsync(delivery, CancellationToken.None);

        Assert.Equal(
            [("digests.sent", 1L, (string?)null), ("digests.failed", 1L, "Forbidden")],
            seen);
    }

    private static MeterListener Listen(List<(string Instrument, long Value, string? Status)> seen)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BotMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? platform = null;
            string? status = null;
            foreach (var tag in tags)
            {
                platform = tag.Key == "platform" ? tag.Value as string : platform;
                status = tag.Key == "status" ? tag.Value as string : status;
            }

            if (platform == "metrics-test")
            {
                lock (seen)
                {
                    seen.Add((instrument.Name, value, status));
                }
            }
        });
        listener.Start();
        return listener;
    }
}
