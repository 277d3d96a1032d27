namespace DigestBot.Host.Hosting;

/// <summary>Console logging for the web host: plain text by default, one JSON object per line when "Logging:Format" is "json".</summary>
internal static class LoggingSetup
{
    /// <summary>Switches the console logger to JSON when asked; any other value than "json" or "text" stops the start naming the key.</summary>
    public static void ConfigureConsole(ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logging);
        var format = configuration["Logging:Format"];
        if (string.IsNullOrWhiteSpace(format) || format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Logging:Format must be 'json' or 'text', not '{format}'; set Logging__Format=json for structured logs.");
        }

        logging.ClearProviders();
        logging.AddJsonConsole(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.IncludeScopes = false;
        });
    }
}
