using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Core.Answers;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// /ask-path latency at N articles: QuestionAnswerer over the real store (SQLite or PostgreSQL), next to the store's
/// raw full-text query for the same words on the same database. Questions are drawn from the database itself (its
/// most quoted speakers, phrases from its statements, words from its headlines), so nothing is hard-coded to one corpus.
/// </summary>
public static partial class AskLatencyHarness
{
    /// <summary>Builds (or reuses) the N-article database, then measures; prints one line per question kind and the total.</summary>
    public static async Task<int> RunAsync(IAskDatabase database, int articles, int iterations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var (corpus, real) = await SyntheticCorpus.EnsureAsync(articles, cancellationToken);
        var counts = await database.Store.GetCountsAsync(cancellationToken);
        if (counts.Articles < articles)
        {
            Console.WriteLine($"building {database.Description} from {corpus} ({real} real articles, {articles - real} recombined from real paragraphs)...");
            var report = await database.ImportAsync(corpus, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported in {report.Elapsed.TotalSeconds:F0} s ({report.Progress.ArticlesPerSecond:F0} articles/s)"));
            counts = await database.Store.GetCountsAsync(cancellationToken);
        }

        Console.WriteLine($"database {database.Description}: {counts.Articles} articles ({real} real, {Math.Max(0, counts.Articles - real)} recombined), {counts.Quotes} statements, {counts.People} people");
        var questions = PickQuestions(await database.SampleAsync(cancellationToken));
        var answerer = new QuestionAnswerer(database.Store, new QuestionParser());

        var all = new List<double>();
        var allRaw = new List<double>();
        foreach (var group in questions.GroupBy(q => q.Kind))
        {
            var ask = new List<double>();
            var raw = new List<double>();
            foreach (var (_, question, query) in group)
            {
                for (var i = 0; i < 5; i++)
                {
                    await answerer.AskAsync(question, cancellationToken);
                    await database.RawAsync(query, cancellationToken);
                }

                for (var i = 0; i < iterations; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await answerer.AskAsync(question, cancellationToken);
                    ask.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    start = Stopwatch.GetTimestamp();
                    await database.RawAsync(query, cancellationToken);
                    raw.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            Print(group.Key, group.Count(), ask, raw, database.RawName);
            all.AddRange(ask);
            allRaw.AddRange(raw);
        }

        Print("all", questions.Count, all, allRaw, database.RawName);
        return 0;
    }

    private static void Print(string kind, int questions, List<double> ask, List<double> raw, string rawName)
    {
        double p50 = Percentiles.Of(ask, 50), p99 = Percentiles.Of(ask, 99), r50 = Percentiles.Of(raw, 50), r99 = Percentiles.Of(raw, 99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-10} {questions,2} questions x {ask.Count / Math.Max(1, questions)}: ask p50 {p50:F2} ms p99 {p99:F2} ms | raw {rawName} p50 {r50:F2} ms p99 {r99:F2} ms | p99 ratio {p99 / r99:F2}"));
    }

    /// <summary>5 "what did X say?", 5 "who is X?", 5 "who said ...?" and 5 searches, from the database's own content.</summary>
    private static List<(string Kind, string Question, RawQuery Query)> PickQuestions(AskSamples samples)
    {
        var list = new List<(string, string, RawQuery)>();
        foreach (var speaker in samples.Speakers)
        {
            var surname = speaker.Split(' ')[^1];
            list.Add(("statements", $"what did {surname} say?", new RawQuery([surname], StatementPhrase: false)));
            list.Add(("who-is", $"who is {surname}?", new RawQuery([surname], StatementPhrase: false)));
        }

        foreach (var quote in samples.Statements)
        {
            var phrase = Words(quote).Skip(2).Take(3).ToList();
            list.Add(("who-said", $"who said \"{string.Join(' ', phrase)}\"?", new RawQuery(phrase, StatementPhrase: true)));
        }

        foreach (var headline in samples.Headlines)
        {
            var terms = Words(headline).Where(w => w.Length > 3).Take(2).Select(w => w.ToLowerInvariant()).ToList();
            list.Add(("search", string.Join(' ', terms), new RawQuery(terms, StatementPhrase: false)));
        }

        return list;
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
