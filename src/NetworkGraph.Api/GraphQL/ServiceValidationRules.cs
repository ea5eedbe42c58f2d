using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.GraphQL;

/// <summary>
/// Every validation rule a request's document goes through, as one list built once: the specification's
/// rules, our authorization rule, the complexity limit, and the refusal of introspection when it is off.
/// </summary>
public sealed class ServiceValidationRules(AuthorizationValidationRule authorization, ComplexityLimitRule complexity, IOptions<LimitsOptions> limits)
{
    public IValidationRule[] Rules { get; } = limits.Value.Introspection
        ? [.. DocumentValidator.CoreRules, authorization, complexity]
        : [.. DocumentValidator.CoreRules, authorization, complexity, NoIntrospectionValidationRule.Instance];
}
