using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>How a relationship row maps to a <see cref="RelationshipRecord"/>; queries select <see cref="Columns"/> from <c>relationships r</c>.</summary>
internal static class RelationshipRows
{
    public const string Columns = "r.type, r.from_id, r.to_id, r.properties, r.sources";

    /// <summary>Type first, then the ends: the same graph always reads back in the same order.</summary>
    public const string Order = "r.type, r.from_id, r.to_id";

    public static Task<List<RelationshipRecord>> ReadAllAsync(SqliteDataReader reader, CancellationToken cancellationToken) =>
        reader.ReadAllAsync(row => Read(row), cancellationToken);

    /// <summary>Every remaining row, sharing ids and sources between them (<see cref="SharedReads"/>).</summary>
    public static Task<List<RelationshipRecord>> ReadAllAsync(SqliteDataReader reader, SharedReads shared, CancellationToken cancellationToken) =>
        reader.ReadAllAsync(row => Read(row, shared), cancellationToken);

    /// <summary>
    /// The relationship whose <see cref="Columns"/> start the current row; <see cref="ColumnCount"/> of them. Its ends
    /// and sources are shared with the other records of a large read when given <paramref name="shared"/>.
    /// </summary>
    public static RelationshipRecord Read(SqliteDataReader reader, SharedReads? shared = null) => new()
    {
        Type = ConstantCase.Parse<RelationshipType>(reader.GetString(0)),
        FromId = shared is null ? reader.GetString(1) : shared.Id(reader.GetString(1)),
        ToId = shared is null ? reader.GetString(2) : shared.Id(reader.GetString(2)),
        Properties = PropertyJson.Read(reader.GetFieldValue<byte[]>(3)),
        Sources = shared is null ? SourceJson.ReadDeferred(reader.GetFieldValue<byte[]>(4)) : shared.Sources(reader.GetFieldValue<byte[]>(4)),
    };

    public const int ColumnCount = 5;
}
