using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.GraphQL.Http;

public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1_024, 16 * 1_024 * 1_024)]
    public int MaxRequestBytes { get; set; } = 100 * 1_024;

    /// <summary>The deepest nesting the parser accepts before anything else runs.</summary>
    [Range(2, 500)]
    public int MaxParserDepth { get; set; } = 100;
}
