using DigestBot.Core.People;

namespace DigestBot.Core.Storage;

/// <summary>A person or organisation merged across all stored articles.</summary>
/// <param name="Person">Canonical name, kind, and every alias and role seen.</param>
/// <param name="StatementCount">Statements attributed to them; 0 when they are only mentioned.</param>
/// <param name="ArticleCount">Articles that mention or quote them.</param>
public sealed record PersonProfile(Person Person, int StatementCount, int ArticleCount);
