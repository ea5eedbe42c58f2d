namespace NetworkGraph.Store.Neo4j.Cypher;

internal static class CypherParameters
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
