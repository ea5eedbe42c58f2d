using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

internal static class NodeReads
{
    public static async Task<IReadOnlyList<NodeRecord>> GetAsync(
        SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var (idIn, idsParameter) = SqliteCommands.In("n.id", "@ids", ids);
        var command = connection.Prepared($"SELECT {NodeRows.Columns} FROM nodes n WHERE {idIn} ORDER BY n.id", transaction: null, idsParameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await NodeRows.ReadAllAsync(reader, cancellationToken);
    }

    public static async Task<NodePage> FindAsync(SqliteConnection connection, NodeQuery query, CancellationToken cancellationToken)
    {
        // The count and the page must describe the same state of the graph; the read transaction
        // ends (nothing to commit) when it is disposed.
        using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = NodeQuerySql.Command(connection, transaction, query);
        var (nodes, totalCount) = await PagedListing.ReadAsync(command, NodeRows.ReadAllAsync, cancellationToken);
        return NodePage.FromOneBeyond(nodes, query.First, totalCount);
    }

    public static async Task<NodeSearchPage> SearchAsync(SqliteConnection connection, NodeSearch search, CancellationToken cancellationToken)
    {
        if (NodeSearchSql.BestMatchesCommand(connection, search) is { } best
            && await ReadSliceAsync(best, search, cancellationToken) is { HasMore: true } complete)
        {
            return complete;
        }
        return await ReadSliceAsync(NodeSearchSql.Command(connection, search), search, cancellationToken);
    }

    private static async Task<NodeSearchPage> ReadSliceAsync(SqliteCommand command, NodeSearch search, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return NodeSearchPage.FromOneBeyond(await NodeRows.ReadAllAsync(reader, cancellationToken), search.First);
    }
}
