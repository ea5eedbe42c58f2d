using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> input into a store query: enum lists become property conditions,
/// <c>nameContains</c> a folded text match, and id lists that name related nodes (themes,
/// networks ...) are followed through the graph first, one store call per hop for all ids.
/// Null or empty lists do not filter.
/// </summary>
public sealed class NodeFilter(NodeLabel label)
{
    private readonly List<(string Argument, string Property)> _properties = [];
    private readonly List<(string Argument, (Direction, RelationshipType)[] Path)> _paths = [];

    public NodeLabel Label => label;

    public NodeFilter Property(string argument, string property)
    {
        _properties.Add((argument, property));
        return this;
    }

    /// <summary>The argument holds ids of nodes from which <paramref name="path"/> leads to the nodes wanted.</summary>
    public NodeFilter Through(string argument, params (Direction, RelationshipType)[] path)
    {
        _paths.Add((argument, path));
        return this;
    }

    public async Task<NodeQuery> ToQueryAsync(IDictionary<string, object?>? where, IGraphStore store, CancellationToken cancellationToken)
    {
        var query = new NodeQuery { Label = label };
        if (where is null)
        {
            return query;
        }
        var propertyIn = new Dictionary<string, IReadOnlyCollection<string>>();
        foreach (var (argument, property) in _properties)
        {
            if (Values(where, argument) is { Count: > 0 } values)
            {
                propertyIn[property] = values;
            }
        }
        HashSet<string>? ids = null;
        foreach (var (argument, path) in _paths)
        {
            if (Values(where, argument) is { Count: > 0 } start)
            {
                var reached = await FollowAsync(start, path, store, cancellationToken).ConfigureAwait(false);
                ids = ids is null ? reached : [.. ids.Intersect(reached)];
            }
        }
        var text = where.TryGetValue("nameContains", out var value) ? value as string : null;
        return query with
        {
            PropertyIn = propertyIn,
            IdIn = ids,
            TextContains = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        };
    }

    private static async Task<HashSet<string>> FollowAsync(
        IReadOnlyCollection<string> start, (Direction Direction, RelationshipType Type)[] path, IGraphStore store, CancellationToken cancellationToken)
    {
        var frontier = new HashSet<string>(start);
        foreach (var (direction, type) in path)
        {
            if (frontier.Count == 0)
            {
                break;
            }
            var relationships = await store.ExpandAsync(frontier, direction, [type], cancellationToken).ConfigureAwait(false);
            frontier = [.. relationships.Select(r => direction == Direction.Outgoing ? r.ToId : r.FromId)];
        }
        return frontier;
    }

    private static List<string>? Values(IDictionary<string, object?> where, string argument) =>
        where.TryGetValue(argument, out var value) && value is IEnumerable<object?> items
            ? [.. items.OfType<object>().Select(item => item is Enum e ? ConstantCase.ToText(e) : item.ToString()!)]
            : null;
}
