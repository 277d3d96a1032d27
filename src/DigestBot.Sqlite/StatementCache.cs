using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite;

/// <summary>
/// The commands of one write transaction, kept by their SQL so each statement is prepared once per transaction
/// instead of once per row: a batch of 500 articles runs each INSERT thousands of times.
/// </summary>
internal sealed class StatementCache(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, bound to the transaction, with these parameter values.</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Sql.Command(connection, transaction, sql);
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement and returns the rows affected.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs a query and returns the first column of the first row.</summary>
    public Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteScalarAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
    }
}
