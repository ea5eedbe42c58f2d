using GraphQL.Execution;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Feedback;
using NetworkGraph.Core.Firewall;
using NetworkGraph.Core.Schema;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Api.GraphQL.Errors;

/// <summary>
/// Maps the expected failures of Core and the store to coded errors once, at the GraphQL boundary; anything else
/// is logged and masked so no stack trace or internal message reaches a caller.
/// </summary>
public sealed partial class ExceptionMapping(ILogger<ExceptionMapping> logger)
{
    public Task HandleAsync(UnhandledExceptionContext context)
    {
        var original = context.OriginalException;
        context.Exception = original switch
        {
            GraphConflictException conflict => new UserError(ErrorCodes.Conflict, conflict.Message),
            GraphNotFoundException notFound => new UserError(ErrorCodes.NotFound, notFound.Message),
            AnalysisInputException input => UserError.BadInput(input.Message),
            StaleAnalysisException stale => new UserError(ErrorCodes.StaleAnalysis, stale.Message),
            InvalidTransitionException transition => new UserError(ErrorCodes.InvalidTransition, transition.Message),
            ModelViolationException violation => UserError.BadInput(violation.Message),
            // A document sent to importGraph: each problem already names the entry and what is wrong.
            SeedFormatException seed => UserError.BadInput(string.Join(Environment.NewLine, seed.Problems)),
            PersonalDataRejectedException rejected => UserError.PersonalDataRejected(rejected),
            GraphUnavailableException => new UserError(ErrorCodes.StoreUnavailable, "The graph store is unavailable; try again shortly."),
            _ => Masked(context),
        };
        return Task.CompletedTask;
    }

    private UserError Masked(UnhandledExceptionContext context)
    {
        LogUnexpected(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(request)");
        return new UserError(ErrorCodes.InternalServerError, "An unexpected error occurred.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure resolving {Field}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string field);
}
