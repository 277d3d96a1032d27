using DigestBot.Core.Corpus;
using DigestBot.Core.Storage;

namespace DigestBot.Benchmarks.Scale;

/// <summary>A store under the ask-latency benchmark: the real store, samples of its content and its raw full-text query.</summary>
public interface IAskDatabase : IAsyncDisposable
{
    /// <summary>Where the data lives (a file or a database name), for the printout.</summary>
    string Description { get; }

    /// <summary>The real store, wired as the bot wires it.</summary>
    IArticleStore Store { get; }

    /// <summary>The name of the raw query, for the printout ("FTS5", "tsvector").</summary>
    string RawName { get; }

    /// <summary>Imports <paramref name="corpus"/> with the real quote engine, in batches of 500.</summary>
    Task<CorpusImportReport> ImportAsync(string corpus, CancellationToken cancellationToken);

    /// <summary>The 5 most quoted multi-word speakers, 5 statements and 5 headlines, taken at fixed offsets.</summary>
    Task<AskSamples> SampleAsync(CancellationToken cancellationToken);

    /// <summary>The store's own full-text query with nothing around it: up to 100 best-ranked rows ids.</summary>
    Task<int> RawAsync(RawQuery query, CancellationToken cancellationToken);
}
