using System.Text.Json;
using DigestBot.Feeds.Inspection;
using DigestBot.Testing;
using Xunit.Abstractions;

namespace DigestBot.Feeds.Tests.Inspection;

/// <summary>Runs the inspector over every fixture in ../shared/feeds/manifest.jsonl and scores it against the manifest.</summary>
public sealed class FeedManifestTests(ITestOutputHelper output)
{
    private const double RequiredPassRate = 0.97;

    [Fact]
    public async Task InspectFileAsync_EveryManifestFile_MatchesFormatCountTitleAndLink()
    {
        var folder = RepoPaths.InShared("feeds");
        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "manifest.jsonl"));
        var inspector = new FeedInspector();
        var failures = new List<string>();
        var encodingMisses = new List<string>();
        var total = 0;
        var items = 0;
        var dated = 0;

        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            total++;
            var expected = JsonDocument.Parse(line).RootElement;
            var file = expected.GetProperty("file").GetString()!;
            var inspection = await inspector.InspectFileAsync(Path.Combine(folder, file), null, CancellationToken.None);
            var mismatch = ManifestComparison.Compare(expected, inspection);
            if (mismatch is not null)
            {
                failures.Add(file + ": " + mismatch);
            }

            if (expected.GetProperty("encoding").GetString() is { } encoding && encoding != inspection.Feed.Encoding)
            {
                encodingMisses.Add($"{file}: encoding {inspection.Feed.Encoding}, expected {encoding}");
            }

            items += inspection.Feed.Items.Count;
            dated += inspection.Feed.Items.Count(i => i.Published is not null);
        }

        var passRate = (double)(total - failures.Count) / total;
        output.WriteLine($"manifest pass rate: {total - failures.Count}/{total} = {passRate:P1}");
        output.WriteLine($"encodings matching the manifest: {total - encodingMisses.Count}/{total}; items with a date: {dated}/{items}");
        failures.ForEach(output.WriteLine);
        encodingMisses.ForEach(output.WriteLine);
        Assert.True(total >= 100, $"expected the 100-file manifest, read {total} lines");
        Assert.True(passRate >= RequiredPassRate, $"pass rate {passRate:P1} below {RequiredPassRate:P0}:\n" + string.Join('\n', failures));
    }
}
