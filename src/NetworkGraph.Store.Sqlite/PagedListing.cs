using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// A listing as two statements over the same filter: the count of every match, then one page past the
/// cursor. Only fixed SQL fragments are joined; every value is a parameter.
/// </summary>
internal sealed class PagedListing(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly SqliteCommand _command = connection.Command("", transaction);
    private readonly List<string> _conditions = [];

    public void Where(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        foreach (var (name, value) in parameters)
        {
            _command.Parameters.AddWithValue(name, value);
        }
    }

    /// <summary>
    /// The statements over <paramref name="table"/> (with the alias the conditions use: <c>nodes n</c>); past
    /// <paramref name="after"/>, when given, means <paramref name="pastCursor"/> holds for <c>@after</c>.
    /// </summary>
    public SqliteCommand Command(string table, string columns, string order, string pastCursor, string? after, int first)
    {
        var filter = _conditions.Count == 0 ? "1" : string.Join(" AND ", _conditions);
        var cursor = "";
        if (after is not null)
        {
            cursor = $"AND {pastCursor}";
            _command.Parameters.AddWithValue("@after", after);
        }
        // One row beyond the page tells whether another page follows.
        _command.Parameters.AddWithValue("@limit", first + 1L);
        _command.CommandText = $"""
            SELECT count(*) FROM {table} WHERE {filter};
            SELECT {columns} FROM {table} WHERE {filter} {cursor} ORDER BY {order} LIMIT @limit;
            """;
        return _command;
    }

    /// <summary>Runs a listing's two statements: the rows read (one beyond the page when another follows) and the count.</summary>
    public static async Task<(List<T> Rows, int TotalCount)> ReadAsync<T>(
        SqliteCommand command, Func<SqliteDataReader, CancellationToken, Task<List<T>>> readRows, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var totalCount = reader.GetInt32(0);
        await reader.NextResultAsync(cancellationToken);
        return (await readRows(reader, cancellationToken), totalCount);
    }
}
