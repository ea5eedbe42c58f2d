using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// What one request may cost (docs/architecture.md §6). Every default is safe for a public endpoint and roomy enough
/// for the workbench, the example operations and the dashboards; every exceeded limit is answered with
/// LIMIT_EXCEEDED naming the setting.
/// </summary>
public sealed class LimitsOptions : IValidatableObject
{
    public const string Section = "GraphQL:Limits";

    /// <summary>The deepest nesting of fields in the selected operation (introspection fields not counted).</summary>
    [Range(1, 100, ErrorMessage = "GraphQL:Limits:MaxDepth must be between 1 and 100.")]
    public int MaxDepth { get; set; } = 12;

    /// <summary>The highest cost: every field costs 1, times the page sizes (<c>first</c>, else 20) of the lists around it.</summary>
    [Range(1, 100_000_000, ErrorMessage = "GraphQL:Limits:MaxComplexity must be between 1 and 100000000.")]
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>The most aliases in one document: aliases repeat a field's work without repeating its cost in depth.</summary>
    [Range(0, 10_000, ErrorMessage = "GraphQL:Limits:MaxAliases must be between 0 and 10000.")]
    public int MaxAliases { get; set; } = 30;

    /// <summary>The longest document, in characters.</summary>
    [Range(16, 10_000_000, ErrorMessage = "GraphQL:Limits:MaxDocumentLength must be between 16 and 10000000.")]
    public int MaxDocumentLength { get; set; } = 20_000;

    /// <summary>The most lexical tokens in one document (names, punctuation, values).</summary>
    [Range(16, 1_000_000, ErrorMessage = "GraphQL:Limits:MaxTokens must be between 16 and 1000000.")]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>How long one operation may run before it is stopped, in seconds.</summary>
    [Range(0.01, 600, ErrorMessage = "GraphQL:Limits:ExecutionTimeoutSeconds must be between 0.01 and 600.")]
    public double ExecutionTimeoutSeconds { get; set; } = 10;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried: the IDE and code generators need them.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>
    /// Whether "Did you mean ...?" suggestions stay in validation messages. Null: only in Development,
    /// so a stranger cannot map a closed schema by guessing names.
    /// </summary>
    public bool? FieldSuggestions { get; set; }

    /// <summary>How many parsed documents are kept, keyed by their text, and how many validated (document, operation, access profile) combinations.</summary>
    [Range(0, 100_000, ErrorMessage = "GraphQL:Limits:DocumentCacheSize must be between 0 and 100000.")]
    public int DocumentCacheSize { get; set; } = 500;

    public PersistedOperationsSettings PersistedOperations { get; set; } = new();

    public RateLimitSettings RateLimit { get; set; } = new();

    public TimeSpan ExecutionTimeout => TimeSpan.FromSeconds(ExecutionTimeoutSeconds);

    /// <summary>Data annotations do not reach nested settings on their own.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(PersistedOperations, new ValidationContext(PersistedOperations), results, validateAllProperties: true);
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results;
    }

    public sealed class PersistedOperationsSettings
    {
        /// <summary>The folder whose *.graphql files are registered by their SHA-256 at start, relative to the application's folder.</summary>
        public string Directory { get; set; } = "wwwroot/operations";

        /// <summary>
        /// Whether a client may register a document by sending it with its hash (Apollo's automatic persisted
        /// queries). Null: only in Development, so elsewhere the registered set is exactly what was deployed.
        /// </summary>
        public bool? AllowAutomaticPersistedQueries { get; set; }

        /// <summary>The most documents registered by clients; the oldest are forgotten first.</summary>
        [Range(0, 100_000, ErrorMessage = "GraphQL:Limits:PersistedOperations:MaxAutomatic must be between 0 and 100000.")]
        public int MaxAutomatic { get; set; } = 1_000;
    }

    public sealed class RateLimitSettings
    {
        public bool Enabled { get; set; } = true;

        /// <summary>Requests a client may make in one burst (the token bucket's size).</summary>
        [Range(1, 1_000_000, ErrorMessage = "GraphQL:Limits:RateLimit:Burst must be between 1 and 1000000.")]
        public int Burst { get; set; } = 2_000;

        /// <summary>Requests per second a client may sustain (the bucket's refill).</summary>
        [Range(1, 1_000_000, ErrorMessage = "GraphQL:Limits:RateLimit:PerSecond must be between 1 and 1000000.")]
        public int PerSecond { get; set; } = 500;
    }
}
