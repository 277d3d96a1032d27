using Microsoft.Extensions.Options;
using Npgsql;

namespace DigestBot.Postgres;

/// <summary>Checks that <c>ConnectionStrings:Postgres</c> parses and names a host and a database, without echoing its secrets.</summary>
internal sealed class PostgresOptionsValidator : IValidateOptions<PostgresOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            // The data-annotation check reports the missing value with the full hint.
            return ValidateOptionsResult.Skip;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            // The parser names the bad keyword, not the value, so the message cannot leak the password.
            return ValidateOptionsResult.Fail($"{PostgresOptions.ConfigurationKey} is not a valid Npgsql connection string: {ex.Message}");
        }
        catch (FormatException ex)
        {
            return ValidateOptionsResult.Fail($"{PostgresOptions.ConfigurationKey} is not a valid Npgsql connection string: {ex.Message}");
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            failures.Add($"{PostgresOptions.ConfigurationKey} has no Host (e.g. \"Host=127.0.0.1\").");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            failures.Add($"{PostgresOptions.ConfigurationKey} has no Database (e.g. \"Database=digestbot\").");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
