using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors;

namespace NetworkGraph.Api.GraphQL.Errors;

/// <summary>
/// Input the document or its variables got wrong (a missing required field, an unknown enum
/// value, a value of the wrong type) is reported as BAD_USER_INPUT like every other bad input,
/// keeping GraphQL.NET's message, which names the argument or field.
/// </summary>
public static class InputErrors
{
    public static void Classify(ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (error is ArgumentsOfCorrectTypeError or ProvidedNonNullArgumentsError or DefaultValuesOfCorrectTypeError
                or UniqueInputFieldNamesError or OneOfInputValuesError or InvalidVariableError or VariablesInAllowedPositionError)
            {
                error.Code = ErrorCodes.BadUserInput;
            }
        }
    }
}
