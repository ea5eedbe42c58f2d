using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Tests.Stores;
using static NetworkGraph.Tests.Neo4j.QueryApiReplies;

namespace NetworkGraph.Tests.Neo4j;

public sealed class Neo4jQueryApiTransactionTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private static readonly CancellationToken _none = CancellationToken.None;

    private static readonly WriteBatch _createHarreragune = WriteBatch.Of(new CreateNode(TestNodes.Institution("harreragune", "Harreragune")));

    [Fact]
    public async Task a_write_batch_bumps_the_version_first_then_writes_then_commits_in_one_transaction()
    {
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "lyU"))
            .Reply(Single("version", Integer(1), transactionId: "lyU"))
            .Reply(Committed("FB:after-write"));

        var result = await StubbedNeo4j.Store(stub).WriteAsync(_createHarreragune, _none);

        Assert.Equal(8, result.GraphVersion);
        Assert.Equal(1, result.NodeVersions["harreragune"]);
        Assert.Equal(
            [(HttpMethod.Post, "/db/neo4j/query/v2/tx"), (HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU"), (HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit")],
            stub.Requests.Select(request => (request.Method, request.Path)));
        Assert.Equal(Statements.BumpGraphVersion.Text, stub.Requests[0].Statement);
        Assert.Equal(Statements.CreateNode(NodeLabel.Institution).Text, stub.Requests[1].Statement);
    }

    [Fact]
    public async Task the_cluster_affinity_the_server_sends_is_sent_back_on_every_later_request_and_the_commit()
    {
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "lyU"), headers: ("neo4j-cluster-affinity", Affinity))
            .Reply(Single("version", Integer(1), transactionId: "lyU"), headers: ("neo4j-cluster-affinity", Affinity))
            .Reply(Committed("FB:after-write"), headers: ("neo4j-cluster-affinity", Affinity));

        await StubbedNeo4j.Store(stub).WriteAsync(_createHarreragune, _none);

        Assert.Null(stub.Requests[0].Header("neo4j-cluster-affinity"));
        Assert.All(stub.Requests.Skip(1), request => Assert.Equal(Affinity, request.Header("neo4j-cluster-affinity")));
        Assert.EndsWith("/commit", stub.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_write_that_fails_rolls_the_transaction_back_with_its_affinity()
    {
        // The id is taken: the create returns no row and the transaction is still open.
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "lyU"), headers: ("neo4j-cluster-affinity", Affinity))
            .Reply(NoRows("version", transactionId: "lyU"))
            .Reply("{}");

        var conflict = await Assert.ThrowsAsync<GraphConflictException>(() => StubbedNeo4j.Store(stub).WriteAsync(_createHarreragune, _none));

        Assert.Contains("'harreragune' already exists", conflict.Message, StringComparison.Ordinal);
        var rollback = stub.Requests[^1];
        Assert.Equal((HttpMethod.Delete, "/db/neo4j/query/v2/tx/lyU"), (rollback.Method, rollback.Path));
        Assert.Equal(Affinity, rollback.Header("neo4j-cluster-affinity"));
        Assert.DoesNotContain(stub.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task an_update_of_a_missing_node_is_not_found_and_rolled_back()
    {
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "lyU"))
            .Reply(Single("actual", Null, transactionId: "lyU"))
            .Reply("{}");
        var update = new UpdateNode("no-such-node", 1, TestNodes.Institution("no-such-node", "Nobody").Properties, []);

        await Assert.ThrowsAsync<GraphNotFoundException>(() => StubbedNeo4j.Store(stub).WriteAsync(WriteBatch.Of(update), _none));

        Assert.Equal(HttpMethod.Delete, stub.Requests[^1].Method);
    }

    [Fact]
    public async Task an_error_that_closed_the_transaction_is_not_followed_by_a_rollback()
    {
        // Without a "transaction" key the server says it has already rolled the transaction back.
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "lyU"))
            .Reply(Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(7) already exists with label `GraphNode` and property `id` = 'harreragune'"));

        await Assert.ThrowsAsync<GraphConflictException>(() => StubbedNeo4j.Store(stub).WriteAsync(_createHarreragune, _none));

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task a_transient_error_inside_a_transaction_retries_the_whole_batch()
    {
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "tx1"))
            .Reply(Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock with another writer"))
            .Reply(Single("version", Integer(9), transactionId: "tx2"))
            .Reply(Single("version", Integer(1), transactionId: "tx2"))
            .Reply(Committed("FB:after-write"));

        var result = await StubbedNeo4j.Store(stub).WriteAsync(_createHarreragune, _none);

        Assert.Equal(9, result.GraphVersion);
        Assert.Equal(2, stub.Requests.Count(request => request.Path.EndsWith("/tx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task the_bookmarks_of_a_write_are_sent_with_the_next_read()
    {
        var stub = new QueryApiStub()
            .Reply(Single("version", Integer(8), transactionId: "lyU"))
            .Reply(Single("version", Integer(1), transactionId: "lyU"))
            .Reply(Committed("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"))
            .Reply(Single("version", Integer(8)));
        var store = StubbedNeo4j.Store(stub);

        await store.WriteAsync(_createHarreragune, _none);
        await store.GetGraphVersionAsync(_none);

        var read = stub.Requests[^1].Json;
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], read.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("Read", read.GetProperty("accessMode").GetString());
        Assert.False(stub.Requests[0].Json.TryGetProperty("bookmarks", out _));
    }
}
