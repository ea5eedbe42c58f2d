using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace NetworkGraph.Api.Observability.Logging;

public static class BatchedConsoleLoggingExtensions
{
    /// <summary>
    /// Puts <see cref="BatchedConsoleLoggerProvider"/> in the place of the built-in console logger, keeping its
    /// formatters and settings. Does nothing when the console logger is not registered (a host that cleared the
    /// providers keeps its choice).
    /// </summary>
    public static ILoggingBuilder UseBatchedConsole(this ILoggingBuilder logging)
    {
        var console = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        if (console.Count == 0)
        {
            return logging;
        }
        foreach (var descriptor in console)
        {
            logging.Services.Remove(descriptor);
        }
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, BatchedConsoleLoggerProvider>());
        return logging;
    }
}
