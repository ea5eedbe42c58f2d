using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>How a node row maps to a <see cref="NodeRecord"/>; queries select <see cref="Columns"/> from <c>nodes n</c>.</summary>
internal static class NodeRows
{
    public const string Columns = "n.id, n.label, n.version, n.created_at, n.updated_at, n.properties, n.sources";

    public static Task<List<NodeRecord>> ReadAllAsync(SqliteDataReader reader, CancellationToken cancellationToken) =>
        reader.ReadAllAsync(row => Read(row), cancellationToken);

    /// <summary>Every remaining row, sharing ids and sources between them (<see cref="SharedReads"/>).</summary>
    public static Task<List<NodeRecord>> ReadAllAsync(SqliteDataReader reader, SharedReads shared, CancellationToken cancellationToken) =>
        reader.ReadAllAsync(row => Read(row, shared: shared), cancellationToken);

    /// <summary>
    /// The node whose <see cref="Columns"/> start at column <paramref name="first"/> of the current row; sharing its id
    /// and sources with the other records of a large read when given <paramref name="shared"/>.
    /// </summary>
    public static NodeRecord Read(SqliteDataReader reader, int first = 0, SharedReads? shared = null) => new()
    {
        Id = shared is null ? reader.GetString(first) : shared.Id(reader.GetString(first)),
        Label = ConstantCase.Parse<NodeLabel>(reader.GetString(first + 1)),
        Version = reader.GetInt64(first + 2),
        CreatedAt = ParseInstant(reader.GetString(first + 3)),
        UpdatedAt = ParseInstant(reader.GetString(first + 4)),
        Properties = PropertyJson.Read(reader.GetFieldValue<byte[]>(first + 5)),
        Sources = shared is null ? SourceJson.ReadDeferred(reader.GetFieldValue<byte[]>(first + 6)) : shared.Sources(reader.GetFieldValue<byte[]>(first + 6)),
    };

    public static DateTimeOffset ParseInstant(string text) =>
        Instants.TryParse(text, out var instant)
            ? instant
            : throw new InvalidDataException($"stored instant '{text}' is not ISO 8601 with an offset");
}
