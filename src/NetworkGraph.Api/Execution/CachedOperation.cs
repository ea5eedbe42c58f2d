using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// One operation of a cached document, measured once (its field depth and its size with fragments expanded), and
/// the access profiles (see <see cref="Auth.Viewer.AccessProfile"/>) it already validated for: a caller with one of
/// them gets the cached rule list instead of every rule. For a query, each such profile also keeps GraphQL.NET's
/// validation result for the variables it was last sent with, so that the same query sent again with the same
/// variables is not coerced and read again (see <see cref="RecallingDocumentValidator"/>).
/// </summary>
public sealed class CachedOperation(GraphQLOperationDefinition definition, int depth, long fields)
{
    private readonly ConcurrentDictionary<string, LastValidation?> _validatedFor = new(StringComparer.Ordinal);

    public GraphQLOperationDefinition Definition { get; } = definition;

    public int Depth { get; } = depth;

    public long Fields { get; } = fields;

    public bool ValidatedFor(string accessProfile) => _validatedFor.ContainsKey(accessProfile);

    /// <summary>Only after every rule passed for that profile: a refused request is never remembered.</summary>
    public void RememberValidated(string accessProfile) => _validatedFor.TryAdd(accessProfile, null);

    /// <summary>
    /// The result the validator gave this profile for these same variables (compared value by value), if it was
    /// the last one it gave it; otherwise null.
    /// </summary>
    public IValidationResult? RecallResult(string accessProfile, Inputs variables) =>
        _validatedFor.TryGetValue(accessProfile, out var last) && last is not null && InputValues.Equal(last.Variables, variables)
            ? last.Result
            : null;

    /// <summary>
    /// Keeps a valid result of a query for a profile it already validated for. Mutations and subscriptions are not
    /// kept: their argument values are not shared between requests.
    /// </summary>
    public void RememberResult(string accessProfile, Inputs variables, IValidationResult result)
    {
        if (Definition.Operation == OperationType.Query && result.IsValid && _validatedFor.ContainsKey(accessProfile))
        {
            _validatedFor[accessProfile] = new LastValidation(variables, result);
        }
    }

    private sealed record LastValidation(Inputs Variables, IValidationResult Result);
}
