using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

internal sealed partial class BatchWriter
{
    private async Task CreateNodeAsync(NodeRecord node, CancellationToken cancellationToken)
    {
        // Timestamps the node brings (an import of existing facts) are kept; a new node gets the clock's.
        var createdAt = node.CreatedAt == default ? now : node.CreatedAt;
        var updatedAt = node.UpdatedAt == default ? now : node.UpdatedAt;
        var command = Repeated(
            """
            INSERT INTO nodes (id, label, version, created_at, updated_at, properties, sources, search_text)
            VALUES (@id, @label, 1, @createdAt, @updatedAt, @properties, @sources, @searchText)
            ON CONFLICT (id) DO NOTHING
            """,
            ("@id", node.Id),
            ("@label", ConstantCase.ToText(node.Label)),
            ("@createdAt", Instants.Format(createdAt)),
            ("@updatedAt", Instants.Format(updatedAt)),
            ("@properties", PropertyJson.Write(node.Properties)),
            ("@sources", SourceJson.Write(node.Sources)),
            ("@searchText", SearchTermsJson.For(node)));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new GraphConflictException($"node '{node.Id}' already exists");
        }
        _nodeVersions[node.Id] = 1;
    }

    private async Task UpdateNodeAsync(UpdateNode update, CancellationToken cancellationToken)
    {
        var searchText = SearchTermsJson.For(update.Id, update.Properties);
        var command = Repeated(
            """
            UPDATE nodes
            SET properties = @properties, sources = @sources, search_text = @searchText,
                version = version + 1, updated_at = @updatedAt
            WHERE id = @id AND version = @expected
            """,
            ("@id", update.Id),
            ("@expected", update.ExpectedVersion),
            ("@properties", PropertyJson.Write(update.Properties)),
            ("@sources", SourceJson.Write(update.Sources)),
            ("@searchText", searchText),
            ("@updatedAt", Instants.Format(now)));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            var actual = await VersionOfAsync(update.Id, cancellationToken) ?? throw NodeNotFound(update.Id);
            throw VersionConflict(update.Id, update.ExpectedVersion, actual);
        }
        _nodeVersions[update.Id] = update.ExpectedVersion + 1;
    }

    private async Task DeleteNodeAsync(DeleteNode delete, CancellationToken cancellationToken)
    {
        long version, relationships;
        await using (var inspect = Command(
            """
            SELECT n.version, (SELECT count(*) FROM relationships r WHERE r.from_id = n.id OR r.to_id = n.id)
            FROM nodes n WHERE n.id = @id
            """,
            ("@id", delete.Id)))
        await using (var reader = await inspect.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw NodeNotFound(delete.Id);
            }
            (version, relationships) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        if (delete.ExpectedVersion is { } expected && expected != version)
        {
            throw VersionConflict(delete.Id, expected, version);
        }
        if (relationships > 0 && !delete.Detach)
        {
            throw new GraphConflictException($"node '{delete.Id}' has {relationships} relationships; delete them first or detach");
        }
        await using var remove = Command(
            """
            DELETE FROM relationships WHERE from_id = @id OR to_id = @id;
            DELETE FROM nodes WHERE id = @id;
            """,
            ("@id", delete.Id));
        await remove.ExecuteNonQueryAsync(cancellationToken);
        _nodeVersions.Remove(delete.Id);
    }

    private async Task<long?> VersionOfAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT version FROM nodes WHERE id = @id", ("@id", id));
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private static GraphNotFoundException NodeNotFound(string id) => new($"node '{id}' does not exist");

    private static GraphConflictException VersionConflict(string id, long expected, long actual) =>
        new($"node '{id}' is at version {actual}, not the expected version {expected}");
}
