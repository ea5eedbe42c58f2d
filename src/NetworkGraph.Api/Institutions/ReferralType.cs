using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Institutions;

public sealed class ReferralType : ObjectGraphType<RelationshipRecord>
{
    public ReferralType()
    {
        Name = "Referral";
        Description = "A referral pathway: one institution refers people to another.";
        this.End<InstitutionType>("from", from: true);
        this.End<InstitutionType>("to", from: false);
        Field<ThemeType>("theme")
            .Description("The theme the referral is about, when known.")
            .Resolve(c => c.Source.GetString("theme") is { } themeId ? c.Loaders().Node(themeId) : null);
        Field<StringGraphType>("description").Resolve(c => c.Source.GetString("description"));
        this.EdgeSources();
    }
}
