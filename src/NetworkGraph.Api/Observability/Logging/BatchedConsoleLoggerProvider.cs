using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Observability.Logging;

/// <summary>
/// The console logger of this service: the same formatters and <c>Logging:Console</c> settings as the built-in one
/// (formatter name, its options, standard-error threshold, queue length and full mode), written through a
/// <see cref="LogLineWriter"/> that writes many lines per system call instead of one.
/// </summary>
[ProviderAlias("Console")]
public sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly Dictionary<string, ConsoleFormatter> _formatters;
    private readonly IDisposable? _onChange;
    private Settings _settings;

    public BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
        : this(options, formatters, Console.OpenStandardOutput(), Console.OpenStandardError())
    {
    }

    internal BatchedConsoleLoggerProvider(
        IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, Stream output, Stream errors)
    {
        _formatters = new Dictionary<string, ConsoleFormatter>(StringComparer.OrdinalIgnoreCase);
        foreach (var formatter in formatters)
        {
            // As the built-in provider: the first formatter registered under a name is the one used.
            _formatters.TryAdd(formatter.Name, formatter);
        }
        var current = options.CurrentValue;
        _settings = SettingsFrom(current) ?? throw new InvalidOperationException(
            $"Logging:Console:FormatterName '{current.FormatterName}' is not a registered console formatter ({string.Join(", ", _formatters.Keys)}).");
        // The queue's length and full mode are fixed at start; formatter and standard-error threshold follow reloads.
        Lines = new LogLineWriter(output, errors, new LogLineWriterOptions
        {
            MaxQueuedLines = current.MaxQueueLength,
            QueueFullMode = current.QueueFullMode,
        });
        // A reload naming an unknown formatter keeps the settings in use rather than failing the reload.
        _onChange = options.OnChange(changed => _settings = SettingsFrom(changed) ?? _settings);
    }

    internal LogLineWriter Lines { get; }

    internal IExternalScopeProvider? ScopeProvider { get; private set; }

    internal Settings Settings => _settings;

    public ILogger CreateLogger(string categoryName) => new BatchedConsoleLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => ScopeProvider = scopeProvider;

    public void Dispose()
    {
        _onChange?.Dispose();
        Lines.Dispose();
    }

    private Settings? SettingsFrom(ConsoleLoggerOptions options) =>
        _formatters.TryGetValue(options.FormatterName ?? ConsoleFormatterNames.Simple, out var formatter)
            ? new Settings(formatter, options.LogToStandardErrorThreshold)
            : null;
}

/// <summary>The formatter in use and the level from which lines go to standard error.</summary>
internal sealed record Settings(ConsoleFormatter Formatter, LogLevel ToErrorsFrom);
