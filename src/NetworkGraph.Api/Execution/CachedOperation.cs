using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// One operation of a cached document, measured once (its field depth and its size with fragments expanded), and
/// the access profiles (see <see cref="Auth.Viewer.AccessProfile"/>) it already validated for: a caller with one of
/// them gets the cached rule list instead of every rule.
/// </summary>
public sealed class CachedOperation(GraphQLOperationDefinition definition, int depth, long fields)
{
    private readonly ConcurrentDictionary<string, byte> _validatedFor = new(StringComparer.Ordinal);

    public GraphQLOperationDefinition Definition { get; } = definition;

    public int Depth { get; } = depth;

    public long Fields { get; } = fields;

    public bool ValidatedFor(string accessProfile) => _validatedFor.ContainsKey(accessProfile);

    /// <summary>Only after every rule passed for that profile: a refused request is never remembered.</summary>
    public void RememberValidated(string accessProfile) => _validatedFor.TryAdd(accessProfile, 0);
}
