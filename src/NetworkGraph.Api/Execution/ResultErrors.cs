using System.Text.RegularExpressions;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// What every executed request's errors become before they are written: a timeout is LIMIT_EXCEEDED naming the
/// setting; input the document or its variables got wrong is BAD_USER_INPUT, keeping GraphQL.NET's message (which
/// names the argument); and "Did you mean ...?" suggestions are masked unless allowed, so a stranger cannot map a
/// closed schema by guessing names.
/// </summary>
public sealed partial class ResultErrors(IOptions<LimitsOptions> options, IHostEnvironment environment)
{
    private readonly LimitsOptions _limits = options.Value;
    private readonly bool _masking = !(options.Value.FieldSuggestions ?? environment.IsDevelopment());

    public ExecutionResult Rewrite(ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 } errors)
        {
            var rewritten = new ExecutionErrors();
            rewritten.AddRange(errors.Select(Rewrite));
            result.Errors = rewritten;
        }
        return result;
    }

    private ExecutionError Rewrite(ExecutionError error)
    {
        if (error is TimeoutError)
        {
            return LimitErrors.Exceeded($"{LimitsOptions.Section}:{nameof(LimitsOptions.ExecutionTimeoutSeconds)}", _limits.ExecutionTimeoutSeconds,
                $"The operation ran longer than {_limits.ExecutionTimeoutSeconds} s and was stopped; nothing it had read is returned.");
        }
        var rewritten = Masked(error);
        if (rewritten is ArgumentsOfCorrectTypeError or ProvidedNonNullArgumentsError or DefaultValuesOfCorrectTypeError
            or UniqueInputFieldNamesError or OneOfInputValuesError or InvalidVariableError or VariablesInAllowedPositionError)
        {
            rewritten.Code = ErrorCodes.BadUserInput;
        }
        return rewritten;
    }

    private ExecutionError Masked(ExecutionError error)
    {
        if (!_masking || error is not ValidationError validation || !Suggestion().IsMatch(error.Message))
        {
            return error;
        }
        var masked = new ValidationError(Suggestion().Replace(error.Message, "")) { Code = error.Code, Number = validation.Number, Path = error.Path, Extensions = error.Extensions };
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
