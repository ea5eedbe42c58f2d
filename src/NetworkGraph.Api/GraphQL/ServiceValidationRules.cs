using GraphQL.Validation;
using NetworkGraph.Api.Auth;

namespace NetworkGraph.Api.GraphQL;

/// <summary>The specification's validation rules and our authorization rule, as one list built once.</summary>
public sealed class ServiceValidationRules(AuthorizationValidationRule authorization)
{
    public IValidationRule[] Rules { get; } = [.. DocumentValidator.CoreRules, authorization];
}
