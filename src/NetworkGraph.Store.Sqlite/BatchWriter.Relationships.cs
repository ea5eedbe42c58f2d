using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

internal sealed partial class BatchWriter
{
    private async Task PutRelationshipAsync(RelationshipRecord relationship, CancellationToken cancellationToken)
    {
        // Inserting only when both ends exist tells a missing end apart from any other failure,
        // which a foreign-key error would not (it does not say which end).
        var command = Repeated(
            """
            INSERT INTO relationships (type, from_id, to_id, properties, sources)
            SELECT @type, @from, @to, @properties, @sources
            WHERE EXISTS (SELECT 1 FROM nodes WHERE id = @from) AND EXISTS (SELECT 1 FROM nodes WHERE id = @to)
            ON CONFLICT (type, from_id, to_id) DO UPDATE SET properties = excluded.properties, sources = excluded.sources
            """,
            ("@type", ConstantCase.ToText(relationship.Type)),
            ("@from", relationship.FromId),
            ("@to", relationship.ToId),
            ("@properties", PropertyJson.Write(relationship.Properties)),
            ("@sources", SourceJson.Write(relationship.Sources)));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            var missing = await VersionOfAsync(relationship.FromId, cancellationToken) is null ? relationship.FromId : relationship.ToId;
            throw new GraphNotFoundException($"node '{missing}' does not exist, so {Describe(relationship.Key)} cannot be stored");
        }
    }

    private async Task DeleteRelationshipAsync(RelationshipKey key, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "DELETE FROM relationships WHERE type = @type AND from_id = @from AND to_id = @to",
            ("@type", ConstantCase.ToText(key.Type)),
            ("@from", key.FromId),
            ("@to", key.ToId));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new GraphNotFoundException($"{Describe(key)} does not exist");
        }
    }
}
