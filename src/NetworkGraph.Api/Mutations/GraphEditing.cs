using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Territories;
using NetworkGraph.Api.Themes;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// Create, update and delete for the graph's institutions, networks, themes, responsibilities and territories,
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
        (NodeLabel.Territory, typeof(TerritoryType)),
    ];

    public static void AddGraphEditing(this ObjectGraphType mutation)
    {
        foreach (var (label, graphType) in _editable)
        {
            mutation.Field($"create{label}", typeof(NonNullGraphType<>).MakeGenericType(graphType))
                .Argument(new NonNullGraphType(new CreateNodeInputType(label)), "input")
                .Requires(Access.Coordinators)
                .Resolve()
                .WithService<AuditedWriter>()
                .ResolveAsync(async (c, writer) => await NodeEdits.CreateAsync(CreateNodeInput.Read(InputReader.From(c), label), label, writer, c.CancellationToken));
            mutation.Field($"update{label}", typeof(NonNullGraphType<>).MakeGenericType(graphType))
                .Argument(new NonNullGraphType(new UpdateNodeInputType(label)), "input")
                .Requires(Access.Coordinators)
                .Resolve()
                .WithServices<IGraphStore, AuditedWriter>()
                .ResolveAsync(async (c, store, writer) =>
                    await NodeEdits.UpdateAsync(UpdateNodeInput.Read(InputReader.From(c), label), label, store, writer, c.CancellationToken));
            mutation.Field<NonNullGraphType<NodeInterface>>($"delete{label}")
                .Description("Returns the node as it was before deletion.")
                .Argument<NonNullGraphType<DeleteNodeInputType>>("input")
                .Requires(Access.Coordinators)
                .Resolve()
                .WithServices<IGraphStore, AuditedWriter>()
                .ResolveAsync(async (c, store, writer) => await NodeEdits.DeleteAsync(c.Input<DeleteNodeInput>(), label, store, writer, c.CancellationToken));
        }
        foreach (var link in EditableLink.All)
        {
            mutation.Field<NonNullGraphType<NodeInterface>>($"put{link.Name}")
                .Description($"{link.Description} Creates the link or replaces its properties; returns the node it starts from.")
                .Argument(new NonNullGraphType(new LinkInputType(link, put: true)), "input")
                .Requires(Access.Coordinators)
                .Resolve()
                .WithServices<IGraphStore, AuditedWriter>()
                .ResolveAsync(async (c, store, writer) => await LinkEdits.PutAsync(LinkInput.Read(InputReader.From(c), link), link, store, writer, c.CancellationToken));
            mutation.Field<NonNullGraphType<NodeInterface>>($"remove{link.Name}")
                .Description("Removes the link; returns the node it started from.")
                .Argument(new NonNullGraphType(new LinkInputType(link, put: false)), "input")
                .Requires(Access.Coordinators)
                .Resolve()
                .WithServices<IGraphStore, AuditedWriter>()
                .ResolveAsync(async (c, store, writer) => await LinkEdits.RemoveAsync(LinkInput.Read(InputReader.From(c), link), link, store, writer, c.CancellationToken));
        }
    }
}
