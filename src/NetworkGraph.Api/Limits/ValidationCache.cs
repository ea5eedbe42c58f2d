using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Auth;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// Remembers which documents passed validation for which callers, so that a repeated operation skips the
/// rules that look at the document alone: the specification's rules, authorization and, when it is off,
/// introspection. Authorization depends on the caller, so the key holds the caller's access profile
/// (signed in or not, and the roles). The complexity rule depends on the variables (page sizes), so it runs
/// on every request, and so does the coercion of the variables. Only documents that validated are kept.
/// </summary>
public sealed class ValidationCache(IOptions<LimitsOptions> options, ComplexityLimitRule complexity) : IConfigureExecution
{
    private readonly BoundedCache<Key, bool> _validated = new(options.Value.DocumentCacheSize);

    /// <summary>Inside <see cref="LimitsExecution"/> (150), which sets the whole rule set this cache narrows.</summary>
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
        var validated = _validated.TryGet(key, out _);
        if (validated)
        {
            execution.ValidationRules = [complexity];
        }
        var result = await next(execution);
        if (!validated && result.Executed)
        {
            _validated.Set(key, true);
        }
        return result;
    }

    private readonly record struct Key(string Query, string? OperationName, string AccessProfile);
}
