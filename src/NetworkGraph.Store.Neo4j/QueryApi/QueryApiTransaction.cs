using NetworkGraph.Store.Neo4j.Cypher;

namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction: its id and the cluster member holding it (the <c>neo4j-cluster-affinity</c>
/// the server sent), replayed on every later request, commit and rollback included.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiClient client, string id, string? affinity)
{
    private string? _affinity = affinity;

    /// <summary>False once the server has closed it: committed, or rolled back after an error.</summary>
    public bool IsOpen { get; private set; } = true;

    public async Task<QueryResult> RunAsync(
        CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var response = await client.SendInTransactionAsync(
            HttpMethod.Post, $"/tx/{id}", _affinity, statement, parameters, $"statement {statement.Name}", cancellationToken, Observe);
        return response.Result;
    }

    /// <summary>Commits and returns the bookmarks of the committed state.</summary>
    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken)
    {
        var response = await client.SendInTransactionAsync(
            HttpMethod.Post, $"/tx/{id}/commit", _affinity, null, null, "commit", cancellationToken, Observe);
        IsOpen = false;
        return response.Bookmarks;
    }

    /// <summary>
    /// Rolls back if the server may still hold the transaction. Failures are ignored: the server rolls
    /// back an abandoned transaction when it expires, and the caller is already reporting a failure.
    /// </summary>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            return;
        }
        IsOpen = false;
        try
        {
            await client.SendInTransactionAsync(HttpMethod.Delete, $"/tx/{id}", _affinity, null, null, "rollback", cancellationToken);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing to add to the failure being reported; see the summary.
        }
    }

    private void Observe(QueryApiResponse response)
    {
        _affinity = response.Affinity ?? _affinity;
        // A response without the transaction means the server closed it, as it does after an error.
        IsOpen = response.TransactionId is not null;
    }
}
