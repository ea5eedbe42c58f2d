using GraphQL;
using GraphQL.Types;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// Create, update and delete for the graph's institutions, networks, themes and responsibilities,
/// and put/remove for the links between them. Coordinators and admins only; every write audited;
/// updates guarded by the version the caller read.
/// </summary>
public static class GraphEditing
{
    private static readonly (NodeLabel Label, Type GraphType)[] _editable =
    [
        (NodeLabel.Institution, typeof(InstitutionType)),
        (NodeLabel.Network, typeof(NetworkType)),
        (NodeLabel.Theme, typeof(ThemeType)),
        (NodeLabel.Responsibility, typeof(ResponsibilityType)),
    ];

    public static void AddGraphEditing(this ObjectGraphType mutation)
    {
        foreach (var (label, graphType) in _editable)
        {
            mutation.Field($"create{label}", typeof(NonNullGraphType<>).MakeGenericType(graphType))
                .Argument(new NonNullGraphType(new CreateNodeInputType(label)), "input")
                .Requires(Access.Coordinators)
                .ResolveAsync(async c => await CreateAsync(c, label));
            mutation.Field($"update{label}", typeof(NonNullGraphType<>).MakeGenericType(graphType))
                .Argument(new NonNullGraphType(new UpdateNodeInputType(label)), "input")
                .Requires(Access.Coordinators)
                .ResolveAsync(async c => await UpdateAsync(c, label));
            mutation.Field<NonNullGraphType<NodeInterface>>($"delete{label}")
                .Description("Returns the node as it was before deletion.")
                .Argument<NonNullGraphType<DeleteNodeInputType>>("input")
                .Requires(Access.Coordinators)
                .ResolveAsync(async c => await DeleteAsync(c, label));
        }
        foreach (var link in EditableLink.All)
        {
            mutation.Field<NonNullGraphType<NodeInterface>>($"put{link.Name}")
                .Description($"{link.Description} Creates the link or replaces its properties; returns the node it starts from.")
                .Argument(new NonNullGraphType(new LinkInputType(link, put: true)), "input")
                .Requires(Access.Coordinators)
                .ResolveAsync(async c => await PutLinkAsync(c, link));
            mutation.Field<NonNullGraphType<NodeInterface>>($"remove{link.Name}")
                .Description("Removes the link; returns the node it started from.")
                .Argument(new NonNullGraphType(new LinkInputType(link, put: false)), "input")
                .Requires(Access.Coordinators)
                .ResolveAsync(async c => await RemoveLinkAsync(c, link));
        }
    }

    private static async Task<NodeRecord> CreateAsync(IResolveFieldContext context, NodeLabel label)
    {
        var input = MutationInput.From(context);
        var properties = PropertyInputs.Values(input, GraphSchema.Nodes[label]);
        var id = input.OptionalId("id") ?? SlugFrom((properties.GetValueOrDefault("name") ?? properties.GetValueOrDefault("title")) as string);
        var node = new NodeRecord { Id = id, Label = label, Properties = ModelCheck.WithoutNulls(properties), Sources = input.Sources() };
        ModelCheck.EnsureValid(node);
        return await context.Writer().WriteAndReadAsync($"create{label}", [new CreateNode(node)], [], id, context.CancellationToken);
    }

    private static async Task<NodeRecord> UpdateAsync(IResolveFieldContext context, NodeLabel label)
    {
        var input = MutationInput.From(context);
        var id = input.Id("id");
        var expected = input.OptionalLong("expectedVersion") ?? throw UserError.BadInput("'input.expectedVersion' is required.");
        var nodes = await NodeLookup.LoadAsync(context.Store(), [id], context.CancellationToken);
        var current = nodes.Require(id, label, "id");
        var properties = new Dictionary<string, object?>(current.Properties);
        foreach (var (name, value) in PropertyInputs.Values(input, GraphSchema.Nodes[label]))
        {
            properties[name] = value;
        }
        var updated = current with { Properties = ModelCheck.WithoutNulls(properties), Sources = input.Present("sources") ? input.Sources() : current.Sources };
        ModelCheck.EnsureValid(updated);
        return await context.Writer().WriteAndReadAsync(
            $"update{label}", [new UpdateNode(id, expected, updated.Properties, updated.Sources)], [current], id, context.CancellationToken);
    }

    private static async Task<NodeRecord> DeleteAsync(IResolveFieldContext context, NodeLabel label)
    {
        var input = MutationInput.From(context);
        var id = input.Id("id");
        var nodes = await NodeLookup.LoadAsync(context.Store(), [id], context.CancellationToken);
        var current = nodes.Require(id, label, "id");
        await context.Writer().WriteAsync(
            $"delete{label}", [new DeleteNode(id, input.OptionalLong("expectedVersion"), input.Bool("detach"))], [current], context.CancellationToken);
        return current;
    }

    private static async Task<NodeRecord> PutLinkAsync(IResolveFieldContext context, EditableLink link)
    {
        var input = MutationInput.From(context);
        var (from, to) = await EndsAsync(context, input, link);
        var spec = GraphSchema.Relationships[link.Type];
        var relationship = new RelationshipRecord
        {
            Type = link.Type,
            FromId = from.Id,
            ToId = to.Id,
            Properties = ModelCheck.WithoutNulls(PropertyInputs.Values(input, spec.Properties)),
            Sources = input.Sources(),
        };
        if (GraphValidator.ValidateRelationship(relationship, id => id == from.Id ? from.Label : id == to.Id ? to.Label : null) is { Count: > 0 } problems)
        {
            throw UserError.BadInput($"'input': {string.Join("; ", problems)}");
        }
        if (relationship.GetString("theme") is { } themeId)
        {
            var themes = await NodeLookup.LoadAsync(context.Store(), [themeId], context.CancellationToken);
            themes.Require(themeId, NodeLabel.Theme, "theme");
        }
        return await context.Writer().WriteAndReadAsync($"put{link.Name}", [new PutRelationship(relationship)], [], from.Id, context.CancellationToken);
    }

    private static async Task<NodeRecord> RemoveLinkAsync(IResolveFieldContext context, EditableLink link)
    {
        var input = MutationInput.From(context);
        var (from, to) = await EndsAsync(context, input, link);
        return await context.Writer().WriteAndReadAsync(
            $"remove{link.Name}", [new DeleteRelationship(new RelationshipKey(link.Type, from.Id, to.Id))], [], from.Id, context.CancellationToken);
    }

    private static async Task<(NodeRecord From, NodeRecord To)> EndsAsync(IResolveFieldContext context, MutationInput input, EditableLink link)
    {
        var spec = GraphSchema.Relationships[link.Type];
        var fromId = input.Id(link.FromField);
        var toId = input.Id(link.ToField);
        var nodes = await NodeLookup.LoadAsync(context.Store(), [fromId, toId], context.CancellationToken);
        var from = nodes.Require(fromId, spec.From, link.FromField);
        var to = nodes.Require(toId, spec.To, link.ToField);
        if (spec.SameLabelAtBothEnds && from.Label != to.Label)
        {
            throw UserError.BadInput($"'input.{link.ToField}' must name a {from.Label} like '{fromId}'; '{toId}' is a {to.Label}.");
        }
        return (from, to);
    }

    private static string SlugFrom(string? name)
    {
        var folded = SearchText.Fold(name ?? "");
        var words = new string([.. folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words);
        slug = slug.Length > Slug.MaxLength ? slug[..Slug.MaxLength].TrimEnd('-') : slug;
        return Slug.IsValid(slug) ? slug : throw UserError.BadInput("'input.id' is required when the name gives no usable slug.");
    }

    private static AuditedWriter Writer(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AuditedWriter>();
}
