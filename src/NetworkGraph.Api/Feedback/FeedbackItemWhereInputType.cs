using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Feedback;

public sealed class FeedbackItemWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.FeedbackItem)
        .Property("statuses", "status")
        .Through("themes", (Incoming, About))
        .Through("raisedBy", (Outgoing, Raised));

    public FeedbackItemWhereInputType()
    {
        Name = "FeedbackItemWhere";
        this.AnyOf<EnumerationGraphType<FeedbackStatus>>("statuses", "In one of these statuses.");
        this.AnyOf<IdGraphType>("themes", "About one of these themes.");
        this.AnyOf<IdGraphType>("raisedBy", "Raised by one of these institutions.");
        this.NameContains();
    }
}
