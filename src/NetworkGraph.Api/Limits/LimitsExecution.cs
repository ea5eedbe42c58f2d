using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// Adds the limits to every execution: the timeout (answered as LIMIT_EXCEEDED) and the masking of
/// "Did you mean ...?" suggestions. The limits' validation rules (complexity, introspection when it is off)
/// are in <see cref="GraphQL.ServiceValidationRules"/>.
/// </summary>
public sealed partial class LimitsExecution(IOptions<LimitsOptions> options, IHostEnvironment environment) : IConfigureExecution
{
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var limits = options.Value;
        execution.Timeout = limits.ExecutionTimeout;
        var result = await next(execution);
        if (result.Errors is { Count: > 0 } errors)
        {
            var masking = !(limits.FieldSuggestions ?? environment.IsDevelopment());
            var rewritten = new ExecutionErrors();
            rewritten.AddRange(errors.Select(error => Rewrite(error, masking, limits)));
            result.Errors = rewritten;
        }
        return result;
    }

    private static ExecutionError Rewrite(ExecutionError error, bool masking, LimitsOptions limits)
    {
        if (error is TimeoutError)
        {
            return LimitErrors.Exceeded($"{LimitsOptions.Section}:{nameof(LimitsOptions.ExecutionTimeoutSeconds)}", limits.ExecutionTimeoutSeconds,
                $"The operation ran longer than {limits.ExecutionTimeoutSeconds} s and was stopped; nothing it had read is returned.");
        }
        if (!masking || error is not ValidationError || !Suggestion().IsMatch(error.Message))
        {
            return error;
        }
        var masked = new ValidationError(Suggestion().Replace(error.Message, "")) { Code = error.Code, Number = ((ValidationError)error).Number, Path = error.Path, Extensions = error.Extensions };
        foreach (var location in error.Locations ?? [])
        {
            masked.AddLocation(location);
        }
        return masked;
    }

    /// <summary>GraphQL.NET appends its suggestions as " Did you mean ...?" at the end of the message.</summary>
    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
