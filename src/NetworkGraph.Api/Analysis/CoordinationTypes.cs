using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

public sealed class CoordinationLinkType : ObjectGraphType<CoordinationLink>
{
    public CoordinationLinkType()
    {
        Name = "CoordinationLink";
        Description = "An institution within reach, its distance, and the evidence of each hop on one shortest path to it.";
        Field<NonNullGraphType<InstitutionType>>("institution").AnalysedNode(source => source.InstitutionId);
        Field<NonNullGraphType<IntGraphType>>("distance").Resolve(c => c.Source.Distance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkEvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
    }
}

public sealed class GraphPathType : ObjectGraphType<GraphPath>
{
    public GraphPathType()
    {
        Name = "GraphPath";
        Description = "One shortest chain of coordination links between two institutions.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of hops.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkEvidenceType>>>>("hops").Resolve(c => c.Source.Hops);
    }
}

public sealed class LevelLinkType : ObjectGraphType<LevelLink>
{
    public LevelLinkType()
    {
        Name = "LevelLink";
        Description = "How many coordination links join institutions of two governance levels.";
        Field<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("links").Resolve(c => c.Source.Links);
    }
}

public sealed class LevelEiIndexType : ObjectGraphType<LevelEiIndex>
{
    public LevelEiIndexType()
    {
        Name = "LevelEiIndex";
        Description = "Vertical integration of one level: (links to other levels - links within it) / all its links, from -1 to 1.";
        Field<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>("level").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<FloatGraphType>>("eiIndex").Resolve(c => c.Source.EiIndex);
        Field<NonNullGraphType<IntGraphType>>("external").Resolve(c => c.Source.External);
        Field<NonNullGraphType<IntGraphType>>("internal").Resolve(c => c.Source.Internal);
    }
}

public sealed class CoordinationMatrixType : ObjectGraphType<CoordinationMatrix>
{
    public CoordinationMatrixType()
    {
        Name = "CoordinationMatrix";
        Description = "Coordination links counted by pair of governance levels: the level-by-level heat map.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelLinkType>>>>("cells").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<FloatGraphType>>("eiIndex")
            .Description("(links across levels - links within a level) / all links, from -1 to 1.")
            .Resolve(c => c.Source.EiIndex);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelEiIndexType>>>>("byLevel").Resolve(c => c.Source.ByLevel);
    }
}

public sealed class BrokerScoreType : ObjectGraphType<RankedBroker>
{
    public BrokerScoreType()
    {
        Name = "BrokerScore";
        Description = "How much an institution brokers between others in the coordination graph.";
        // The institution as of the graph the ranking was made on, so a ranking never names a node it cannot show.
        Field<NonNullGraphType<InstitutionType>>("institution").Resolve(c => c.Source.Institution);
        Field<NonNullGraphType<FloatGraphType>>("betweenness")
            .Description("Share of shortest paths between other institutions that pass through it (normalised; exact, or sampled on large graphs: see 'analysis.betweenness').")
            .Resolve(c => c.Source.Score.Betweenness);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Its number of direct partners.").Resolve(c => c.Source.Score.Degree);
        Field<NonNullGraphType<IntGraphType>>("crossLevelPartners").Description("Direct partners at another governance level.").Resolve(c => c.Source.Score.CrossLevelPartners);
        Field<NonNullGraphType<BooleanGraphType>>("articulationPoint")
            .Description("True when removing it would cut others off: a single point of failure.")
            .Resolve(c => c.Source.Score.ArticulationPoint);
    }
}

/// <summary>A broker score with its institution as of the graph it was ranked on.</summary>
public sealed record RankedBroker(BrokerScore Score, NodeRecord Institution);
