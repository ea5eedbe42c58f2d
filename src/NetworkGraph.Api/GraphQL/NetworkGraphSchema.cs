using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Live;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Territories;
using NetworkGraph.Api.Themes;

namespace NetworkGraph.Api.GraphQL;

public sealed class NetworkGraphSchema : Schema
{
    public NetworkGraphSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<SubscriptionType>();
        Description = "NetworkGraph: the network of networks of migrant-integration governance.";
        // Reachable only through the Node interface, so named here to be part of the schema.
        RegisterType(typeof(InstitutionType));
        RegisterType(typeof(NetworkType));
        RegisterType(typeof(MeetingType));
        RegisterType(typeof(ThemeType));
        RegisterType(typeof(ResponsibilityType));
        RegisterType(typeof(FeedbackItemType));
        RegisterType(typeof(PolicyChangeType));
        RegisterType(typeof(TerritoryType));
    }
}
