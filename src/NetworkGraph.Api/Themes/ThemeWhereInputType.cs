using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Themes;

public sealed class ThemeWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Theme).Property("expectedLevels", "expectedLevels");

    public ThemeWhereInputType()
    {
        Name = "ThemeWhere";
        this.AnyOf<EnumerationGraphType<GovernanceLevel>>("expectedLevels", "Expected to be covered at one of these levels.");
        this.NameContains();
    }
}
