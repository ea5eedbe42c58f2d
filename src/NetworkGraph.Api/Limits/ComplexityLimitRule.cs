using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with our costs: every field costs 1 (a question computed for the request alone,
/// <see cref="ComputedForTheRequest"/>), multiplied by the page size of each list around it (<c>first</c> when given,
/// else the default page of 20). Introspection costs one per
/// field, its lists being bounded by the schema. Depth is checked earlier, when the document is admitted (<see cref="DocumentLimits"/>).
/// </summary>
public sealed class ComplexityLimitRule(int maxComplexity) : ComplexityValidationRule(Costs(maxComplexity))
{
    /// <summary>
    /// The cost of a question computed for the request alone, never kept for the next (<c>whatIf</c>, the brokers of the
    /// graph after it): a fresh analysis and possibly a betweenness ranking, each as costly as a large page of nested
    /// lists. At the default limit a request holds at most ten; aliases cannot repeat one beyond that.
    /// </summary>
    public const double ComputedForTheRequest = 10_000;

    private static ComplexityOptions Costs(int maxComplexity) => new()
    {
        MaxComplexity = maxComplexity,
        DefaultListImpactMultiplier = PagingArguments.DefaultPageSize,
        DefaultComplexityImpactDelegate = context =>
            context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(1, 1)
                : _default(context),
    };

    private static readonly Func<FieldImpactContext, FieldComplexityResult> _default = new ComplexityOptions().DefaultComplexityImpactDelegate;

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (totalComplexity > maxComplexity)
        {
            var setting = $"{LimitsOptions.Section}:{nameof(LimitsOptions.MaxComplexity)}";
            context.ReportError(new ValidationError(
                $"The operation's complexity is {totalComplexity:0}; at most {maxComplexity} is allowed. Ask for smaller pages ('first') or fewer nested lists.")
            {
                Code = ErrorCodes.LimitExceeded,
                Extensions = new Dictionary<string, object?> { ["limit"] = setting, ["max"] = maxComplexity },
            });
        }
        return default;
    }
}
