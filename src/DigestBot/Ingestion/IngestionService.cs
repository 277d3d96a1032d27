using System.Threading.Channels;
using DigestBot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Ingestion;

/// <summary>Indexes the configured folders at start, on file changes (debounced) and on a periodic rescan.</summary>
internal sealed partial class IngestionService(
    ArticleIndexer indexer,
    IOptions<IngestionOptions> options,
    IHostEnvironment environment,
    IngestionStatus status,
    TimeProvider timeProvider,
    ILogger<IngestionService> logger) : BackgroundService
{
    /// <summary>How long to wait after a file event for more, so one save indexes once.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var watchers = CreateWatchers(changes.Writer);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var rescan = Task.Delay(options.Value.RescanInterval, timeProvider, wait.Token);
                var changed = changes.Reader.WaitToReadAsync(wait.Token).AsTask();
                var first = await Task.WhenAny(rescan, changed).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
                stoppingToken.ThrowIfCancellationRequested();
                if (first == changed)
                {
                    await Task.Delay(Debounce, timeProvider, stoppingToken).ConfigureAwait(false);
                    while (changes.Reader.TryRead(out _))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        IndexReport? report = null;
        try
        {
            report = await indexer.IndexConfiguredAsync(environment.ContentRootPath, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed run (locked database, full disk) is logged and retried on the next rescan.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRunFailed(logger, ex);
        }

        status.Record(report, timeProvider.GetUtcNow());
    }

    private List<FileSystemWatcher> CreateWatchers(ChannelWriter<bool> changes)
    {
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in options.Value.EffectiveFolders)
        {
            var full = Path.GetFullPath(folder, environment.ContentRootPath);
            if (!Directory.Exists(full))
            {
                LogNotWatched(logger, full);
                continue;
            }

            FileSystemWatcher watcher;
            try
            {
                watcher = Watch(full, changes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // e.g. the inotify instance limit: indexing still happens on every rescan.
                LogWatchFailed(logger, full, ex);
                continue;
            }

            watchers.Add(watcher);
        }

        return watchers;
    }

    private static FileSystemWatcher Watch(string folder, ChannelWriter<bool> changes)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal(object? sender, FileSystemEventArgs e) => changes.TryWrite(true);
        watcher.Created += Signal;
        watcher.Changed += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += (sender, e) => changes.TryWrite(true);
        watcher.Error += (sender, e) => changes.TryWrite(true);
        try
        {
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }
    }

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Not watching {Folder}; relying on the periodic rescan")]
    private static partial void LogWatchFailed(ILogger logger, string folder, Exception exception);

    [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Ingestion run failed; retrying at the next rescan")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Not watching {Folder}: it does not exist; the periodic rescan will pick it up once created")]
    private static partial void LogNotWatched(ILogger logger, string folder);
}
