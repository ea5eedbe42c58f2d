using GraphQL.Builders;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>Fields answered from the request's analysis, so every answer and the nodes it names come from one graph version.</summary>
public static class AnalysisFields
{
    public static FieldBuilder<TSource, TReturn> Answer<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext<TSource>, GraphAnalysis, TReturn?> answer) =>
        field.Resolve()
            .WithService<RequestAnalysis>()
            .ResolveAsync(async (c, analysis) =>
            {
                var graph = await analysis.GetAsync(c.MinVersion(), c.AsOf(), c.CancellationToken);
                // The answers compute on the caller's thread and do not look at the token: once the request is out of
                // time, no further question of it starts.
                c.CancellationToken.ThrowIfCancellationRequested();
                return answer(c, graph);
            });

    public const string MinVersionDescription =
        "Answer from an analysis of at least this graph version (see 'analysis'), waiting a bounded time for it; STALE_ANALYSIS when it is not ready by then.";

    /// <summary>Adds the optional <c>minVersion</c> argument every graph question takes.</summary>
    public static FieldBuilder<TSource, TReturn> MinVersionArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("minVersion", MinVersionDescription);

    public const string AsOfDescription =
        "Answer for the graph as it is on this date: a dated link counts when validFrom <= asOf < validTo. Today (UTC) when omitted.";

    /// <summary>Adds the optional <c>asOf</c> argument every graph question takes.</summary>
    public static FieldBuilder<TSource, TReturn> AsOfArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IsoDateGraphType>("asOf", AsOfDescription);

    /// <summary>The <c>asOf</c> argument when the field has one and it was given; null means today.</summary>
    public static DateOnly? AsOf(this IResolveFieldContext context) =>
        context.FieldDefinition.Arguments?.Find("asOf") is not null ? Validity.Parse(context.GetArgument<string?>("asOf")) : null;

    /// <summary>The <c>minVersion</c> argument when the field has one and it was given.</summary>
    public static long? MinVersion(this IResolveFieldContext context) =>
        context.FieldDefinition.Arguments?.Find("minVersion") is not null ? context.GetArgument<int?>("minVersion") : null;

    /// <summary>The node of the analysed snapshot that <paramref name="id"/> names in the source, or null.</summary>
    public static FieldBuilder<TSource, object> AnalysedNode<TSource>(this FieldBuilder<TSource, object> field, Func<TSource, string?> id) =>
        field.Answer((c, analysis) => id(c.Source) is { } nodeId ? analysis.Node(nodeId) : null);

    public static FieldBuilder<TSource, object> AnalysedNodes<TSource>(this FieldBuilder<TSource, object> field, Func<TSource, IEnumerable<string>> ids) =>
        field.Answer((c, analysis) => ids(c.Source).Select(analysis.Node).OfType<NodeRecord>().ToList());

    public static IReadOnlyCollection<LinkKind>? Via(this IResolveFieldContext context) =>
        context.GetArgument<List<LinkKind>?>("via");

    /// <summary>The territory a graph question is scoped to, or null for the whole graph.</summary>
    public static string? Territory(this IResolveFieldContext context) =>
        context.GetArgument<string?>("territory") is { } id ? RootFields.ValidId(id, "territory") : null;
}
