using Microsoft.Extensions.Logging.Abstractions;

namespace NetworkGraph.Api.Operations.Logging;

/// <summary>Formats an entry with the configured console formatter on the caller's thread and queues the line.</summary>
internal sealed class BatchedConsoleLogger(string category, BatchedConsoleLoggerProvider provider) : ILogger
{
    [ThreadStatic]
    private static StringWriter? _text;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        provider.ScopeProvider?.Push(state) ?? NullScope.Instance;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        var text = _text ??= new StringWriter();
        var entry = new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
        var settings = provider.Settings;
        settings.Formatter.Write(in entry, provider.ScopeProvider, text);

        var builder = text.GetStringBuilder();
        if (builder.Length == 0)
        {
            return;
        }
        var line = builder.ToString();
        builder.Clear();
        if (builder.Capacity > 4096)
        {
            builder.Capacity = 1024;
        }
        provider.Lines.Write(line, logLevel >= settings.ToErrorsFrom);
    }

    private sealed class NullScope : IDisposable
    {
        public static readonly NullScope Instance = new();

        public void Dispose()
        {
        }
    }
}
