using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Limits;

/// <summary>What a request may be before any GraphQL work starts: its body's size and its syntax's nesting.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1_024, 16 * 1_024 * 1_024)]
    public int MaxRequestBytes { get; set; } = 100 * 1_024;

    /// <summary>The deepest nesting the parser accepts before anything else runs.</summary>
    [Range(2, 500)]
    public int MaxParserDepth { get; set; } = 100;

    public static string Setting(string name) => $"{Section}:{name}";
}
