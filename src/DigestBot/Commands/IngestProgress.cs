using System.Globalization;
using DigestBot.Core.Corpus;

namespace DigestBot.Host.Commands;

/// <summary>
/// Shows a corpus import's progress on stderr: a bar redrawn in place on a terminal, or one plain line every few
/// seconds when stderr is a file or a pipe (logs, CI), so neither floods nor goes silent.
/// </summary>
internal sealed class IngestProgress(TextWriter error, bool terminal, string name, long total, TimeProvider timeProvider) : IProgress<CorpusProgress>
{
    /// <summary>How often a plain progress line is written when stderr is not a terminal.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    private const int BarWidth = 24;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private long _lastLine = timeProvider.GetTimestamp();
    private bool _drawn;

    /// <summary>Whether <paramref name="error"/> is the process's stderr and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    /// <inheritdoc />
    public void Report(CorpusProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (terminal)
        {
            error.Write("\r" + Bar(value) + "\u001b[K");
            error.Flush();
            _drawn = true;
            return;
        }

        if (timeProvider.GetElapsedTime(_lastLine) >= LineInterval)
        {
            _lastLine = timeProvider.GetTimestamp();
            error.WriteLine(Line(value));
            error.Flush();
        }
    }

    /// <summary>Ends the bar's line so what follows starts on a fresh one.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            error.WriteLine();
            error.Flush();
            _drawn = false;
        }
    }

    /// <summary>The terminal bar: [#####.....]  58%  12,345/21,268  145 articles/s  ETA 1:02  5,500 stored  2 skipped.</summary>
    internal string Bar(CorpusProgress p)
    {
        var fraction = Fraction(p);
        var filled = (int)Math.Round(fraction * BarWidth);
        return string.Create(C,
            $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction * 100,3:F0}%  {Done(p)}  {p.ArticlesPerSecond:N0} articles/s  ETA {Eta(p)}  {p.Unchanged:N0} already stored  {p.Skipped:N0} skipped");
    }

    /// <summary>The plain line for logs.</summary>
    internal string Line(CorpusProgress p) =>
        string.Create(C,
            $"ingest {name}: {Done(p)} records ({Fraction(p) * 100:F0}%), {p.Added:N0} added, {p.Updated:N0} updated, {p.Unchanged:N0} already stored, {p.Skipped:N0} skipped, {p.ArticlesPerSecond:N0} articles/s, ETA {Eta(p)}");

    private string Done(CorpusProgress p) =>
        total > 0 ? string.Create(C, $"{p.Records:N0}/{total:N0}") : string.Create(C, $"{p.Records:N0}");

    private double Fraction(CorpusProgress p) => total > 0 ? Math.Clamp((double)p.Records / total, 0, 1) : p.Fraction;

    private string Eta(CorpusProgress p)
    {
        TimeSpan? left = total > 0 && p.ArticlesPerSecond > 0
            ? TimeSpan.FromSeconds(Math.Max(0, total - p.Records) / p.ArticlesPerSecond)
            : p.Remaining;
        return left switch
        {
            null => "--:--",
            { TotalHours: >= 1 } t => t.ToString(@"h\:mm\:ss", C),
            { } t => t.ToString(@"m\:ss", C),
        };
    }
}
