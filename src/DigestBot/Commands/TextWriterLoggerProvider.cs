namespace DigestBot.Host.Commands;

/// <summary>Writes warnings and errors as single "warning: ..." lines to a writer (stderr), so they never mix into command output.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(writer);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var level = logLevel == LogLevel.Warning ? "warning" : "error";
            var detail = exception is null ? "" : ": " + exception.Message.Split('\n')[0].Trim();
            lock (writer)
            {
                writer.WriteLine($"{level}: {formatter(state, exception)}{detail}");
            }
        }
    }
}
