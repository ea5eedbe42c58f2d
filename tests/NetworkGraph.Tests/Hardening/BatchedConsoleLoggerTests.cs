using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Observability.Logging;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>The service's console logger: the built-in formatters and settings, written in batches.</summary>
public sealed class BatchedConsoleLoggerTests
{
    [Fact]
    public void it_writes_what_the_built_in_simple_formatter_writes()
    {
        var (lines, output, _) = Provider(new Dictionary<string, string?> { ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled" });

        lines.CreateLogger("NetworkGraph.Store").LogInformation("The store was empty: seeded {Nodes} nodes", 108);
        lines.Dispose();

        Assert.Equal(
            "info: NetworkGraph.Store[0]\n      The store was empty: seeded 108 nodes\n",
            output.Text().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void the_json_formatter_is_used_when_configured_and_its_lines_are_json()
    {
        var (lines, output, _) = Provider(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" });

        lines.CreateLogger("NetworkGraph.Api.Observability.RequestLogging").LogInformation("{Method} {Path} answered {Status}", "POST", "/graphql", 200);
        lines.Dispose();

        var line = JsonDocument.Parse(Assert.Single(output.Lines())).RootElement;
        Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
        Assert.Equal("NetworkGraph.Api.Observability.RequestLogging", line.GetProperty("Category").GetString());
        Assert.Equal("POST /graphql answered 200", line.GetProperty("Message").GetString());
        Assert.Equal("200", line.GetProperty("State").GetProperty("Status").ToString());
    }

    [Fact]
    public void entries_from_the_standard_error_threshold_up_go_to_standard_error()
    {
        var (lines, output, errors) = Provider(new Dictionary<string, string?>
        {
            ["Logging:Console:LogToStandardErrorThreshold"] = "Warning",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
        });
        var logger = lines.CreateLogger("NetworkGraph.Tests");

        logger.LogInformation("all is well");
        logger.LogWarning("the store is slow");
        logger.LogError(new InvalidOperationException("boom"), "the store failed");
        lines.Dispose();

        Assert.Equal(["info: NetworkGraph.Tests[0] all is well"], output.Lines());
        var errorLines = errors.Text();
        Assert.Contains("warn: NetworkGraph.Tests[0] the store is slow", errorLines, StringComparison.Ordinal);
        Assert.Contains("fail: NetworkGraph.Tests[0] the store failed System.InvalidOperationException: boom", errorLines, StringComparison.Ordinal);
    }

    [Fact]
    public void an_unknown_formatter_name_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Provider(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "xml" }));

        Assert.Contains("Logging:Console:FormatterName 'xml'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_reload_changes_the_formatter_and_one_naming_an_unknown_formatter_keeps_the_one_in_use()
    {
        var (lines, output, _, configuration) = ProviderWithConfiguration(new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        });
        var logger = lines.CreateLogger("NetworkGraph.Tests");

        logger.LogInformation("one");
        configuration["Logging:Console:FormatterName"] = "xml";
        configuration.Reload();
        logger.LogInformation("two");
        configuration["Logging:Console:FormatterName"] = "simple";
        configuration.Reload();
        logger.LogInformation("three");
        lines.Dispose();

        var written = output.Lines();
        Assert.Equal(3, written.Count);
        Assert.Equal("one", JsonDocument.Parse(written[0]).RootElement.GetProperty("Message").GetString());
        Assert.Equal("two", JsonDocument.Parse(written[1]).RootElement.GetProperty("Message").GetString());
        Assert.Equal("info: NetworkGraph.Tests[0] three", written[2]);
    }

    [Fact]
    public void a_line_logged_while_another_is_being_formatted_on_the_same_thread_leaves_both_whole()
    {
        var (lines, output, _) = Provider(new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        });
        var logger = lines.CreateLogger("NetworkGraph.Tests");

        logger.LogInformation("outer {Value}", new LogsWhenFormatted(logger));
        lines.Dispose();

        Assert.Equal(["info: NetworkGraph.Tests[0] inner", "info: NetworkGraph.Tests[0] outer formatted"], output.Lines());
    }

    private sealed class LogsWhenFormatted(ILogger logger)
    {
        public override string ToString()
        {
            logger.LogInformation("inner");
            return "formatted";
        }
    }

    [Fact]
    public async Task the_service_logs_through_it_in_place_of_the_built_in_console_logger()
    {
        await using var app = new NetworkGraphApp();

        var providers = app.Services.GetServices<ILoggerProvider>().ToList();

        Assert.Contains(providers, p => p is BatchedConsoleLoggerProvider);
        Assert.DoesNotContain(providers, p => p is ConsoleLoggerProvider);
    }

    [Fact]
    public void console_settings_such_as_log_levels_apply_to_it_under_the_console_alias()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:Console:LogLevel:Default"] = "Warning",
        }).Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddConsole();
            logging.UseBatchedConsole();
        });
        using var provider = services.BuildServiceProvider();

        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkGraph.Tests");

        Assert.Contains(provider.GetServices<ILoggerProvider>(), p => p is BatchedConsoleLoggerProvider);
        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    private static (BatchedConsoleLoggerProvider Lines, LogLineWriterTests.RecordingStream Output, LogLineWriterTests.RecordingStream Errors) Provider(
        Dictionary<string, string?> settings)
    {
        var (lines, output, errors, _) = ProviderWithConfiguration(settings);
        return (lines, output, errors);
    }

    private static (BatchedConsoleLoggerProvider Lines, LogLineWriterTests.RecordingStream Output, LogLineWriterTests.RecordingStream Errors, IConfigurationRoot Configuration)
        ProviderWithConfiguration(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            // Registers the built-in formatters (simple, json, systemd) and binds Logging:Console.
            logging.AddConsole();
        });
        var container = services.BuildServiceProvider();
        var output = new LogLineWriterTests.RecordingStream();
        var errors = new LogLineWriterTests.RecordingStream();
        var provider = new BatchedConsoleLoggerProvider(
            container.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(),
            container.GetServices<ConsoleFormatter>(),
            output,
            errors);
        return (provider, output, errors, configuration);
    }
}
