using DigestBot.Core.Articles;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;

namespace DigestBot.StoreContract;

/// <summary>Three small hand-written articles (not corpus text) with their statements and people, as the quote engine would give them.</summary>
internal static class StoreSamples
{
    public const string EuSource = "news/eu-aid.md";
    public const string PortSource = "news/port-strike.txt";
    public const string KyivSource = "news/kallas-visit.txt";

    public static readonly Person Kallas = new("Kaja Kallas", EntityKind.Person, ["Kallas"], ["EU foreign policy chief"]);
    public static readonly Person Orban = new("Viktor Orban", EntityKind.Person, ["Orban"], ["Hungary's prime minister"]);
    public static readonly Person DeVries = new("Maria de Vries", EntityKind.Person, ["de Vries"], ["union spokeswoman"]);
    public static readonly Person PortAuthority = new("Port Authority", EntityKind.Organisation, ["the port authority"], []);

    public static AnalysedArticle Eu { get; } = Build(
        EuSource,
        """
        BRUSSELS
        EU ministers agree new aid for Ukraine
        The EU foreign policy chief Kaja Kallas said on Monday that support for Ukraine was "vital for European security" and would continue.
        "We will not step back from our commitments," Kallas told reporters after the meeting on Ukraine.
        Hungary's prime minister Viktor Orban said the sanctions were hurting European farmers.
        """,
        At(2026, 11, 20, 9),
        [
            (Kallas, "support for Ukraine was \"vital for European security\" and would continue", QuoteKind.Mixed, "said"),
            (Kallas, "We will not step back from our commitments,", QuoteKind.Direct, "told"),
            (Orban, "the sanctions were hurting European farmers", QuoteKind.Indirect, "said"),
        ],
        [Kallas, Orban]);

    public static AnalysedArticle Port { get; } = Build(
        PortSource,
        """
        Dock workers end week-long strike at Rotterdam port
        The strike ended on Friday after the port authority offered a new wage deal.
        "The agreement protects jobs and keeps cargo moving," said Maria de Vries, a union spokeswoman.
        The Port Authority said container traffic would return to normal within days.
        """,
        At(2026, 11, 22, 15),
        [
            (DeVries, "The agreement protects jobs and keeps cargo moving,", QuoteKind.Direct, "said"),
            (PortAuthority, "container traffic would return to normal within days", QuoteKind.Indirect, "said"),
        ],
        [DeVries, PortAuthority]);

    /// <summary>No publication date: only its indexing time places it in time.</summary>
    public static AnalysedArticle Kyiv { get; } = Build(
        KyivSource,
        """
        KYIV
        Kallas visits Kyiv
        Kaja Kallas arrived in Kyiv on Wednesday for talks with the government of Ukraine about air defence and the coming winter.
        "Air defence is the priority this winter," she said.
        """,
        null,
        [(Kallas, "Air defence is the priority this winter,", QuoteKind.Direct, "said")],
        [Kallas]);

    public static IReadOnlyList<AnalysedArticle> All { get; } = [Eu, Port, Kyiv];

    /// <summary>A UTC instant on the hour.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>The same source with other text: a new content hash, other statements.</summary>
    public static AnalysedArticle PortUpdated { get; } = Build(
        PortSource,
        """
        Dock workers end week-long strike at Rotterdam port
        The strike ended on Friday after the port authority offered a new wage deal. Ships had queued outside the harbour for days.
        "Nobody wins a strike like this," said Maria de Vries, a union spokeswoman.
        """,
        At(2026, 11, 22, 15),
        [(DeVries, "Nobody wins a strike like this,", QuoteKind.Direct, "said")],
        [DeVries, PortAuthority]);

    /// <summary>The EU article corrected a week later: new text, a later publication date, the same speakers.</summary>
    public static AnalysedArticle EuCorrected { get; } = Build(
        EuSource,
        """
        BRUSSELS
        EU ministers agree new aid for Ukraine (corrected)
        "We will not step back from our commitments," Kallas told reporters after the meeting on Ukraine.
        """,
        At(2026, 11, 27, 9),
        [(Kallas, "We will not step back from our commitments,", QuoteKind.Direct, "told")],
        [Kallas]);

    private static AnalysedArticle Build(
        string source,
        string text,
        DateTimeOffset? publishedAt,
        IReadOnlyList<(Person Speaker, string Words, QuoteKind Kind, string Cue)> quotes,
        IReadOnlyList<Person> people)
    {
        // Indexed an hour after publication; the undated article on the 25th.
        var indexedAt = publishedAt?.AddHours(1) ?? At(2026, 11, 25, 8);
        var parsed = new ArticleParser().Parse(source, text, indexedAt, publishedAt);
        var found = quotes.Select(q =>
        {
            var start = parsed.Article.Text.IndexOf(q.Words, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"Sample quote not in its text: {q.Words}");
            }

            return new Quote(q.Words, q.Speaker.Name, q.Kind, start, start + q.Words.Length, q.Cue, q.Speaker.Name);
        }).ToList();
        return new AnalysedArticle(parsed.Article, parsed.Paragraphs, new ArticleAnalysis(found, people));
    }
}
