using GraphQL.Execution;
using GraphQLParser.AST;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Queries in parallel and mutations in series, as GraphQL.NET does; a subscription is opened by
/// <see cref="SubscriptionOpeningStrategy"/>, and each of its events executed like a query on the event.
/// </summary>
public sealed class LiveExecutionStrategySelector : IExecutionStrategySelector
{
    private readonly SubscriptionOpeningStrategy _opening = new();

    public IExecutionStrategy Select(global::GraphQL.Execution.ExecutionContext context) => context.Operation.Operation switch
    {
        OperationType.Query => ParallelExecutionStrategy.Instance,
        OperationType.Mutation => SerialExecutionStrategy.Instance,
        OperationType.Subscription when context.RootValue is LiveEvent => ParallelExecutionStrategy.Instance,
        OperationType.Subscription => _opening,
        _ => throw new ArgumentOutOfRangeException(nameof(context), context.Operation.Operation, "An unknown kind of operation."),
    };
}
