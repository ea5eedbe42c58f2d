using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Auth;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// Remembers which documents passed validation for which callers, so that a repeated operation skips the
/// rules that look at the document alone: the specification's rules, authorization and, when it is off,
/// introspection. Authorization depends on the caller, so the key holds the caller's access profile
/// (signed in or not, and the roles). The complexity rule depends on the variables when a page size or an
/// @include/@skip condition comes from one, and then runs again on every request; the variables are coerced
/// on every request. Only documents that validated are kept. On a hit the remembered entry is left in the request's
/// user context, where <see cref="RememberingDocumentValidator"/> finds the document's <see cref="ArgumentPlan"/>.
/// A new validation rule that reads the variables (or anything else of the request beyond the access profile)
/// must run on remembered documents too: add it to the list set on a hit below.
/// </summary>
public sealed class ValidationCache(IOptions<LimitsOptions> options, ComplexityLimitRule complexity) : IConfigureExecution
{
    private readonly BoundedCache<Key, RememberedDocument> _validated = new(options.Value.DocumentCacheSize);

    /// <summary>After the host's execution options (100), which set the whole rule set this cache narrows.</summary>
    public float SortOrder => 160;

    public int Count => _validated.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (execution.Query is null || execution.Document is null || execution.RequestServices is null)
        {
            return await next(execution);
        }
        var viewer = execution.RequestServices.GetRequiredService<Viewer>();
        var key = new Key(execution.Query, execution.OperationName, viewer.AccessProfile);
        var remembered = _validated.TryGet(key, out var validated);
        if (remembered)
        {
            execution.ValidationRules = validated!.CostDependsOnVariables ? [complexity] : [];
            execution.UserContext[RememberedDocument.UserContextKey] = validated;
        }
        var result = await next(execution);
        if (!remembered && result.Executed)
        {
            _validated.Set(key, new RememberedDocument(execution.Query, DocumentShape.CostDependsOnVariables(execution.Document)));
        }
        return result;
    }

    private readonly record struct Key(string Query, string? OperationName, string AccessProfile);
}
