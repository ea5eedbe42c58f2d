using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Hosting;

public sealed class StoreOptions
{
    public const string Section = "Store";
    public const string SqliteProvider = "Sqlite";
    public const string Neo4jProvider = "Neo4j";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Neo4j</c> (settings in the <c>Neo4j</c> section); checked by <see cref="StoreOptionsValidator"/>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    public SqliteSettings Sqlite { get; set; } = new();

    public bool UsesNeo4j => string.Equals(Provider, Neo4jProvider, StringComparison.OrdinalIgnoreCase);

    public bool UsesSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);

    public sealed class SqliteSettings
    {
        /// <summary>The database file, relative to the content root unless absolute; ":memory:" keeps it in memory.</summary>
        [Required(ErrorMessage = "Store:Sqlite:Path must name the database file.")]
        public string Path { get; set; } = "data/networkgraph.db";
    }
}
