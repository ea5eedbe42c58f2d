using Microsoft.Extensions.Options;
using NetworkGraph.Store.Neo4j;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// Creates the store's constraints and indexes, waiting for a server that is still starting (as it
/// is when both come up together) for at most <c>Neo4j:StartupWait</c>, then giving up with a
/// message that names <c>Neo4j:Uri</c>.
/// </summary>
public sealed partial class Neo4jStoreInitializer(
    Neo4jGraphStore store, IOptions<Neo4jSettings> settings, TimeProvider timeProvider, ILogger<Neo4jStoreInitializer> logger) : IStoreInitializer
{
    private static readonly TimeSpan _pause = TimeSpan.FromSeconds(2);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var startupWait = settings.Value.Read().StartupWait;
        var uri = settings.Value.Uri;
        var started = timeProvider.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.EnsureSchemaAsync(cancellationToken);
                return;
            }
            catch (GraphUnavailableException e) when (timeProvider.GetElapsedTime(started) + _pause <= startupWait)
            {
                LogWaiting(logger, uri, attempt, e.Message);
                await Task.Delay(_pause, timeProvider, cancellationToken);
            }
            catch (GraphUnavailableException e)
            {
                throw new GraphUnavailableException(
                    $"Neo4j at {uri} (Neo4j:Uri) is not usable after {attempt} attempt{(attempt == 1 ? "" : "s")} in {timeProvider.GetElapsedTime(started).TotalSeconds:0} s "
                    + $"(Neo4j:StartupWait is {startupWait}): {e.Message}",
                    e);
            }
            catch (NotSupportedException e)
            {
                throw new GraphUnavailableException($"Neo4j at {uri} (Neo4j:Uri) cannot hold this store: {e.Message}", e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j at {Uri} is not usable yet (attempt {Attempt}): {Problem}")]
    private static partial void LogWaiting(ILogger logger, string? uri, int attempt, string problem);
}
