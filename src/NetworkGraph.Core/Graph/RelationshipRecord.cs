namespace NetworkGraph.Core.Graph;

/// <summary>A directed relationship; (Type, FromId, ToId) identifies it.</summary>
public sealed record RelationshipRecord
{
    public required RelationshipType Type { get; init; }
    public required string FromId { get; init; }
    public required string ToId { get; init; }
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = PropertyValues.Empty;
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    public RelationshipKey Key => new(Type, FromId, ToId);

    public string? GetString(string name) => Properties.TryGetValue(name, out var value) ? value as string : null;

    public T? GetEnum<T>(string name) where T : struct, Enum =>
        ConstantCase.TryParse<T>(GetString(name), out var value) ? value : null;

    /// <summary>
    /// This relationship with its ends as the very id texts of its nodes' records, as a whole read from a store shares
    /// them: an analysis patched again and again would otherwise keep two more copies of ids for each relationship it
    /// reread.
    /// </summary>
    public RelationshipRecord SharingEnds(NodeRecord from, NodeRecord to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!string.Equals(from.Id, FromId, StringComparison.Ordinal) || !string.Equals(to.Id, ToId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the relationship runs from '{FromId}' to '{ToId}', not from '{from.Id}' to '{to.Id}'");
        }
        return ReferenceEquals(from.Id, FromId) && ReferenceEquals(to.Id, ToId) ? this : this with { FromId = from.Id, ToId = to.Id };
    }

    /// <summary>The node at the other end, seen from <paramref name="nodeId"/>.</summary>
    public string OtherEnd(string nodeId) => FromId == nodeId ? ToId : FromId;
}

public readonly record struct RelationshipKey(RelationshipType Type, string FromId, string ToId);
