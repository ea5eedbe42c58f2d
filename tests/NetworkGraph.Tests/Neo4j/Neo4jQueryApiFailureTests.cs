using System.Net;
using System.Net.Sockets;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Tests.Neo4j.QueryApiReplies;

namespace NetworkGraph.Tests.Neo4j;

public sealed class Neo4jQueryApiFailureTests
{
    private static readonly CancellationToken _none = CancellationToken.None;

    [Fact]
    public async Task errors_in_a_202_answer_fail_the_call()
    {
        var stub = new QueryApiStub().Reply(Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => StubbedNeo4j.Store(stub).GetGraphVersionAsync(_none));

        Assert.Contains("Neo.ClientError.Statement.SyntaxError", failure.Message, StringComparison.Ordinal);
        Assert.Contains("GraphVersion", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_transient_error_is_retried_until_the_server_answers()
    {
        var stub = new QueryApiStub()
            .Reply(Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))
            .Reply(Error("Neo.TransientError.General.DatabaseUnavailable", "leader switch"))
            .Reply(Single("version", Integer(42)));

        Assert.Equal(42, await StubbedNeo4j.Store(stub).GetGraphVersionAsync(_none));

        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task transient_errors_beyond_the_attempt_limit_make_the_store_unavailable()
    {
        var stub = new QueryApiStub();
        for (var i = 0; i < 3; i++)
        {
            stub.Reply(Error("Neo.TransientError.Transaction.LockClientStopped", "lock client stopped"));
        }

        var failure = await Assert.ThrowsAsync<GraphUnavailableException>(
            () => StubbedNeo4j.Store(stub, StubbedNeo4j.Options with { MaxAttempts = 3 }).GetGraphVersionAsync(_none));

        Assert.Equal(3, stub.Requests.Count);
        Assert.Contains("after 3 attempts", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_non_transient_error_is_not_retried()
    {
        var stub = new QueryApiStub().Reply(Error("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): ids"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => StubbedNeo4j.Store(stub).GetGraphVersionAsync(_none));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task refused_credentials_make_the_store_unavailable_naming_the_settings()
    {
        var stub = new QueryApiStub().Reply(
            Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), HttpStatusCode.Unauthorized);

        var failure = await Assert.ThrowsAsync<GraphUnavailableException>(() => StubbedNeo4j.Store(stub).GetGraphVersionAsync(_none));

        Assert.Contains("Neo4j:User", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Password", failure.Message, StringComparison.Ordinal);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task an_unknown_database_makes_the_store_unavailable_naming_the_setting()
    {
        var stub = new QueryApiStub().Reply(
            Error("Neo.ClientError.Database.DatabaseNotFound", "Graph not found: bilbao"), HttpStatusCode.NotFound);

        var failure = await Assert.ThrowsAsync<GraphUnavailableException>(
            () => StubbedNeo4j.Store(stub, StubbedNeo4j.Options with { Database = "bilbao" }).GetGraphVersionAsync(_none));

        Assert.Contains("Neo4j:Database", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'bilbao'", failure.Message, StringComparison.Ordinal);
        Assert.Equal("/db/bilbao/query/v2", Assert.Single(stub.Requests).Path);
    }

    [Fact]
    public async Task a_server_error_makes_the_store_unavailable_without_a_retry()
    {
        var stub = new QueryApiStub().ReplyText(HttpStatusCode.InternalServerError, "<html><body>Internal Server Error</body></html>");

        var failure = await Assert.ThrowsAsync<GraphUnavailableException>(() => StubbedNeo4j.Store(stub).GetGraphVersionAsync(_none));

        Assert.Contains("HTTP 500", failure.Message, StringComparison.Ordinal);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task a_refused_connection_makes_the_store_unavailable_naming_the_uri()
    {
        var stub = new QueryApiStub().Fail(new HttpRequestException("Connection refused (neo4j.test:7474)", new SocketException((int)SocketError.ConnectionRefused)));

        var failure = await Assert.ThrowsAsync<GraphUnavailableException>(() => StubbedNeo4j.Store(stub).GetGraphVersionAsync(_none));

        Assert.Contains("http://neo4j.test:7474", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Uri", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_call_that_outlasts_the_timeout_makes_the_store_unavailable()
    {
        var stub = new QueryApiStub().Hang();
        var store = StubbedNeo4j.Store(stub, StubbedNeo4j.Options with { Timeout = TimeSpan.FromMilliseconds(200) });

        var failure = await Assert.ThrowsAsync<GraphUnavailableException>(() => store.GetGraphVersionAsync(_none));

        Assert.Contains("Neo4j:Timeout", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_call_the_caller_cancels_is_cancelled_not_unavailable()
    {
        var stub = new QueryApiStub().Hang();
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StubbedNeo4j.Store(stub).GetGraphVersionAsync(caller.Token));
    }

    [Fact]
    public async Task after_an_outage_the_next_call_succeeds_once_the_server_is_back()
    {
        var stub = new QueryApiStub()
            .Fail(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
            .ReplyText(HttpStatusCode.ServiceUnavailable, "starting")
            .Reply(Single("version", Integer(12)));
        var store = StubbedNeo4j.Store(stub);

        await Assert.ThrowsAsync<GraphUnavailableException>(() => store.GetGraphVersionAsync(_none));
        await Assert.ThrowsAsync<GraphUnavailableException>(() => store.GetGraphVersionAsync(_none));

        Assert.Equal(12, await store.GetGraphVersionAsync(_none));
    }
}
