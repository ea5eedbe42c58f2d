using NetworkGraph.Api.GraphQL.Loading;
using NetworkGraph.Api.Themes;

namespace NetworkGraph.Api.Institutions;

/// <summary>Unlike the other edges, its ends come first, and its theme leads to the node the model's id names.</summary>
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
            .Resolve()
            .WithService<GraphLoaders>()
            .Resolve((c, loaders) => c.Source.GetString("theme") is { } themeId ? loaders.Node(themeId) : null);
        this.AddPropertyFields(RelationshipType.RefersTo);
        this.EdgeSources();
    }
}
