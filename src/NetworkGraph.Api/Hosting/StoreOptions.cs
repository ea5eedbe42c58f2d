using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Hosting;

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Sqlite (embedded, default). Neo4j arrives with its own store.</summary>
    [Required, RegularExpression("^Sqlite$", ErrorMessage = "Store:Provider must be 'Sqlite'.")]
    public string Provider { get; set; } = "Sqlite";

    public SqliteSettings Sqlite { get; set; } = new();

    public sealed class SqliteSettings
    {
        /// <summary>The database file, relative to the content root unless absolute; ":memory:" keeps it in memory.</summary>
        [Required(ErrorMessage = "Store:Sqlite:Path must name the database file.")]
        public string Path { get; set; } = "data/networkgraph.db";
    }
}
