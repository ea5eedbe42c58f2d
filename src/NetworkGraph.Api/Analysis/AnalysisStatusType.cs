namespace NetworkGraph.Api.Analysis;

/// <summary>How fresh the graph questions' answers are: the <c>analysis</c> root field.</summary>
public static class AnalysisStatusField
{
    public static void AddAnalysisStatus(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<AnalysisStatusType>>("analysis")
            .Description("How fresh the graph questions' answers are: the graph's version, the version this request's analysis reflects, and the brokers'.")
            .Resolve()
            .WithServices<RequestAnalysis, LatestAnalysis>()
            .ResolveAsync(async (c, request, latest) =>
            {
                var brokers = await request.GetBrokersAsync(null, asOf: null, c.CancellationToken);
                var graph = await request.GetPublishedAsync(null, c.CancellationToken);
                // The version this request read; what was published since is newer than that read, and the store is
                // never behind what was published, so the larger of them is a version the store has reached.
                var graphVersion = Math.Max(await request.ObservedVersionAsync(c.CancellationToken), Math.Max(graph.Version, brokers.Version));
                return new AnalysisStatus(graphVersion, graph, latest.Building, brokers);
            });
}

public sealed record AnalysisStatus(long GraphVersion, AnalysedGraph Graph, bool Building, AnalysedBrokers Brokers);

public sealed class AnalysisStatusType : ObjectGraphType<AnalysisStatus>
{
    public AnalysisStatusType()
    {
        Name = "AnalysisStatus";
        Description = "Graph questions answer from the newest complete analysis, built off the request path; this says how recent it is.";
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The store's version now.").Resolve(c => (int)c.Source.GraphVersion);
        Field<NonNullGraphType<IntGraphType>>("analysedVersion")
            .Description("The graph version the answers of this request reflect (pass a later one as 'minVersion' to wait for it).")
            .Resolve(c => (int)c.Source.Graph.Version);
        Field<NonNullGraphType<DateTimeGraphType>>("builtAt").Description("When that analysis was built.").Resolve(c => c.Source.Graph.BuiltAt.UtcDateTime);
        Field<NonNullGraphType<BooleanGraphType>>("building").Description("Whether a newer analysis is being built.").Resolve(c => c.Source.Building);
        Field<NonNullGraphType<BetweennessStatusType>>("betweenness").Description("The broker ranking's own version, which may trail the analysis's.").Resolve(c => c.Source.Brokers);
    }
}

public sealed class BetweennessStatusType : ObjectGraphType<AnalysedBrokers>
{
    public BetweennessStatusType()
    {
        Name = "BetweennessStatus";
        Description = "How the betweenness behind 'brokers' was obtained: exact (Brandes) or sampled with the Riondato–Kornaropoulos guarantee.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The graph version the ranking reflects.").Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<BooleanGraphType>>("exact").Resolve(c => c.Source.Ranking.Exact);
        Field<IntGraphType>("samples").Description("Shortest paths sampled; null when exact.").Resolve(c => c.Source.Ranking.Samples);
        Field<FloatGraphType>("epsilon")
            .Description("Every sampled value is within epsilon of the exact one, with probability at least 1 - delta; null when exact.")
            .Resolve(c => c.Source.Ranking.Epsilon);
        Field<FloatGraphType>("delta").Description("The probability that the epsilon bound fails; null when exact.").Resolve(c => c.Source.Ranking.Delta);
        Field<NonNullGraphType<DateTimeGraphType>>("computedAt").Description("When the values were computed.").Resolve(c => c.Source.ComputedAt.UtcDateTime);
    }
}
