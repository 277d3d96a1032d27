using DigestBot.Core.Articles;
using DigestBot.Core.Corpus;
using DigestBot.Core.Storage;

namespace DigestBot.Core.Ingestion;

/// <summary>One scanned folder: which stored articles came from a file in it, so a scan removes only its own articles.</summary>
/// <remarks>
/// The store holds articles from folders, corpus imports ("corpus.jsonl#id") and feeds (URLs, ids from the feed
/// item identity). Only an article keyed by its own relative path, with an article file extension, under this folder
/// and whose file is really gone may be removed by a scan of it; the folder "." must not claim everything.
/// </remarks>
internal sealed class FolderScope
{
    private readonly string _root;
    private readonly string _prefix;

    /// <summary>The folder <paramref name="folder"/> (absolute) under the content root <paramref name="root"/> (absolute).</summary>
    public FolderScope(string root, string folder)
    {
        _root = root;
        var relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
        _prefix = relative == "." ? "" : relative.TrimEnd('/') + "/";
    }

    /// <summary>Whether <paramref name="stored"/> was indexed from a file of this folder that no longer exists.</summary>
    public bool OwnsGoneFile(StoredSource stored)
    {
        var source = stored.Source;
        // The root's own scan ("" prefix) must not claim files of folders outside it ("../news/a.txt").
        return source.StartsWith(_prefix, StringComparison.Ordinal)
            && (_prefix.Length > 0 || !source.StartsWith("../", StringComparison.Ordinal))
            && !Path.IsPathRooted(source)
            && !source.Contains("://", StringComparison.Ordinal)
            && !CorpusSource.Is(source)
            && ArticleFileReader.Extensions.Contains(Path.GetExtension(source))
            && stored.ArticleId == ArticleParser.IdFor(source)
            && !File.Exists(Path.Combine(_root, source));
    }
}
