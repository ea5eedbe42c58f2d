using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

internal static class SqliteCommands
{
    // The statements prepared on each open connection of the pool, by their text. A connection serves one
    // unit of work at a time, so its map needs no lock; it goes with the connection.
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> _preparedByConnection = new();

    public static SqliteCommand Command(
        this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>
    /// A command compiled once per connection and reused by every later unit of work on it, for the few
    /// fixed statements on the read path. The caller must not dispose it (the connection does, when it
    /// closes) and must dispose its reader, which resets the statement.
    /// </summary>
    public static SqliteCommand Prepared(
        this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var prepared = _preparedByConnection.GetValue(connection, _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            command.Prepare();
            prepared[sql] = command;
        }
        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }
        return command;
    }

    /// <summary>
    /// A condition that <paramref name="column"/> is one of <paramref name="keys"/>, with its parameter: <c>= @p</c> for
    /// one key (a lookup by id, the commonest batch), else <c>IN json_each(@p)</c>. Either way one prepared statement
    /// per shape, and the same answer.
    /// </summary>
    public static (string Condition, (string Name, object? Value) Parameter) In(string column, string parameter, IReadOnlyCollection<string> keys) =>
        keys.Count == 1
            ? ($"{column} = {parameter}", (parameter, keys is IReadOnlyList<string> list ? list[0] : keys.First()))
            : ($"{column} IN (SELECT value FROM json_each({parameter}))", (parameter, JsonArray(keys)));

    /// <summary>A JSON array for <c>json_each(@p)</c>: a list of any length stays one parameter of one statement.</summary>
    public static string JsonArray(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    /// <summary>Every remaining row of the current result, each mapped by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this SqliteDataReader reader, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
