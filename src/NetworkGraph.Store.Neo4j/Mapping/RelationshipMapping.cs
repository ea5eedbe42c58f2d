using System.Collections.Frozen;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.QueryApi;

namespace NetworkGraph.Store.Neo4j.Mapping;

/// <summary>A relationship is typed by its CONSTANT_CASE text (MEMBER_OF) and holds its properties and <c>sourcesJson</c>.</summary>
internal static class RelationshipMapping
{
    public static readonly FrozenSet<string> Reserved = FrozenSet.Create(StringComparer.Ordinal, SourcesJson.Property);

    public static Dictionary<string, object?> ToProperties(RelationshipRecord relationship)
    {
        var stored = new Dictionary<string, object?>(StringComparer.Ordinal);
        PropertyMapping.CopyInto(stored, relationship.Properties, Reserved, Describe(relationship.Key));
        stored[SourcesJson.Property] = SourcesJson.Write(relationship.Sources);
        return stored;
    }

    public static RelationshipRecord ToRecord(object? type, object? fromId, object? toId, object? value)
    {
        var relationship = value as QueryRelationship
            ?? throw new InvalidDataException($"Neo4j returned a {value?.GetType().Name ?? "null"} where a relationship belongs");
        return new RelationshipRecord
        {
            Type = ConstantCase.Parse<RelationshipType>((string)type!),
            FromId = (string)fromId!,
            ToId = (string)toId!,
            Properties = PropertyMapping.Read(relationship.Properties, Reserved),
            Sources = SourcesJson.Read(relationship.Properties.GetValueOrDefault(SourcesJson.Property)),
        };
    }

    public static string Describe(RelationshipKey key) =>
        $"relationship {ConstantCase.ToText(key.Type)} from '{key.FromId}' to '{key.ToId}'";
}
