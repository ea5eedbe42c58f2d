using GraphQL.Execution;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Opens a subscription without executing an event: after validation (the same rules and limits as a query), it
/// runs the one root field's stream resolver, which checks the arguments into a <see cref="LiveSubscriptionRequest"/>,
/// and leaves that in the <see cref="SubscriptionOpening"/>; the transport then streams it.
/// </summary>
public sealed class SubscriptionOpeningStrategy : ExecutionStrategy
{
    public override async Task<ExecutionResult> ExecuteAsync(global::GraphQL.Execution.ExecutionContext context)
    {
        var opening = context.UserContext as SubscriptionOpening
            ?? throw new InvalidOperationException("A subscription is opened by a live transport, which passes a SubscriptionOpening.");
        var root = BuildExecutionRootNode(context, GetOperationRootType(context));
        if (root.SubFields is not [var node])
        {
            context.Errors.Add(UserError.BadInput("A subscription selects exactly one root field."));
            return new ExecutionResult { Executed = true };
        }
        try
        {
            var resolver = node.FieldDefinition.StreamResolver
                ?? throw UserError.BadInput($"'{node.FieldDefinition.Name}' cannot be subscribed to.");
            opening.Request = await resolver.ResolveAsync(new ReadonlyResolveFieldContext(node, context)) as LiveSubscriptionRequest
                ?? throw new InvalidOperationException($"The stream resolver of '{node.FieldDefinition.Name}' must answer a LiveSubscriptionRequest.");
        }
        catch (ExecutionError error)
        {
            error.Path = node.ResponsePath;
            error.AddLocation(node.Field, context.Document);
            context.Errors.Add(error);
        }
        return new ExecutionResult { Executed = true };
    }

    public override Task ExecuteNodeTreeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode) =>
        throw new NotSupportedException("Opening a subscription executes no selection.");
}
