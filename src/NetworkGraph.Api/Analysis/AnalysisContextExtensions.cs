using GraphQL;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Analysis;

public static class AnalysisContextExtensions
{
    public static Task<GraphAnalysis> AnalysisAsync(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestAnalysis>().GetAsync(context.CancellationToken);

    /// <summary>A node of the analysed snapshot: the answer and the nodes it names come from one version.</summary>
    public static async Task<NodeRecord?> AnalysedNodeAsync(this IResolveFieldContext context, string? id) =>
        id is null ? null : (await context.AnalysisAsync()).Node(id);

    public static async Task<IReadOnlyList<NodeRecord>> AnalysedNodesAsync(this IResolveFieldContext context, IEnumerable<string> ids)
    {
        var analysis = await context.AnalysisAsync();
        return [.. ids.Select(analysis.Node).OfType<NodeRecord>()];
    }

    public static IReadOnlyCollection<LinkKind>? Via(this IResolveFieldContext context) =>
        context.GetArgument<List<LinkKind>?>("via");
}
