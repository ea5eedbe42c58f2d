using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using NetworkGraph.Api.GraphQL;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's validator, with a shorter path for a document <see cref="ValidationCache"/> remembers as valid for
/// this caller. What a request's variables change is still done on every request, with GraphQL.NET's own code:
/// the variables are coerced (<see cref="ValidationContext.GetVariablesValuesAsync"/>), every argument and directive
/// of the operation is read with them (<see cref="ExecutionHelper.GetArguments"/>, <see cref="ExecutionHelper.GetDirectives"/>),
/// and the rules still given (the complexity limit when a page size comes from a variable) run after that. What the
/// document alone decides is taken from its <see cref="ArgumentPlan"/>: where the arguments and directives are, and
/// whether the variables' usages matter. Any other document goes through GraphQL.NET's validator unchanged.
/// </summary>
public sealed class RememberingDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _validator = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.UserContext?.TryGetValue(RememberedDocument.UserContextKey, out var value) == true
            && value is RememberedDocument remembered
            && options.Operation is not null)
        {
            if (!options.Document.Source.Span.SequenceEqual(remembered.Query))
            {
                // Not the text that was remembered (it cannot happen through ValidationCache, which keys on the
                // text): validate in full, with every rule of the service rather than the narrowed list.
                var rules = options.RequestServices?.GetService<ServiceValidationRules>()?.Rules ?? DocumentValidator.CoreRules;
                return _validator.ValidateAsync(options with { Rules = rules });
            }
            var plan = remembered.Plan;
            if (plan is null || !plan.IsFor(options.Document, options.Operation))
            {
                plan = ArgumentPlan.Build(options.Schema, options.Document, options.Operation);
                remembered.Plan = plan;
            }
            return ValidateRememberedAsync(plan, options, _validator);
        }
        return _validator.ValidateAsync(options);
    }

    private static async Task<IValidationResult> ValidateRememberedAsync(ArgumentPlan plan, ValidationOptions options, DocumentValidator validator)
    {
        options.Schema.Initialize();
        var rules = options.Rules?.ToArray() ?? [];
        var context = new ValidationContext
        {
            Schema = options.Schema,
            Document = options.Document,
            Operation = options.Operation,
            UserContext = options.UserContext,
            Variables = options.Variables,
            Extensions = options.Extensions,
            Metrics = options.Metrics,
            RequestServices = options.RequestServices,
            User = options.User,
            CancellationToken = options.CancellationToken,
            TypeInfo = rules.Length > 0 ? new TypeInfo(options.Schema) : null!,
        };

        // The rules still given (none, or the complexity limit) run as GraphQL.NET runs them.
        List<INodeVisitor>? preVisitors = null;
        List<IVariableVisitor>? variableVisitors = null;
        foreach (var rule in rules)
        {
            if (await rule.GetPreNodeVisitorAsync(context) is { } visitor)
            {
                (preVisitors ??= [context.TypeInfo]).Add(visitor);
            }
            if (await rule.GetVariableVisitorAsync(context) is { } variableVisitor)
            {
                (variableVisitors ??= []).Add(variableVisitor);
            }
        }
        if (preVisitors is not null)
        {
            await new BasicVisitor(preVisitors).VisitAsync(context.Document, new BasicVisitor.State(context));
            if (context.HasErrors)
            {
                return new ValidationResult(context.Errors);
            }
        }
        if (variableVisitors is { Count: > 1 })
        {
            // GraphQL.NET combines several with a type of its own; none of our rules needs that.
            return await validator.ValidateAsync(options);
        }
        context.Operation = plan.VariablesOnly ?? plan.Operation;
        var (variables, errors) = await context.GetVariablesValuesAsync(variableVisitors?[0]);
        context.Operation = plan.Operation;
        foreach (var error in errors ?? [])
        {
            context.ReportError(error);
        }
        if (context.HasErrors)
        {
            return new ValidationResult(context.Errors) { Variables = variables };
        }

        ReadArguments(plan, context, variables);
        if (!context.HasErrors && rules.Length > 0)
        {
            context.TypeInfo.Clear();
            List<INodeVisitor>? visitors = null;
            foreach (var rule in rules)
            {
                if (await rule.GetPostNodeVisitorAsync(context) is { } visitor)
                {
                    (visitors ??= [context.TypeInfo]).Add(visitor);
                }
            }
            if (visitors is not null)
            {
                await new BasicVisitor(visitors).VisitAsync(context.Document, new BasicVisitor.State(context));
            }
        }
        return new ValidationResult(context.Errors)
        {
            Variables = variables,
            ArgumentValues = context.ArgumentValues,
            DirectiveValues = context.DirectiveValues,
        };
    }

    private static void ReadArguments(ArgumentPlan plan, ValidationContext context, Variables variables)
    {
        foreach (var node in plan.NodesWithDirectives)
        {
            try
            {
                if (ExecutionHelper.GetDirectives((IHasDirectivesNode)node, variables, context.Schema, context.Document) is { } directives)
                {
                    (context.DirectiveValues ??= []).Add(node, directives);
                }
            }
            catch (ValidationError error)
            {
                context.ReportError(error);
            }
        }
        foreach (var (field, definitions) in plan.FieldsWithArguments)
        {
            try
            {
                if (ExecutionHelper.GetArguments(definitions, field.Arguments, variables, context.Document, field, null) is { } arguments)
                {
                    (context.ArgumentValues ??= []).Add(field, arguments);
                }
            }
            catch (ValidationError error)
            {
                context.ReportError(error);
            }
        }
    }
}
