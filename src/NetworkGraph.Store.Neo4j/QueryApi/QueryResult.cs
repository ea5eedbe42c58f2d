namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>The rows of one statement, each value already read from typed JSON.</summary>
internal sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows)
{
    public static readonly QueryResult Empty = new([], []);

    public IReadOnlyList<IReadOnlyList<object?>> Rows => rows;

    public object? Value(IReadOnlyList<object?> row, string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
            {
                return row[i];
            }
        }
        throw new InvalidDataException($"Neo4j returned no field '{field}' (fields: {string.Join(", ", fields)})");
    }

    /// <summary>The field of the only row, or of no row (null); more rows are a mistake in the statement.</summary>
    public object? SingleOrNone(string field) => rows.Count switch
    {
        0 => null,
        1 => Value(rows[0], field),
        _ => throw new InvalidDataException($"Neo4j returned {rows.Count} rows where at most one was expected"),
    };
}
