using GraphQL.DataLoader;

namespace NetworkGraph.Api.GraphQL.Loading;

/// <summary>
/// The request-scoped batch loaders every resolver goes through: nodes by id, and relationships
/// of one type in one direction by node id. One instance per request, so nothing is shared
/// between callers and every request sees the store as it is. Feedback items the viewer may not
/// see load as missing, so no path through the graph reveals them.
/// </summary>
public sealed class GraphLoaders(IGraphStore store, Viewer viewer)
{
    // A plain map under a lock: a request asks for a few loaders, and a concurrent map costs more to build than it saves.
    private readonly Dictionary<(Direction, RelationshipType, bool WithEnds), BatchLoader<string, IReadOnlyList<RelationshipRecord>>> _relationships = [];
    private readonly Lock _relationshipsLock = new();

    private readonly BatchLoader<string, NodeRecord?> _nodes = new(
        async (ids, cancellationToken) =>
        {
            var nodes = await store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
            var visibility = await viewer.VisibilityOfAsync(nodes, cancellationToken).ConfigureAwait(false);
            return nodes.Where(visibility.CanSee).ToDictionary(node => node.Id, node => (NodeRecord?)node);
        },
        missing: null);

    public IDataLoaderResult<NodeRecord?> Node(string id) => _nodes.Load(id);

    /// <summary>Nodes in the order of <paramref name="ids"/>, skipping ids that no longer exist.</summary>
    public IDataLoaderResult<IReadOnlyList<NodeRecord>> Nodes(IEnumerable<string> ids) =>
        DataLoaderResults.All(ids.Select(Node).ToList())
            .Select(nodes => (IReadOnlyList<NodeRecord>)[.. nodes.OfType<NodeRecord>()]);

    /// <summary>
    /// <paramref name="nodeId"/>'s relationships of one type and direction. With <paramref name="withEnds"/>, the
    /// nodes at their other ends come in the same round trip and wait in the node loader for whoever follows them.
    /// </summary>
    /// <remarks>With <paramref name="asOf"/>, only those that hold on that date (<see cref="Validity"/>).</remarks>
    public IDataLoaderResult<IReadOnlyList<RelationshipRecord>> Relationships(
        string nodeId, Direction direction, RelationshipType type, bool withEnds = false, DateOnly? asOf = null) =>
        asOf is not { } date
            ? RelationshipLoader((direction, type, withEnds)).Load(nodeId)
            : RelationshipLoader((direction, type, withEnds)).Load(nodeId)
                .Select<IReadOnlyList<RelationshipRecord>, IReadOnlyList<RelationshipRecord>>(relationships => [.. relationships.Where(r => Validity.HoldsOn(r, date))]);

    private BatchLoader<string, IReadOnlyList<RelationshipRecord>> RelationshipLoader((Direction, RelationshipType, bool) key)
    {
        lock (_relationshipsLock)
        {
            if (!_relationships.TryGetValue(key, out var loader))
            {
                loader = CreateRelationshipLoader(key);
                _relationships[key] = loader;
            }
            return loader;
        }
    }

    /// <summary>The nodes at the other end of <paramref name="nodeId"/>'s relationships of one type and direction.</summary>
    public IDataLoaderResult Neighbours(string nodeId, Direction direction, RelationshipType type, DateOnly? asOf = null) =>
        Relationships(nodeId, direction, type, withEnds: true, asOf).Then(relationships => Nodes(relationships.Select(r => r.OtherEnd(nodeId))));

    /// <summary>The first such neighbour, or null: for relationships the model allows once (a meeting's network).</summary>
    public IDataLoaderResult Neighbour(string nodeId, Direction direction, RelationshipType type, DateOnly? asOf = null) =>
        Relationships(nodeId, direction, type, withEnds: true, asOf).Then(relationships => relationships.Count == 0
            ? Nothing.Instance
            : Node(relationships[0].OtherEnd(nodeId)));

    private BatchLoader<string, IReadOnlyList<RelationshipRecord>> CreateRelationshipLoader((Direction Direction, RelationshipType Type, bool WithEnds) key) =>
        new(async (ids, cancellationToken) =>
            {
                IReadOnlyList<RelationshipRecord> relationships;
                if (key.WithEnds)
                {
                    var expansion = await store.ExpandWithEndsAsync(ids, key.Direction, [key.Type], cancellationToken).ConfigureAwait(false);
                    // The node loader's own fetch would apply the same visibility.
                    var visibility = await viewer.VisibilityOfAsync(expansion.OtherEnds, cancellationToken).ConfigureAwait(false);
                    _nodes.Prime(expansion.OtherEnds.Select(node => KeyValuePair.Create(node.Id, visibility.CanSee(node) ? node : null)));
                    relationships = expansion.Relationships;
                }
                else
                {
                    relationships = await store.ExpandAsync(ids, key.Direction, [key.Type], cancellationToken).ConfigureAwait(false);
                }
                var byNode = relationships.ToLookup(r => key.Direction == Direction.Outgoing ? r.FromId : r.ToId);
                return ids.ToDictionary(id => id, id => (IReadOnlyList<RelationshipRecord>)[.. byNode[id]]);
            },
            missing: []);

    private sealed class Nothing : IDataLoaderResult
    {
        public static readonly Nothing Instance = new();

        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(null);
    }
}
