using System.Collections.Concurrent;
using GraphQL.Builders;
using GraphQLParser.AST;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.GraphQL.Loading;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>Fields that follow relationships, always through the request's batch loaders.</summary>
public static class RelationFields
{
    /// <summary>Marks an <see cref="End{TNodeType}"/> field: true on the start of the relationship, false on its end.</summary>
    private const string EndMetadata = "networkgraph.relationship-end-is-from";

    /// <summary>
    /// The relationships themselves (with their properties), as edge objects. When the query follows them to
    /// their other end, those nodes are fetched with them.
    /// </summary>
    public static FieldBuilder<NodeRecord, object> Relationships<TEdgeType>(
        this ObjectGraphType<NodeRecord> type, string name, Direction direction, RelationshipType relationship)
        where TEdgeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>(name)
            .AsOfArgument(relationship)
            .Resolve()
            .WithServices<GraphLoaders, RequestDate>()
            .Resolve((c, loaders, today) =>
                loaders.Relationships(c.Source.Id, direction, relationship, withEnds: SelectsOtherEnd(c, direction), AsOf(c, relationship, today)));

    private const string AsOfDescription =
        "Only the links that hold on this date: validFrom <= asOf < validTo. Today (UTC) when omitted.";

    /// <summary>A relationship that can start and end gets an <c>asOf</c> argument (<see cref="Validity"/>).</summary>
    private static FieldBuilder<NodeRecord, object> AsOfArgument(this FieldBuilder<NodeRecord, object> field, RelationshipType relationship) =>
        GraphSchema.IsDated(relationship) ? field.Argument<IsoDateGraphType>("asOf", AsOfDescription) : field;

    /// <summary>The date a dated relationship field answers for; null for a relationship that is never dated.</summary>
    private static DateOnly? AsOf(IResolveFieldContext context, RelationshipType relationship, RequestDate today) =>
        GraphSchema.IsDated(relationship) ? context.AsOf() ?? today.Today : null;

    // The names of an edge type's fields that lead to the other end, per relationship field: the schema is fixed.
    private static readonly ConcurrentDictionary<FieldType, string[]> _otherEndFields = new();

    /// <summary>
    /// Whether the query selects the edge's other end, looked up in the field's own selection set (and the
    /// fragments it uses) rather than by collecting sub-fields, which would cost more than it saves.
    /// </summary>
    private static bool SelectsOtherEnd(IResolveFieldContext context, Direction direction)
    {
        var names = _otherEndFields.GetOrAdd(context.FieldDefinition, field => OtherEndFields(field, otherEndIsFrom: direction == Direction.Incoming));
        return names.Length > 0 && Selects(context.FieldAst.SelectionSet, names, context.Document, depth: 0);
    }

    private static string[] OtherEndFields(FieldType field, bool otherEndIsFrom) =>
        field.ResolvedType?.GetNamedType() is IComplexGraphType edge
            ? [.. edge.Fields.Where(f => f.GetMetadata<bool?>(EndMetadata) == otherEndIsFrom).Select(f => f.Name)]
            : [];

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(fragment => fragment.FragmentName.Name.StringValue == name);

    private static bool Selects(GraphQLSelectionSet? selections, string[] names, GraphQLDocument document, int depth)
    {
        if (selections is null || depth > 8)
        {
            return depth > 8;
        }
        foreach (var selection in selections.Selections)
        {
            var selected = selection switch
            {
                GraphQLField field => names.Contains(field.Name.StringValue),
                GraphQLInlineFragment inline => Selects(inline.SelectionSet, names, document, depth + 1),
                GraphQLFragmentSpread spread => Selects(Fragment(document, spread.FragmentName.Name.StringValue)?.SelectionSet, names, document, depth + 1),
                _ => false,
            };
            if (selected)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nodes at the other end.</summary>
    public static FieldBuilder<NodeRecord, object> Neighbours<TNodeType>(
        this ObjectGraphType<NodeRecord> type, string name, Direction direction, RelationshipType relationship)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name)
            .AsOfArgument(relationship)
            .Resolve()
            .WithServices<GraphLoaders, RequestDate>()
            .Resolve((c, loaders, today) => loaders.Neighbours(c.Source.Id, direction, relationship, AsOf(c, relationship, today)));

    /// <summary>The one node at the other end, or null.</summary>
    public static FieldBuilder<NodeRecord, object> Neighbour<TNodeType>(
        this ObjectGraphType<NodeRecord> type, string name, Direction direction, RelationshipType relationship)
        where TNodeType : IGraphType =>
        type.Field<TNodeType>(name)
            .AsOfArgument(relationship)
            .Resolve()
            .WithServices<GraphLoaders, RequestDate>()
            .Resolve((c, loaders, today) => loaders.Neighbour(c.Source.Id, direction, relationship, AsOf(c, relationship, today)));

    /// <summary>An end of a relationship edge object.</summary>
    public static FieldBuilder<RelationshipRecord, object> End<TNodeType>(
        this ObjectGraphType<RelationshipRecord> type, string name, bool from)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<TNodeType>>(name)
            .WithMetadata(EndMetadata, from)
            .Resolve()
            .WithService<GraphLoaders>()
            .Resolve((c, loaders) => loaders.Node(from ? c.Source.FromId : c.Source.ToId));

    public static void EdgeSources(this ObjectGraphType<RelationshipRecord> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the fact of this link comes from.")
            .Resolve(c => c.Source.Sources);
}
