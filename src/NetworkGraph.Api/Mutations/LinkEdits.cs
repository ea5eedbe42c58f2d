using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

/// <summary>Putting and removing a link coordinators edit; both answer with the node the link starts from.</summary>
public static class LinkEdits
{
    public static async Task<NodeRecord> PutAsync(LinkInput input, EditableLink link, IGraphStore store, AuditedWriter writer, CancellationToken cancellationToken)
    {
        var (from, to) = await EndsAsync(input, link, store, cancellationToken);
        var relationship = new RelationshipRecord
        {
            Type = link.Type,
            FromId = from.Id,
            ToId = to.Id,
            Properties = PropertyValues.WithoutNulls(input.Properties),
            Sources = input.Sources,
        };
        if (GraphValidator.ValidateRelationship(relationship, id => id == from.Id ? from.Label : id == to.Id ? to.Label : null) is { Count: > 0 } problems)
        {
            throw UserError.BadInput($"'input': {string.Join("; ", problems)}");
        }
        if (relationship.GetString("theme") is { } themeId)
        {
            var themes = await NodeLookup.LoadAsync(store, [themeId], cancellationToken);
            themes.Require(themeId, NodeLabel.Theme, "theme");
        }
        var writes = new List<GraphWrite>();
        if (GraphSchema.Relationships[link.Type].OnePerStart)
        {
            // The one it replaces goes in the same batch: never two, never none in between.
            var existing = await store.ExpandAsync([from.Id], Direction.Outgoing, [link.Type], cancellationToken);
            writes.AddRange(existing.Where(r => r.ToId != to.Id).Select(r => new DeleteRelationship(r.Key)));
        }
        if (link.Type == RelationshipType.Within)
        {
            await RefuseCycleAsync(from.Id, to.Id, link, store, cancellationToken);
        }
        writes.Add(new PutRelationship(relationship));
        return await writer.WriteAndReadAsync($"put{link.Name}", writes, [], from.Id, cancellationToken);
    }

    /// <summary>Walks up from the new parent, one round trip a level: reaching the child would close a circle.</summary>
    private static async Task RefuseCycleAsync(string childId, string parentId, EditableLink link, IGraphStore store, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = parentId; seen.Add(current);)
        {
            var up = await store.ExpandAsync([current], Direction.Outgoing, [link.Type], cancellationToken);
            if (up.Count == 0)
            {
                return;
            }
            current = up[0].ToId;
            if (current == childId)
            {
                throw UserError.BadInput($"'input.{link.ToField}': '{parentId}' lies within '{childId}', so '{childId}' cannot lie within it.");
            }
        }
    }

    public static async Task<NodeRecord> RemoveAsync(LinkInput input, EditableLink link, IGraphStore store, AuditedWriter writer, CancellationToken cancellationToken)
    {
        var (from, to) = await EndsAsync(input, link, store, cancellationToken);
        return await writer.WriteAndReadAsync(
            $"remove{link.Name}", [new DeleteRelationship(new RelationshipKey(link.Type, from.Id, to.Id))], [], from.Id, cancellationToken);
    }

    private static async Task<(NodeRecord From, NodeRecord To)> EndsAsync(LinkInput input, EditableLink link, IGraphStore store, CancellationToken cancellationToken)
    {
        var spec = GraphSchema.Relationships[link.Type];
        var nodes = await NodeLookup.LoadAsync(store, [input.FromId, input.ToId], cancellationToken);
        var from = nodes.Require(input.FromId, spec.From, link.FromField);
        var to = nodes.Require(input.ToId, spec.To, link.ToField);
        if (spec.SameLabelAtBothEnds && from.Label != to.Label)
        {
            throw UserError.BadInput($"'input.{link.ToField}' must name a {from.Label} like '{input.FromId}'; '{to.Id}' is a {to.Label}.");
        }
        return (from, to);
    }
}
