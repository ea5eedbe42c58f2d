using GraphQL.Builders;

namespace NetworkGraph.Api.GraphQL.Paging;

/// <summary>The <c>first</c>/<c>after</c> arguments every connection takes, and their limits.</summary>
public static class PagingArguments
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static FieldBuilder<TSource, object> WithPaging<TSource>(this FieldBuilder<TSource, object> field) =>
        field
            .Argument<IntGraphType>("first", $"How many nodes to return: 1 to {MaxPageSize}, {DefaultPageSize} when omitted.")
            .Argument<StringGraphType>("after", "Return the nodes after this cursor (a pageInfo.endCursor).");

    public static int First(this IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        return first is >= 1 and <= MaxPageSize
            ? first
            : throw UserError.BadInput($"'first' must be between 1 and {MaxPageSize}; it was {first}.");
    }

    public static string? After(this IResolveFieldContext context) => Cursor.Decode(context.GetArgument<string?>("after"));
}
