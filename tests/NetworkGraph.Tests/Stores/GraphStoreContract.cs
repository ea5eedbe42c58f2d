using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, stated once: each store runs this suite through a
/// sealed subclass that says how to create a fresh, empty, migrated store. The suite speaks only the
/// port, never an engine. A store that differs on purpose overrides a test with a skip and its reason.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    /// <summary>The morning of the Bilbao exchange visit: timestamps in the suite are exact instants after it.</summary>
    protected static readonly DateTimeOffset VisitStart = new(2025, 9, 30, 9, 0, 0, TimeSpan.Zero);

    private IGraphStore? _store;

    public static TheoryData<NodeLabel> EveryLabel => new(Enum.GetValues<NodeLabel>());

    public static TheoryData<RelationshipType> EveryRelationshipType => new(Enum.GetValues<RelationshipType>());

    /// <summary>The clock the store under test must read for the timestamps it assigns.</summary>
    protected ManualTimeProvider Clock { get; } = new(VisitStart);

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("the store is created in InitializeAsync");

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A new, empty, migrated store that reads <see cref="Clock"/>; disposed after the test when disposable.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    protected Task<WriteResult> WriteAsync(params GraphWrite[] writes) => Store.WriteAsync(WriteBatch.Of(writes), Ct);

    protected Task<WriteResult> CreateAsync(params NodeRecord[] nodes) =>
        WriteAsync(nodes.Select(node => (GraphWrite)new CreateNode(node)).ToArray());

    protected Task<WriteResult> PutAsync(params RelationshipRecord[] relationships) =>
        WriteAsync(relationships.Select(relationship => (GraphWrite)new PutRelationship(relationship)).ToArray());

    protected async Task<NodeRecord?> GetNodeAsync(string id) => (await Store.GetNodesAsync([id], Ct)).SingleOrDefault();

    protected async Task<IReadOnlyList<string>> FindIdsAsync(NodeQuery query) =>
        (await Store.FindNodesAsync(query, Ct)).Nodes.Select(node => node.Id).ToList();

    /// <summary>SMUS refers to Harreragune, which refers to Lanbide (the report's referral pathway).</summary>
    protected async Task CreateReferralPathwayAsync()
    {
        await CreateAsync(
            TestNodes.Institution("smus", "Servicio Municipal de Urgencias Sociales", "SMUS"),
            TestNodes.Institution("harreragune", "Harreragune"),
            TestNodes.Institution("lanbide", "Lanbide", level: GovernanceLevel.Regional));
        await PutAsync(
            TestNodes.Relationship(RelationshipType.RefersTo, "smus", "harreragune"),
            TestNodes.Relationship(RelationshipType.RefersTo, "harreragune", "lanbide"));
    }

    /// <summary>An update as the API sends it: every property of the institution, with a new name.</summary>
    protected static UpdateNode Rename(string id, long expectedVersion, string name) =>
        new(id, expectedVersion, TestNodes.Institution(id, name).Properties, [TestNodes.Report]);

    protected static void AssertSameNode(NodeRecord expected, NodeRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Label, actual.Label);
        AssertSameProperties(expected.Properties, actual.Properties);
        Assert.Equal(expected.Sources, actual.Sources);
    }

    protected static void AssertSameRelationship(RelationshipRecord expected, RelationshipRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Key, actual.Key);
        AssertSameProperties(expected.Properties, actual.Properties);
        Assert.Equal(expected.Sources, actual.Sources);
    }

    /// <summary>
    /// Values come back with the same .NET type (a long stays a long, a whole double a double). A null
    /// value may come back as null or as an absent key: engines such as Neo4j do not store nulls.
    /// </summary>
    protected static void AssertSameProperties(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual)
    {
        Assert.Equal(
            expected.Where(p => p.Value is not null).Select(p => p.Key).Order(StringComparer.Ordinal),
            actual.Where(p => p.Value is not null).Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (name, value) in expected)
        {
            actual.TryGetValue(name, out var stored);
            switch (value)
            {
                case null:
                    Assert.Null(stored);
                    break;
                case IReadOnlyList<string> list:
                    Assert.Equal(list, Assert.IsAssignableFrom<IReadOnlyList<string>>(stored));
                    break;
                default:
                    Assert.NotNull(stored);
                    Assert.Equal(value.GetType(), stored.GetType());
                    Assert.Equal(value, stored);
                    break;
            }
        }
    }

    protected static string[] InIdOrder(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToArray();
}
