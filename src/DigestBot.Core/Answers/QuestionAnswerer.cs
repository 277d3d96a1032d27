using DigestBot.Core.Diagnostics;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;

namespace DigestBot.Core.Answers;

/// <summary>Answers questions from the store: statements by a speaker, who said a phrase, who someone is, or search.</summary>
/// <remarks>Every statement shown carries the speaker the store attributed it to; a speaker is never substituted for another.</remarks>
public sealed class QuestionAnswerer(IArticleStore store, QuestionParser parser) : IQuestionAnswerer
{
    /// <summary>Most statements listed in one answer.</summary>
    public const int MaxStatements = 100;

    /// <summary>Most search hits listed in one answer.</summary>
    public const int MaxHits = 10;

    private const int MaxSuggestions = 5;

    /// <inheritdoc />
    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var parsed = parser.Parse(question);
        var answer = parsed.Kind switch
        {
            QuestionKind.Statements => await StatementsAsync(question, parsed.Subject, parsed.Topic, cancellationToken).ConfigureAwait(false),
            QuestionKind.WhoSaid => await WhoSaidAsync(question, parsed.Subject, cancellationToken).ConfigureAwait(false),
            QuestionKind.WhoIs => await WhoIsAsync(question, parsed.Subject, cancellationToken).ConfigureAwait(false),
            _ => await SearchCoreAsync(question, parsed.Subject, cancellationToken).ConfigureAwait(false),
        };
        BotMetrics.QuestionAnswered(answer.Kind.ToString());
        return answer;
    }

    /// <inheritdoc />
    public Task<Answer> QuotesFromAsync(string speaker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return StatementsAsync(speaker, QuestionParser.CleanName(speaker), null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Answer> SearchAsync(string terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return SearchCoreAsync(terms, terms, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var people = await store.GetPeopleAsync(cancellationToken).ConfigureAwait(false);
        var p = prefix.Trim();
        return people
            .Where(x => x.StatementCount > 0)
            .Select(x => (x.Person.Name, Rank: Rank(x, p)))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank)
            .Select(x => x.Name)
            .Take(Math.Max(0, limit))
            .ToList();

        static int Rank(PersonProfile person, string prefix) =>
            prefix.Length == 0 || person.Person.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? 0
            : person.Person.Name.Split(' ').Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
              || person.Person.Aliases.Any(a => a.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) ? 1
            : person.Person.Name.Contains(prefix, StringComparison.OrdinalIgnoreCase) ? 2
            : 3;
    }

    private async Task<Answer> StatementsAsync(string question, string name, string? topic, CancellationToken cancellationToken)
    {
        var (person, notFound) = await ResolveAsync(question, name, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return notFound!;
        }

        var fullName = person.Person.Name;
        if (person.StatementCount == 0)
        {
            return await NoStatementsAsync(question, person, cancellationToken).ConfigureAwait(false);
        }

        var stored = await store.GetStatementsAsync(fullName, topic, MaxStatements, cancellationToken).ConfigureAwait(false);
        var statements = stored
            .Where(s => string.Equals(s.Quote.Speaker, fullName, StringComparison.OrdinalIgnoreCase))
            .Select(ToStatement)
            .ToList();
        if (statements.Count == 0)
        {
            return NotFound(
                question,
                fullName,
                $"No statements found for {fullName} about “{topic}”; {fullName} has {Plural(person.StatementCount, "statement")} on other subjects.",
                [$"what did {fullName} say?"]);
        }

        var about = topic is null ? "" : $" about “{topic}”";
        return new Answer(question, AnswerKind.Statements, fullName, statements, [], $"{fullName}: {Plural(statements.Count, "statement")}{about}.", []);
    }

    private async Task<Answer> WhoSaidAsync(string question, string phrase, CancellationToken cancellationToken)
    {
        var stored = await store.SearchQuotesAsync(phrase, MaxStatements, cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            var hits = await store.SearchArticlesAsync(phrase, MaxHits, cancellationToken).ConfigureAwait(false);
            var where = hits.Count == 0 ? "" : " The words appear in the articles below, but not in an attributed statement.";
            return new Answer(question, AnswerKind.NotFound, null, [], hits, $"Nobody is quoted saying “{phrase}”.{where}", []);
        }

        var statements = stored.Select(ToStatement).ToList();
        var speakers = statements.Select(s => s.Speaker).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new Answer(
            question,
            AnswerKind.WhoSaid,
            speakers.Count == 1 ? speakers[0] : null,
            statements,
            [],
            $"“{phrase}” was said by {string.Join(", ", speakers)}.",
            []);
    }

    private async Task<Answer> WhoIsAsync(string question, string name, CancellationToken cancellationToken)
    {
        var (person, notFound) = await ResolveAsync(question, name, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return notFound!;
        }

        var p = person.Person;
        var kind = p.Kind == People.EntityKind.Organisation ? "an organisation" : "a person";
        var roles = p.Roles.Count == 0 ? "" : $", described as {string.Join("; ", p.Roles)}";
        var aliases = p.Aliases.Count == 0 ? "" : $" Also called {string.Join(", ", p.Aliases)}.";
        var message = $"{p.Name} is {kind}{roles}.{aliases} {Plural(person.StatementCount, "statement")} in {Plural(person.ArticleCount, "article")}.";
        return new Answer(question, AnswerKind.WhoIs, p.Name, [], [], message, []);
    }

    private async Task<Answer> SearchCoreAsync(string question, string terms, CancellationToken cancellationToken)
    {
        var hits = await store.SearchArticlesAsync(terms, MaxHits, cancellationToken).ConfigureAwait(false);
        return hits.Count == 0
            ? new Answer(question, AnswerKind.NotFound, null, [], [], $"Nothing in the indexed articles matches “{terms.Trim()}”.", [])
            : new Answer(question, AnswerKind.Search, null, [], hits, $"{Plural(hits.Count, "article")} match “{terms.Trim()}”.", []);
    }

    private async Task<(PersonProfile? Person, Answer? NotFound)> ResolveAsync(string question, string name, CancellationToken cancellationToken)
    {
        var candidates = await store.FindSpeakersAsync(name, cancellationToken).ConfigureAwait(false);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (candidates.Count == 0 && words.Length > 1)
        {
            // "President Trump", "Mr. Putin": try the last word as a surname.
            candidates = await store.FindSpeakersAsync(words[^1], cancellationToken).ConfigureAwait(false);
        }

        if (candidates.Count == 0)
        {
            var close = await CloseMatchesAsync(name, null, cancellationToken).ConfigureAwait(false);
            return (null, NotFound(question, null, $"No statements found for {name}: nobody by that name is in the indexed articles.", close));
        }

        var exact = candidates.FirstOrDefault(c => string.Equals(c.Person.Name, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return (exact, null);
        }

        var quoted = candidates.Where(c => c.StatementCount > 0).ToList();
        if (quoted.Count > 1)
        {
            var names = quoted.Select(c => c.Person.Name).ToList();
            return (null, NotFound(question, null, $"“{name}” could be {string.Join(" or ", names)}; which one?", names));
        }

        return (quoted.Count == 1 ? quoted[0] : candidates[0], null);
    }

    private async Task<Answer> NoStatementsAsync(string question, PersonProfile person, CancellationToken cancellationToken)
    {
        var name = person.Person.Name;
        var close = await CloseMatchesAsync(name, name, cancellationToken).ConfigureAwait(false);
        var message = $"No statements found for {name}: mentioned in {Plural(person.ArticleCount, "article")} but not quoted.";
        return NotFound(question, name, message, close);
    }

    private async Task<IReadOnlyList<string>> CloseMatchesAsync(string query, string? exclude, CancellationToken cancellationToken)
    {
        var speakers = (await store.GetPeopleAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => p.StatementCount > 0 && !string.Equals(p.Person.Name, exclude, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var close = speakers
            .Where(p => NameSimilarity.IsClose(query, p.Person.Name) || p.Person.Aliases.Any(a => NameSimilarity.IsClose(query, a)))
            .Select(p => p.Person.Name);
        var mostQuoted = speakers.OrderByDescending(p => p.StatementCount).Select(p => p.Person.Name);
        return close.Concat(mostQuoted).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSuggestions).ToList();
    }

    private static Answer NotFound(string question, string? subject, string message, IReadOnlyList<string> suggestions) =>
        new(question, AnswerKind.NotFound, subject, [], [], message, suggestions);

    private static Statement ToStatement(StoredQuote stored) =>
        new(stored.Quote.Text, stored.Quote.Kind, stored.Quote.Speaker, stored.Source, stored.Quote.Start, stored.Quote.End);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
