using NetworkGraph.Api.GraphQL.Loading;

namespace NetworkGraph.Api.GraphQL.Common;

public static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();
}
