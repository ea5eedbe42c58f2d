using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

internal static class SqliteCommands
{
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

    /// <summary>A JSON array for <c>json_each(@p)</c>: a list of any length stays one parameter of one statement.</summary>
    public static string JsonArray(IEnumerable<string> values) => JsonSerializer.Serialize(values);
}
