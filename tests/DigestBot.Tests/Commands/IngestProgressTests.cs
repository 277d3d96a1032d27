using DigestBot.Core.Corpus;
using DigestBot.Host.Commands;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Commands;

public sealed class IngestProgressTests
{
    [Fact]
    public void Report_NotTerminal_WritesOneLinePerInterval()
    {
        var time = new FakeTimeProvider();
        using var error = new StringWriter();
        var progress = new IngestProgress(error, terminal: false, "news.jsonl", total: 1000, time);

        progress.Report(Progress(100));
        time.Advance(IngestProgress.LineInterval);
        progress.Report(Progress(250));
        progress.Report(Progress(300));

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("ingest news.jsonl: 250/1,000 records (25%), 200 added, 0 updated, 40 already stored, 10 skipped, 50 articles/s, ETA 0:15", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Terminal_RedrawsBarInPlaceAndFinishEndsTheLine()
    {
        using var error = new StringWriter();
        var progress = new IngestProgress(error, terminal: true, "news.jsonl", total: 1000, new FakeTimeProvider());

        progress.Report(Progress(500));
        progress.Finish();

        var text = error.ToString();
        Assert.StartsWith("\r[############............]  50%  500/1,000  50 articles/s  ETA 0:10", text, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
    }

    private static CorpusProgress Progress(long records) =>
        new(records, (int)(records * 0.8), 0, (int)(records * 0.16), (int)(records * 0.04), 50, 0, null);
}
