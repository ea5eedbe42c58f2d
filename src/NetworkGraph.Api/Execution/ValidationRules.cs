using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// The validation rules of the service, as lists built once: every rule (the specification's, authorization, the
/// complexity limit, and the refusal of introspection when it is off) for a document not yet validated for the
/// caller's access profile, and what is left for one that was (GraphQL.NET's cached-document convention).
/// </summary>
public sealed class ValidationRules(AuthorizationValidationRule authorization, ComplexityLimitRule complexity, IOptions<LimitsOptions> limits)
{
    private readonly IValidationRule[] _complexityOnly = [complexity];

    public IValidationRule[] All { get; } = limits.Value.Introspection
        ? [.. DocumentValidator.CoreRules, authorization, complexity]
        : [.. DocumentValidator.CoreRules, authorization, complexity, NoIntrospectionValidationRule.Instance];

    /// <summary>
    /// The rules a document already validated for this caller's profile still needs: none, since the document and
    /// the profile decide them all, except the complexity limit when a page size or a condition comes from a variable.
    /// Variables are coerced and arguments read on every request by GraphQL.NET's validator whatever the list.
    /// </summary>
    public IValidationRule[] ForValidated(CachedDocument document) => document.CostDependsOnVariables ? _complexityOnly : [];
}
