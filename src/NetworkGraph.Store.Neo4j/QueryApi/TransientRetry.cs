using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>
/// Runs a unit of work again, after a growing, jittered pause, only when Neo4j answered
/// <c>Neo.TransientError.*</c> (a deadlock, a leader switch, a lock timeout): those say nothing was
/// applied and the same request may succeed. Any other failure is final and surfaces at once.
/// </summary>
internal sealed class TransientRetry(Neo4jStoreOptions options, TimeProvider timeProvider)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (TransientNeo4jException) when (attempt < options.MaxAttempts)
            {
                await Task.Delay(Backoff(attempt), timeProvider, cancellationToken);
            }
            catch (TransientNeo4jException exception)
            {
                throw new GraphUnavailableException(
                    $"Neo4j at {options.Uri} still answered {exception.Error.Code} after {attempt} attempts: {exception.Error.Message}", exception);
            }
        }
    }

    /// <summary>Doubling from the base delay up to the maximum, then scaled by a random factor in [0.5, 1) so that writers that collided do not retry in step.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}
