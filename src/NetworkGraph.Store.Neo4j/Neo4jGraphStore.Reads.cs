using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Store.Neo4j.Mapping;
using NetworkGraph.Store.Neo4j.QueryApi;

namespace NetworkGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<NodeRecord>>([]);
        }
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.GetNodes, CypherParameters.Of(("ids", ids.Distinct().ToArray())), token);
                return (IReadOnlyList<NodeRecord>)result.Rows.Select(row => NodeMapping.ToRecord(result.Value(row, "n"))).ToList();
            },
            cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var parameters = CypherParameters.Of(
            ("label", query.Label?.ToString()),
            ("idIn", query.IdIn?.ToArray()),
            ("needle", query.TextContains is { } text ? SearchText.Fold(text) : null),
            ("propertyIn", query.PropertyIn
                .Select(condition => (IReadOnlyDictionary<string, object?>)CypherParameters.Of(("name", condition.Key), ("allowed", condition.Value.ToArray())))
                .ToList()),
            ("after", query.AfterId),
            // One node beyond the page tells whether another page follows.
            ("limit", query.First + 1L));
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.FindNodes, parameters, token);
                var nodes = ((List<object?>)result.SingleOrNone("nodes")!).Select(NodeMapping.ToRecord).ToList();
                return NodePage.FromOneBeyond(nodes, query.First, checked((int)(long)result.SingleOrNone("total")!));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        if (Expansion.NothingToExpand(nodeIds, types))
        {
            return Task.FromResult<IReadOnlyList<RelationshipRecord>>([]);
        }
        var statement = direction == Direction.Outgoing ? Statements.ExpandOutgoing : Statements.ExpandIncoming;
        return RunAsync(
            async token => (IReadOnlyList<RelationshipRecord>)Relationships(await ReadAsync(statement, ExpansionParameters(nodeIds, types), token)),
            cancellationToken);
    }

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        if (Expansion.NothingToExpand(nodeIds, types))
        {
            return Task.FromResult(Expansion.Empty);
        }
        var statement = direction == Direction.Outgoing ? Statements.ExpandOutgoingWithEnds : Statements.ExpandIncomingWithEnds;
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(statement, ExpansionParameters(nodeIds, types), token);
                var otherEnds = result.Rows
                    .Select(row => NodeMapping.ToRecord(result.Value(row, "other")))
                    .DistinctBy(node => node.Id)
                    .OrderBy(node => node.Id, StringComparer.Ordinal)
                    .ToList();
                return new Expansion(Relationships(result), otherEnds);
            },
            cancellationToken);
    }

    private static Dictionary<string, object?> ExpansionParameters(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<RelationshipType> types) =>
        CypherParameters.Of(("ids", nodeIds.Distinct().ToArray()), ("types", types.Distinct().Select(type => ConstantCase.ToText(type)).ToArray()));

    private static List<RelationshipRecord> Relationships(QueryResult result) =>
        [.. result.Rows.Select(row => RelationshipMapping.ToRecord(
            result.Value(row, "type"), result.Value(row, "fromId"), result.Value(row, "toId"), result.Value(row, "r")))];

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async token => (await ReadAsync(Statements.GraphVersion, CypherParameters.None, token)).SingleOrNone("version") as long?
                ?? throw SchemaMissing(),
            cancellationToken);

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.Snapshot, CypherParameters.None, token);
                var version = result.SingleOrNone("version") as long? ?? throw SchemaMissing();
                var nodes = ((List<object?>)result.SingleOrNone("nodes")!).Select(NodeMapping.ToRecord).ToList();
                var relationships = ((List<object?>)result.SingleOrNone("relationships")!)
                    .Cast<Dictionary<string, object?>>()
                    .Select(r => RelationshipMapping.ToRecord(r["type"], r["fromId"], r["toId"], r["relationship"]))
                    .ToList();
                return new GraphSnapshot(version, nodes, relationships);
            },
            cancellationToken);

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var parameters = CypherParameters.Of(
            ("org", query.ActorOrg),
            ("subject", query.ActorSubject),
            ("nodeId", query.NodeId),
            ("from", query.From is { } from ? AuditBounds.Format(from) : null),
            ("to", query.To is { } to ? AuditBounds.Format(to) : null),
            ("after", query.AfterId),
            ("limit", query.First + 1L));
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.FindAuditEvents, parameters, token);
                var events = ((List<object?>)result.SingleOrNone("events")!).Select(AuditMapping.ToEvent).ToList();
                return AuditPage.FromOneBeyond(events, query.First, checked((int)(long)result.SingleOrNone("total")!));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<AuditEvent>> GetChangesAsync(long afterGraphVersion, int limit, CancellationToken cancellationToken)
    {
        ChangeFeed.ThrowIfInvalid(afterGraphVersion, limit);
        var parameters = CypherParameters.Of(("after", AuditEvent.IdFor(afterGraphVersion)), ("limit", (long)limit));
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.Changes, parameters, token);
                IReadOnlyList<AuditEvent> events = [.. ((List<object?>)result.SingleOrNone("events")!).Select(AuditMapping.ToEvent)];
                return events;
            },
            cancellationToken);
    }
}
