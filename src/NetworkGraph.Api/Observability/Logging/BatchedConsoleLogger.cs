using Microsoft.Extensions.Logging.Abstractions;

namespace NetworkGraph.Api.Observability.Logging;

/// <summary>Formats an entry with the configured console formatter on the caller's thread and queues the line.</summary>
internal sealed class BatchedConsoleLogger(string category, BatchedConsoleLoggerProvider provider) : ILogger
{
    [ThreadStatic]
    private static StringWriter? _text;

    [ThreadStatic]
    private static bool _formatting;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        provider.ScopeProvider?.Push(state) ?? NullScope.Instance;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        // The thread's writer is reused, unless a line is being formatted on this thread already (a state or a
        // scope that logs while it is turned into text): then that nested line gets a writer of its own.
        var reused = !_formatting;
        var text = reused ? _text ??= new StringWriter() : new StringWriter();
        var settings = provider.Settings;
        string line;
        _formatting = true;
        try
        {
            var entry = new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
            settings.Formatter.Write(in entry, provider.ScopeProvider, text);
            line = text.ToString();
        }
        finally
        {
            _formatting = !reused;
            var builder = text.GetStringBuilder();
            builder.Clear();
            if (builder.Capacity > 4096)
            {
                builder.Capacity = 1024;
            }
        }
        if (line.Length > 0)
        {
            provider.Lines.Write(line, logLevel >= settings.ToErrorsFrom);
        }
    }

    private sealed class NullScope : IDisposable
    {
        public static readonly NullScope Instance = new();

        public void Dispose()
        {
        }
    }
}
