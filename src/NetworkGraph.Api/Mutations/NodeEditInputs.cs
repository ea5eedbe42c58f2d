using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

// The editing inputs carry the properties the model gives each label and link type (GraphSchema),
// so those stay a bag of checked, stored-form values rather than one record per label.

public sealed record CreateNodeInput(IReadOnlyDictionary<string, object?> Properties, string? Id, IReadOnlyList<SourceRef> Sources)
{
    public static CreateNodeInput Read(InputReader input, NodeLabel label) =>
        new(PropertyInputs.Values(input, GraphSchema.Nodes[label]), input.OptionalId("id"), input.Sources());
}

/// <summary>The properties sent (a null value clears one) and the new sources, or null sources to keep the node's.</summary>
public sealed record UpdateNodeInput(string Id, long ExpectedVersion, IReadOnlyDictionary<string, object?> Changes, IReadOnlyList<SourceRef>? Sources)
{
    public static UpdateNodeInput Read(InputReader input, NodeLabel label) => new(
        input.Id("id"),
        input.OptionalLong("expectedVersion") ?? throw UserError.BadInput("'input.expectedVersion' is required."),
        PropertyInputs.Values(input, GraphSchema.Nodes[label]),
        input.Present("sources") ? input.Sources() : null);
}

public sealed record DeleteNodeInput(string Id, long? ExpectedVersion, bool Detach) : IMutationInput<DeleteNodeInput>
{
    public static DeleteNodeInput Read(InputReader input) => new(input.Id("id"), input.OptionalLong("expectedVersion"), input.Bool("detach"));
}

/// <summary>A link's two ends, and for put its properties and sources.</summary>
public sealed record LinkInput(string FromId, string ToId, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<SourceRef> Sources)
{
    public static LinkInput Read(InputReader input, EditableLink link) => new(
        input.Id(link.FromField),
        input.Id(link.ToField),
        PropertyInputs.Values(input, GraphSchema.Relationships[link.Type].Properties),
        input.Sources());
}
