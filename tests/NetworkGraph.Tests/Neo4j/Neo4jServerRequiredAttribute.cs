using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>The Neo4j contract runs against the server that <c>NEO4J_URI</c> names, and is skipped, saying so, without one.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class Neo4jServerRequiredAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"))
            ? "no Neo4j server: set NEO4J_URI to run the contract suite against Neo4j 5.x"
            : null;
}
