using GraphQL.Validation;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// GraphQL.NET's own validator, asked only when the cached operation cannot recall its answer. With the cached rule
/// list the validator still coerces the variables and reads every argument of the document on each request; for a
/// query sent again by the same access profile with the same variables the result is the same, so the one kept
/// with the <see cref="CachedOperation"/> is returned instead.
/// </summary>
public sealed class RecallingDocumentValidator(DocumentValidator stock) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.UserContext is not RecallableValidation recallable)
        {
            return stock.ValidateAsync(options);
        }
        return recallable.Operation.RecallResult(recallable.AccessProfile, options.Variables) is { } recalled
            ? Task.FromResult(recalled)
            : ValidateAndRememberAsync(options, recallable);
    }

    private async Task<IValidationResult> ValidateAndRememberAsync(ValidationOptions options, RecallableValidation recallable)
    {
        var result = await stock.ValidateAsync(options);
        recallable.Operation.RememberResult(recallable.AccessProfile, options.Variables, result);
        return result;
    }
}

/// <summary>
/// The user context of a query that runs with the cached rule list: the cached operation and the caller's access
/// profile, which is what <see cref="RecallingDocumentValidator"/> needs to recall or keep the validation result.
/// </summary>
public sealed class RecallableValidation(CachedOperation operation, string accessProfile) : Dictionary<string, object?>
{
    public CachedOperation Operation { get; } = operation;

    public string AccessProfile { get; } = accessProfile;
}
