using Microsoft.Data.Sqlite;
using static SQLitePCL.raw;

namespace NetworkGraph.Store.Sqlite;

internal static class SqliteFailures
{
    /// <summary>
    /// Failures of the database file or of its locks rather than of the request: the caller may try
    /// again later, and the API reports the store as unavailable.
    /// </summary>
    public static bool IsUnavailable(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is SQLITE_BUSY or SQLITE_LOCKED or SQLITE_NOMEM or SQLITE_READONLY
            or SQLITE_IOERR or SQLITE_FULL or SQLITE_CANTOPEN or SQLITE_PROTOCOL;
}
