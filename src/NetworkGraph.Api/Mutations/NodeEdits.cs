using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

/// <summary>Creating, updating and deleting an editable node: each checked against the model and written in one audited batch.</summary>
public static class NodeEdits
{
    public static async Task<NodeRecord> CreateAsync(CreateNodeInput input, NodeLabel label, AuditedWriter writer, CancellationToken cancellationToken)
    {
        var properties = input.Properties;
        var id = input.Id ?? SlugFrom((properties.GetValueOrDefault("name") ?? properties.GetValueOrDefault("title")) as string);
        var node = new NodeRecord { Id = id, Label = label, Properties = PropertyValues.WithoutNulls(properties), Sources = input.Sources };
        ModelViolationException.ThrowIfInvalid(node);
        return await writer.WriteAndReadAsync($"create{label}", [new CreateNode(node)], [], id, cancellationToken);
    }

    public static async Task<NodeRecord> UpdateAsync(
        UpdateNodeInput input, NodeLabel label, IGraphStore store, AuditedWriter writer, CancellationToken cancellationToken)
    {
        var nodes = await NodeLookup.LoadAsync(store, [input.Id], cancellationToken);
        var current = nodes.Require(input.Id, label, "id");
        var properties = new Dictionary<string, object?>(current.Properties);
        foreach (var (name, value) in input.Changes)
        {
            properties[name] = value;
        }
        var updated = current with { Properties = PropertyValues.WithoutNulls(properties), Sources = input.Sources ?? current.Sources };
        ModelViolationException.ThrowIfInvalid(updated);
        return await writer.WriteAndReadAsync(
            $"update{label}", [new UpdateNode(input.Id, input.ExpectedVersion, updated.Properties, updated.Sources)], [current], input.Id, cancellationToken);
    }

    /// <summary>Answers with the node as it was before deletion.</summary>
    public static async Task<NodeRecord> DeleteAsync(
        DeleteNodeInput input, NodeLabel label, IGraphStore store, AuditedWriter writer, CancellationToken cancellationToken)
    {
        var nodes = await NodeLookup.LoadAsync(store, [input.Id], cancellationToken);
        var current = nodes.Require(input.Id, label, "id");
        await writer.WriteAsync($"delete{label}", [new DeleteNode(input.Id, input.ExpectedVersion, input.Detach)], [current], cancellationToken);
        return current;
    }

    private static string SlugFrom(string? name) =>
        Slug.From(name) ?? throw UserError.BadInput("'input.id' is required when the name gives no usable slug.");
}
