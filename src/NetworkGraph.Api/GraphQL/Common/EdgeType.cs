namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>
/// A relationship type's edge object: its properties as the model has them, its two ends, and its sources.
/// </summary>
public abstract class EdgeType<TFromType, TToType> : ObjectGraphType<RelationshipRecord>
    where TFromType : IGraphType
    where TToType : IGraphType
{
    protected EdgeType(RelationshipType relationship, string name, string description, (string From, string To) ends, string? toDescription = null)
    {
        Name = name;
        Description = description;
        this.AddPropertyFields(relationship);
        this.End<TFromType>(ends.From, from: true);
        this.End<TToType>(ends.To, from: false).Description(toDescription);
        this.EdgeSources();
    }
}
