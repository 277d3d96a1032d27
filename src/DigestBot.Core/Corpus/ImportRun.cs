using DigestBot.Core.Ingestion;
using DigestBot.Core.Storage;

namespace DigestBot.Core.Corpus;

/// <summary>The running counts of one corpus import, and the rate and time left computed from them.</summary>
internal sealed class ImportRun(TimeProvider timeProvider)
{
    private readonly long _started = timeProvider.GetTimestamp();
    private readonly List<SkippedFile> _skipped = [];

    public long Records { get; set; }

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; set; }

    public int SkippedCount { get; private set; }

    public IReadOnlyList<SkippedFile> Skipped => _skipped;

    public TimeSpan Elapsed => timeProvider.GetElapsedTime(_started);

    public void Skip(string where, string reason)
    {
        SkippedCount++;
        if (_skipped.Count < CorpusImporter.MaxSkippedListed)
        {
            _skipped.Add(new SkippedFile(where, reason));
        }
    }

    public void Count(IEnumerable<UpsertOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case UpsertOutcome.Added: Added++; break;
                case UpsertOutcome.Updated: Updated++; break;
                default: Unchanged++; break;
            }
        }
    }

    /// <summary>The counts now; the share read comes from the file position (compressed bytes for gzip).</summary>
    public CorpusProgress Progress(long position, long length)
    {
        var seconds = Elapsed.TotalSeconds;
        var fraction = length == 0 ? 1 : Math.Clamp((double)position / length, 0, 1);
        var rate = seconds > 0 ? Records / seconds : 0;
        TimeSpan? remaining = fraction > 0 && seconds > 0 ? TimeSpan.FromSeconds(seconds * (1 - fraction) / fraction) : null;
        return new CorpusProgress(Records, Added, Updated, Unchanged, SkippedCount, rate, fraction, remaining);
    }
}
