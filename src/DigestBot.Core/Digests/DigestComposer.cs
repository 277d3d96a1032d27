using DigestBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Digests;

/// <summary>Reads the stored articles of a window and builds their digest.</summary>
public sealed class DigestComposer(IArticleStore store, DigestBuilder builder, IOptions<DigestOptions> options)
{
    /// <summary>The digest of the articles published (or indexed) in [<paramref name="since"/>, <paramref name="until"/>).</summary>
    public async Task<Digest> ComposeAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (until < since)
        {
            throw new ArgumentException($"The window ends ({until:u}) before it starts ({since:u}).", nameof(until));
        }

        var articles = await store.GetArticlesSinceAsync(since, options.Value.MaxArticles, cancellationToken).ConfigureAwait(false);
        return builder.Build(articles, since, until);
    }
}
