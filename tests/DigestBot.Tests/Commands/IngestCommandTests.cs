namespace DigestBot.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task RunAsync_TwiceOnSameFiles_SecondRunChangesNothing()
    {
        var (firstCode, first, _) = await _run.RunAsync("ingest");

        var (code, second, _) = await _run.RunAsync("ingest");

        Assert.Equal((0, 0), (firstCode, code));
        Assert.StartsWith("Articles: 1 added, 0 updated, 0 unchanged, 0 removed, 0 skipped.", first, StringComparison.Ordinal);
        Assert.StartsWith("Articles: 0 added, 0 updated, 1 unchanged, 0 removed, 0 skipped.", second, StringComparison.Ordinal);
        Assert.Contains("Store: 1 articles, ", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadFilesBesideGoodOnes_ReportsEachSkipWithReason()
    {
        await File.WriteAllTextAsync(Path.Combine(_run.Seeds, "empty.txt"), "");
        await File.WriteAllBytesAsync(Path.Combine(_run.Seeds, "image.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);
        await File.WriteAllBytesAsync(Path.Combine(_run.Seeds, "latin1.txt"), [0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68]);

        var (code, output, error) = await _run.RunAsync("ingest");

        Assert.Equal(0, code);
        Assert.StartsWith("Articles: 1 added, 0 updated, 0 unchanged, 0 removed, 3 skipped.", output, StringComparison.Ordinal);
        Assert.Contains("Skipped seeds/empty.txt: empty", output, StringComparison.Ordinal);
        Assert.Contains("Skipped seeds/image.md: binary content", output, StringComparison.Ordinal);
        Assert.Contains("Skipped seeds/latin1.txt: not valid UTF-8", output, StringComparison.Ordinal);
        Assert.Contains("seeds/latin1.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FileDeleted_RemovesItsArticle()
    {
        var extra = Path.Combine(_run.Seeds, "extra.txt");
        await File.WriteAllTextAsync(extra, "BERLIN\n\"Talks will go on next week,\" German Chancellor Olaf Scholz said on Friday.");
        await _run.RunAsync("ingest");
        File.Delete(extra);

        var (code, output, _) = await _run.RunAsync("ingest");

        Assert.Equal(0, code);
        Assert.StartsWith("Articles: 0 added, 0 updated, 1 unchanged, 1 removed, 0 skipped.", output, StringComparison.Ordinal);
        var (_, answer, _) = await _run.RunAsync("ask", "what did Scholz say?");
        Assert.StartsWith("No statements found for Scholz", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExplicitPath_IndexesOnlyThatFolder()
    {
        var other = Path.Combine(_run.Root, "other");
        Directory.CreateDirectory(other);
        await File.WriteAllTextAsync(Path.Combine(other, "a.md"), "# Summit\n\"We agreed on the plan,\" German Chancellor Olaf Scholz said on Friday.");

        var (code, output, _) = await _run.RunAsync("ingest", "other");

        Assert.Equal(0, code);
        Assert.StartsWith("Articles: 1 added, 0 updated, 0 unchanged, 0 removed, 0 skipped.", output, StringComparison.Ordinal);
        Assert.Contains("Store: 1 articles, 1 quotes,", output, StringComparison.Ordinal);
    }
}
