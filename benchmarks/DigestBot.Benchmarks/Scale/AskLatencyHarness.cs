using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Core.Answers;
using Microsoft.Data.Sqlite;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// /ask-path latency at N articles: QuestionAnswerer over the real SQLite store, next to the raw FTS5 query for the
/// same words on the same database. Questions are drawn from the database itself (its most quoted speakers, phrases
/// from its statements, words from its headlines), so nothing is hard-coded to one corpus.
/// </summary>
public static partial class AskLatencyHarness
{
    /// <summary>Builds (or reuses) the N-article database, then measures; prints one line per question kind and the total.</summary>
    public static async Task<int> RunAsync(int articles, int iterations, CancellationToken cancellationToken)
    {
        var (corpus, real) = await SyntheticCorpus.EnsureAsync(articles, cancellationToken);
        var dbPath = Path.Combine(BenchFiles.WorkDir, $"store-{articles}.db");
        using var bench = new BenchStore(dbPath);
        var counts = await bench.Store.GetCountsAsync(cancellationToken);
        if (counts.Articles < articles)
        {
            Console.WriteLine($"building {dbPath} from {corpus} ({real} real articles, {articles - real} recombined from real paragraphs)...");
            var report = await bench.ImportAsync(corpus, null, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported in {report.Elapsed.TotalSeconds:F0} s ({report.Progress.ArticlesPerSecond:F0} articles/s)"));
            counts = await bench.Store.GetCountsAsync(cancellationToken);
        }

        Console.WriteLine($"database {dbPath}: {counts.Articles} articles ({real} real, {Math.Max(0, counts.Articles - real)} recombined), {counts.Quotes} statements, {counts.People} people");
        var questions = await PickQuestionsAsync(dbPath, cancellationToken);
        var answerer = new QuestionAnswerer(bench.Store, new QuestionParser());
        await using var raw = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly");
        await raw.OpenAsync(cancellationToken);

        var all = new List<double>();
        var allRaw = new List<double>();
        foreach (var group in questions.GroupBy(q => q.Kind))
        {
            var ask = new List<double>();
            var fts = new List<double>();
            foreach (var (_, question, match, table) in group)
            {
                for (var i = 0; i < 5; i++)
                {
                    await answerer.AskAsync(question, cancellationToken);
                    await RawAsync(raw, table, match, cancellationToken);
                }

                for (var i = 0; i < iterations; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await answerer.AskAsync(question, cancellationToken);
                    ask.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    start = Stopwatch.GetTimestamp();
                    await RawAsync(raw, table, match, cancellationToken);
                    fts.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            Print(group.Key, group.Count(), ask, fts);
            all.AddRange(ask);
            allRaw.AddRange(fts);
        }

        Print("all", questions.Count, all, allRaw);
        return 0;
    }

    private static void Print(string kind, int questions, List<double> ask, List<double> fts)
    {
        double p50 = Percentiles.Of(ask, 50), p99 = Percentiles.Of(ask, 99), r50 = Percentiles.Of(fts, 50), r99 = Percentiles.Of(fts, 99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-10} {questions,2} questions x {ask.Count / Math.Max(1, questions)}: ask p50 {p50:F2} ms p99 {p99:F2} ms | raw FTS5 p50 {r50:F2} ms p99 {r99:F2} ms | p99 ratio {p99 / r99:F2}"));
    }

    private static async Task<int> RawAsync(SqliteConnection connection, string table, string match, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $m ORDER BY rank LIMIT 100;";
        command.Parameters.AddWithValue("$m", match);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var n = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            n++;
        }

        return n;
    }

    /// <summary>5 "what did X say?", 5 "who is X?", 5 "who said ...?" and 5 searches, from the database's own content.</summary>
    private static async Task<List<(string Kind, string Question, string Match, string Table)>> PickQuestionsAsync(string dbPath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        var speakers = await ColumnAsync(connection, "SELECT speaker FROM quotes WHERE speaker LIKE '% %' GROUP BY speaker ORDER BY count(*) DESC LIMIT 5;", cancellationToken);
        var quotes = await ColumnAsync(connection, "SELECT text FROM quotes WHERE length(text) > 60 ORDER BY pk LIMIT 5 OFFSET 1000;", cancellationToken);
        var headlines = await ColumnAsync(connection, "SELECT headline FROM articles WHERE headline IS NOT NULL ORDER BY pk LIMIT 5 OFFSET 500;", cancellationToken);
        var list = new List<(string, string, string, string)>();
        foreach (var speaker in speakers)
        {
            var surname = speaker.Split(' ')[^1];
            list.Add(("statements", $"what did {surname} say?", Quote(surname), "articles_fts"));
            list.Add(("who-is", $"who is {surname}?", Quote(surname), "articles_fts"));
        }

        foreach (var quote in quotes)
        {
            var phrase = string.Join(' ', Words(quote).Skip(2).Take(3));
            list.Add(("who-said", $"who said \"{phrase}\"?", $"\"{phrase}\"", "quotes_fts"));
        }

        foreach (var headline in headlines)
        {
            var terms = string.Join(' ', Words(headline).Where(w => w.Length > 3).Take(2)).ToLowerInvariant();
            list.Add(("search", terms, string.Join(' ', terms.Split(' ').Select(Quote)), "articles_fts"));
        }

        return list;
    }

    private static string Quote(string word) => word.Length >= 4 ? $"\"{word}\"*" : $"\"{word}\"";

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
