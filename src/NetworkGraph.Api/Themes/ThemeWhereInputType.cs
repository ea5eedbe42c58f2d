using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Themes;

public sealed class ThemeWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Theme)
        .Property("expectedLevels");
}
