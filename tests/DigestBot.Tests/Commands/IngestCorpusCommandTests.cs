using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DigestBot.Core.Corpus;
using DigestBot.Host.Commands;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Commands;

public sealed class IngestCorpusCommandTests : IDisposable
{
    private readonly CliRun _run = new(copySeeds: false);

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task RunAsync_JsonlWithBadLines_ImportsGoodOnesAndNamesBadLineNumbers()
    {
        var lines = Records(0, 3).ToList();
        lines.Insert(1, "{not json");
        lines.Add("""{"id":"x","title":"no text"}""");
        var file = await WriteAsync("news.jsonl", lines);

        var (code, output, _) = await _run.RunAsync("ingest", file);

        Assert.Equal(0, code);
        Assert.Contains("Corpus news.jsonl: 3 added, 0 updated, 0 already stored, skipped; 2 bad lines or articles skipped; 5 of 5 records", output, StringComparison.Ordinal);
        Assert.Contains("Skipped news.jsonl:2: line 2: not valid JSON", output, StringComparison.Ordinal);
        Assert.Contains("Skipped news.jsonl:5: line 5 (x): \"text\" is missing or empty", output, StringComparison.Ordinal);
        Assert.Contains("Store: 3 articles, 3 quotes,", output, StringComparison.Ordinal);
        Assert.Equal(3L, await CountAsync("SELECT count(*) FROM articles WHERE source LIKE 'news.jsonl#%'"));
    }

    [Fact]
    public async Task RunAsync_SameGzipTwice_SecondRunSkipsStoredWithoutDuplicates()
    {
        var file = await WriteAsync("news.jsonl.gz", Records(0, 4), gzip: true);
        var (firstCode, first, _) = await _run.RunAsync("ingest", file, "--batch", "3");

        var (code, second, _) = await _run.RunAsync("ingest", file);

        Assert.Equal((0, 0), (firstCode, code));
        Assert.Contains("Corpus news.jsonl.gz: 4 added,", first, StringComparison.Ordinal);
        Assert.Contains("Corpus news.jsonl.gz: 0 added, 0 updated, 4 already stored, skipped;", second, StringComparison.Ordinal);
        Assert.Equal(4L, await CountAsync("SELECT count(*) FROM articles"));
        Assert.Equal(4L, await CountAsync("SELECT count(*) FROM quotes"));
    }

    [Fact]
    public async Task ImportAsync_StoppedAfterFirstBatch_CommitsItAndRerunResumes()
    {
        var file = await WriteAsync("news.jsonl", Records(0, 6));
        using var stop = new CancellationTokenSource();
        CorpusImportReport report;
        using (var host = CliHost.Build(new CommandContext(TextWriter.Null, TextWriter.Null, _run.Root, Settings()), Settings()))
        {
            var importer = ActivatorUtilities.CreateInstance<CorpusImporter>(host.Services);
            report = await importer.ImportAsync(file, 2, new StopOnReport(stop), stop.Token);
        }

        var (code, output, _) = await _run.RunAsync("ingest", file);

        // The batch being stored when the stop came and the one already analysed are committed; the rest is not.
        var committed = report.Progress.Added;
        Assert.True(report.Stopped);
        Assert.InRange(committed, 2, 4);
        Assert.Equal(0, code);
        Assert.Contains($"Corpus news.jsonl: {6 - committed} added, 0 updated, {committed} already stored, skipped;", output, StringComparison.Ordinal);
        Assert.Equal(6L, await CountAsync("SELECT count(DISTINCT source) FROM articles"));
        Assert.Equal(6L, await CountAsync("SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task RunAsync_BadBatchSize_ExitsTwoNamingTheOption()
    {
        var file = await WriteAsync("news.jsonl", Records(0, 1));

        var (code, _, error) = await _run.RunAsync("ingest", file, "--batch", "0");

        Assert.Equal(2, code);
        Assert.Contains("--batch must be a whole number from 1 to 10000, not '0'", error, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Records(int from, int count) =>
        Enumerable.Range(from, count).Select(i => JsonSerializer.Serialize(new
        {
            id = $"r{i}",
            title = $"Talks round {i}",
            date = "2024-03-01T10:00:00",
            source = "Test Wire",
            text = $"Talks went on for round {i} in Berlin.\n\n\"We agreed on plan number {i},\" German Chancellor Olaf Scholz said on Friday.",
        }));

    private Dictionary<string, string?> Settings() => new() { ["Storage:Sqlite:Path"] = _run.DatabasePath };

    private async Task<string> WriteAsync(string name, IEnumerable<string> lines, bool gzip = false)
    {
        var path = Path.Combine(_run.Root, name);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        if (gzip)
        {
            await using var file = File.Create(path);
            await using var zip = new GZipStream(file, CompressionLevel.Fastest);
            await zip.WriteAsync(bytes);
        }
        else
        {
            await File.WriteAllBytesAsync(path, bytes);
        }

        return path;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_run.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Asks the import to stop as soon as the first batch is reported.</summary>
    private sealed class StopOnReport(CancellationTokenSource stop) : IProgress<CorpusProgress>
    {
        public void Report(CorpusProgress value) => stop.Cancel();
    }
}
