using System.Text.Json;
using DigestBot.Core.Corpus;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// A JSONL corpus of a given size for scale runs: the real articles of ../shared/corpus/news.jsonl.gz first, then,
/// when more are asked for than it holds, articles recombined at random (fixed seed) from its real paragraphs,
/// headlines, dates and datelines. Written to the temp work folder, never to the repository.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Writes (or reuses) corpus-N.jsonl in the work folder; returns its path and how many articles are real.</summary>
    public static async Task<(string Path, int Real)> EnsureAsync(int articles, CancellationToken cancellationToken)
    {
        var path = Path.Combine(BenchFiles.WorkDir, $"corpus-{articles}.jsonl");
        var records = new List<CorpusRecord>();
        await using (var source = File.OpenRead(BenchFiles.NewsCorpus))
        {
            await foreach (var line in CorpusReader.ReadAsync(source, cancellationToken))
            {
                if (line.Record is { } r)
                {
                    records.Add(r);
                }
            }
        }

        var real = Math.Min(articles, records.Count);
        if (File.Exists(path))
        {
            return (path, real);
        }

        var paragraphs = records.SelectMany(r => r.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(20261126);
        var temp = path + ".tmp";
        await using (var writer = new StreamWriter(temp))
        {
            for (var i = 0; i < articles; i++)
            {
                var record = i < records.Count ? records[i] : Recombine(i, records, paragraphs, random);
                await writer.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id = record.Id,
                    title = record.Title,
                    date = record.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    source = record.Source,
                    dateline = record.Dateline,
                    text = record.Text,
                }));
            }
        }

        File.Move(temp, path, overwrite: true);
        return (path, real);
    }

    private static CorpusRecord Recombine(int i, List<CorpusRecord> records, string[] paragraphs, Random random)
    {
        var shape = records[random.Next(records.Count)];
        var count = random.Next(3, 9);
        var text = string.Join("\n\n", Enumerable.Range(0, count).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
        return new CorpusRecord($"synthetic-{i}", records[random.Next(records.Count)].Title, shape.Date, shape.Source, shape.Dateline, text);
    }
}
