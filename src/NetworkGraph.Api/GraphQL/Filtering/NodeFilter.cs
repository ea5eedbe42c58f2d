using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> input into a store query: enum lists become property conditions,
/// <c>nameContains</c> a folded text match, and id lists that name related nodes (themes,
/// networks ...) are followed through the graph first, one store call per hop for all ids.
/// Null or empty lists do not filter.
/// </summary>
public sealed class NodeFilter(NodeLabel label)
{
    /// <summary>How a where input names and explains a filter on a property: alike for every label that has the property.</summary>
    private static readonly Dictionary<string, (string Argument, string Description)> _propertyFilters = new(StringComparer.Ordinal)
    {
        ["level"] = ("levels", "At one of these governance levels."),
        ["kind"] = ("kinds", "Of one of these kinds."),
        ["status"] = ("statuses", "In one of these statuses."),
        ["expectedLevels"] = ("expectedLevels", "Expected to be covered at one of these levels."),
    };

    private readonly List<(WhereField Field, string Property)> _properties = [];
    private readonly List<(WhereField Field, Follow Follow)> _paths = [];

    /// <summary>From the ids a where list names to the ids of the nodes wanted, through the store.</summary>
    public delegate Task<HashSet<string>> Follow(IReadOnlyCollection<string> start, IGraphStore store, CancellationToken cancellationToken);

    public NodeLabel Label => label;

    /// <summary>The where input's lists, in order: the property filters, then the paths.</summary>
    public IEnumerable<WhereField> Fields => _properties.Select(filter => filter.Field).Concat(_paths.Select(filter => filter.Field));

    /// <summary>Filters on the values of one of the label's enumeration properties, typed as the model types it.</summary>
    public NodeFilter Property(string property)
    {
        var spec = GraphSchema.Nodes[label].Single(spec => spec.Name == property);
        var (argument, description) = _propertyFilters[property];
        _properties.Add((new WhereField(argument, description, PropertyGraphTypes.EnumOf(spec)), property));
        return this;
    }

    /// <summary>The argument holds ids of nodes from which <paramref name="path"/> leads to the nodes wanted.</summary>
    public NodeFilter Through(string argument, string description, params (Direction, RelationshipType)[] path) =>
        Through(argument, description, [.. path.Select(step => new PathStep(step.Item1, step.Item2))]);

    /// <inheritdoc cref="Through(string, string, ValueTuple{Direction, RelationshipType}[])"/>
    public NodeFilter Through(string argument, string description, params PathStep[] path) =>
        Through(argument, description, (start, store, cancellationToken) => FollowAsync(start, path, store, cancellationToken));

    /// <summary>The argument holds ids from which <paramref name="follow"/> finds the nodes wanted.</summary>
    public NodeFilter Through(string argument, string description, Follow follow)
    {
        _paths.Add((new WhereField(argument, description, typeof(IdGraphType)), follow));
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
        foreach (var (field, property) in _properties)
        {
            if (Values(where, field.Argument) is { Count: > 0 } values)
            {
                propertyIn[property] = values;
            }
        }
        HashSet<string>? ids = null;
        foreach (var (field, follow) in _paths)
        {
            if (Values(where, field.Argument) is { Count: > 0 } start)
            {
                var reached = await follow(start, store, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Follows <paramref name="path"/> from the start ids, one store call per hop (per round for AnyDepth).</summary>
    public static async Task<HashSet<string>> FollowAsync(
        IReadOnlyCollection<string> start, PathStep[] path, IGraphStore store, CancellationToken cancellationToken)
    {
        var frontier = new HashSet<string>(start);
        foreach (var step in path)
        {
            if (frontier.Count == 0)
            {
                break;
            }
            frontier = step.AnyDepth
                ? await ClosureAsync(frontier, step, store, cancellationToken).ConfigureAwait(false)
                : await StepAsync(frontier, step, store, cancellationToken).ConfigureAwait(false);
        }
        return frontier;
    }

    private static async Task<HashSet<string>> StepAsync(
        IReadOnlyCollection<string> from, PathStep step, IGraphStore store, CancellationToken cancellationToken)
    {
        var relationships = await store.ExpandAsync(from, step.Direction, [step.Type], cancellationToken).ConfigureAwait(false);
        return [.. relationships.Select(r => step.Direction == Direction.Outgoing ? r.ToId : r.FromId)];
    }

    /// <summary>The nodes given and every node reached by repeating the step, one store call per round.</summary>
    private static async Task<HashSet<string>> ClosureAsync(
        HashSet<string> start, PathStep step, IGraphStore store, CancellationToken cancellationToken)
    {
        var reached = new HashSet<string>(start);
        var frontier = start;
        while (frontier.Count > 0)
        {
            var next = await StepAsync(frontier, step, store, cancellationToken).ConfigureAwait(false);
            next.ExceptWith(reached);
            reached.UnionWith(next);
            frontier = next;
        }
        return reached;
    }

    private static List<string>? Values(IDictionary<string, object?> where, string argument) =>
        where.TryGetValue(argument, out var value) && value is IEnumerable<object?> items
            ? [.. items.OfType<object>().Select(item => item is Enum e ? ConstantCase.ToText(e) : item.ToString()!)]
            : null;
}

/// <summary>One hop of a where input's path: a relationship followed one way, once or (AnyDepth) as often as it leads somewhere new.</summary>
public sealed record PathStep(Direction Direction, RelationshipType Type, bool AnyDepth = false);

/// <summary>One list of a where input: any of these values, or no filter when omitted or empty.</summary>
public sealed record WhereField(string Argument, string Description, Type ItemType);
