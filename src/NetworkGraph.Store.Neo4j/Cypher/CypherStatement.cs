namespace NetworkGraph.Store.Neo4j.Cypher;

/// <summary>
/// One Cypher statement of the store, with the parameters it declares: the client refuses to send it
/// with any other set, so a statement and its callers cannot drift apart unnoticed.
/// </summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyList<string> Parameters)
{
    public CypherStatement(string name, string text, params string[] parameters)
        : this(name, text, (IReadOnlyList<string>)parameters)
    {
    }

    internal void CheckParameters(IReadOnlyDictionary<string, object?> given)
    {
        if (given.Count != Parameters.Count || Parameters.Any(name => !given.ContainsKey(name)))
        {
            throw new InvalidOperationException(
                $"statement {Name} declares parameters [{string.Join(", ", Parameters)}] but was given [{string.Join(", ", given.Keys)}]");
        }
    }
}
