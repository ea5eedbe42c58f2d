using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

internal static class GraphReads
{
    public const string SelectVersion = "SELECT value FROM graph_meta WHERE key = 'graph_version'";

    public static InvalidOperationException NotMigrated() =>
        new("The SQLite store has no graph version; run MigrateAsync before using it.");

    public static async Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        SqliteConnection connection,
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = ExpandStatement(direction, nodeIds, types, withEnds: false);
        var command = connection.Prepared(sql, transaction: null, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await RelationshipRows.ReadAllAsync(reader, cancellationToken);
    }

    /// <summary>
    /// One statement: each relationship with the node at its other end joined on (left-joined: a relationship
    /// always reads back, whatever happened to its end). A node several relationships lead to is read once.
    /// </summary>
    public static async Task<Expansion> ExpandWithEndsAsync(
        SqliteConnection connection,
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = ExpandStatement(direction, nodeIds, types, withEnds: true);
        var command = connection.Prepared(sql, transaction: null, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var relationships = new List<RelationshipRecord>();
        var otherEnds = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            relationships.Add(RelationshipRows.Read(reader));
            var relationship = relationships[^1];
            var otherEndId = direction == Direction.Outgoing ? relationship.ToId : relationship.FromId;
            if (!otherEnds.ContainsKey(otherEndId) && !reader.IsDBNull(RelationshipRows.ColumnCount))
            {
                otherEnds[otherEndId] = NodeRows.Read(reader, RelationshipRows.ColumnCount);
            }
        }
        return new Expansion(relationships, [.. otherEnds.Values]);
    }

    /// <summary>
    /// The statement reading the relationships of some types at some nodes, by one end, in store order; with the node
    /// at each relationship's other end joined on when <paramref name="withEnds"/>.
    /// </summary>
    internal static (string Sql, (string, object?)[] Parameters) ExpandStatement(
        Direction direction, IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<RelationshipType> types, bool withEnds)
    {
        var (end, otherEnd) = direction == Direction.Outgoing ? ("r.from_id", "r.to_id") : ("r.to_id", "r.from_id");
        var (endIn, idsParameter, typeIn, typesParameter) = Matching(end, nodeIds, types);
        var select = withEnds
            ? $"SELECT {RelationshipRows.Columns}, {NodeRows.Columns} FROM relationships r {ReadBy(direction)} LEFT JOIN nodes n ON n.id = {otherEnd}"
            : $"SELECT {RelationshipRows.Columns} FROM relationships r {ReadBy(direction)}";
        return ($"{select} WHERE {endIn} AND {typeIn} ORDER BY {RelationshipRows.Order}", [idsParameter, typesParameter]);
    }

    /// <summary>
    /// The index a read by one end goes through. By their target, relationships are read through the index on
    /// (to_id, type): left to choose, SQLite prefers the primary key because it yields the order asked for, and then
    /// walks every relationship of the type (0.2 s at 100,000 institutions instead of a few microseconds). By their
    /// source, the primary key (type, from_id, to_id) is the right one.
    /// </summary>
    private static string ReadBy(Direction direction) => direction == Direction.Incoming ? "INDEXED BY relationships_by_to" : "";

    private static (string EndIn, (string, object?) Ids, string TypeIn, (string, object?) Types) Matching(
        string end, IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<RelationshipType> types)
    {
        var (endIn, ids) = SqliteCommands.In(end, "@ids", nodeIds);
        IReadOnlyCollection<string> typeNames = types.Count == 1
            ? [ConstantCase.ToText(types.First())]
            : [.. types.Select(type => ConstantCase.ToText(type)).Distinct()];
        var (typeIn, typeTexts) = SqliteCommands.In("r.type", "@types", typeNames);
        return (endIn, ids, typeIn, typeTexts);
    }

    public static async Task<long> GetVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var command = connection.Prepared(SelectVersion, transaction: null);
        return await command.ExecuteScalarAsync(cancellationToken) as long? ?? throw NotMigrated();
    }

    public static async Task<GraphSnapshot> GetSnapshotAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // One read transaction: the version, the nodes and the relationships describe the same graph.
        // The version is read first, in the order writes lock the tables (BatchWriter bumps it first):
        // in a shared-cache (in-memory) database each table stays locked until its transaction ends,
        // and the same order makes a snapshot and a write wait for each other, never deadlock.
        // Disposing the read transaction ends it; there is nothing to commit.
        using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.Command(
            $"""
            {SelectVersion};
            SELECT {NodeRows.Columns} FROM nodes n ORDER BY n.id;
            SELECT {RelationshipRows.Columns} FROM relationships r ORDER BY {RelationshipRows.Order};
            """,
            transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var version = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var shared = new SharedReads();
        var nodes = await NodeRows.ReadAllAsync(reader, shared, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var relationships = await RelationshipRows.ReadAllAsync(reader, shared, cancellationToken);
        return new GraphSnapshot(version, nodes, relationships);
    }
}
