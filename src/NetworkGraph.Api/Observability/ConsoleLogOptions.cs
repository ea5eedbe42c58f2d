using System.ComponentModel.DataAnnotations;
using ZLogger;
using ZLogger.Providers;

namespace NetworkGraph.Api.Observability;

/// <summary>
/// How the console log is written. The names are those of the built-in console logger that came before, so
/// these settings written for it keep their meaning; its levels do not (<c>Logging:Console:LogLevel</c> no longer
/// applies: a level for the console alone goes under <c>Logging:ZLoggerConsole:LogLevel</c>). Read once, when the
/// host starts.
/// </summary>
public sealed class ConsoleLogOptions
{
    public const string Section = "Logging:Console";

    /// <summary><c>simple</c>: one plain line per entry; <c>json</c>: one JSON object per line, each field of the message a property.</summary>
    [RegularExpression("(?i)simple|json", ErrorMessage = "Logging:Console:FormatterName must be simple or json.")]
    public string FormatterName { get; set; } = "simple";

    public FormatterSettings FormatterOptions { get; set; } = new();

    /// <summary>Entries from this level up go to standard error; with None, every entry goes to standard output.</summary>
    public LogLevel LogToStandardErrorThreshold { get; set; } = LogLevel.None;

    /// <summary>Entries waiting for the background writer, at most.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Logging:Console:MaxQueueLength must be between 1 and 1000000.")]
    public int MaxQueueLength { get; set; } = 2_500;

    public ConsoleLogQueueFullMode QueueFullMode { get; set; } = ConsoleLogQueueFullMode.Wait;

    private bool IsJson => string.Equals(FormatterName, "json", StringComparison.OrdinalIgnoreCase);

    internal void ApplyTo(ZLoggerOptions options)
    {
        options.IncludeScopes = FormatterOptions.IncludeScopes;
        // ZLogger's own default lets the queue grow without bound behind an output that stalls.
        options.BackgroundBufferCapacity = MaxQueueLength;
        options.FullMode = QueueFullMode == ConsoleLogQueueFullMode.DropWrite ? BackgroundBufferFullMode.Drop : BackgroundBufferFullMode.Block;
        if (options is ZLoggerConsoleOptions console)
        {
            console.LogToStandardErrorThreshold = LogToStandardErrorThreshold;
        }
        if (IsJson)
        {
            options.UseJsonFormatter();
        }
        else
        {
            // ZLogger's plain text is the message alone; the level and the category say what a line is about.
            options.UsePlainTextFormatter(formatter => formatter.SetPrefixFormatter(
                $"{0:short} {1}: ", (in MessageTemplate template, in LogInfo info) => template.Format(info.LogLevel, info.Category)));
        }
    }

    public sealed class FormatterSettings
    {
        /// <summary>Whether JSON lines carry the scopes around the entry, such as ASP.NET Core's request and trace ids.</summary>
        public bool IncludeScopes { get; set; }
    }
}

/// <summary>What a caller does when the console log's queue is full.</summary>
public enum ConsoleLogQueueFullMode
{
    /// <summary>Waits for room: no line is lost, and a stalled output slows the service down.</summary>
    Wait,

    /// <summary>Drops the line: the service keeps its pace, and the log has gaps.</summary>
    DropWrite,
}
