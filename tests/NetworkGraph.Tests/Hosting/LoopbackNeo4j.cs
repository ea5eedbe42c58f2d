using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NetworkGraph.Store.Neo4j.Cypher;
using static NetworkGraph.Tests.Neo4j.QueryApiReplies;
using static NetworkGraph.Tests.Support.SeedFacts;
using Cypher = NetworkGraph.Store.Neo4j.Cypher.Statements;

namespace NetworkGraph.Tests.Hosting;

/// <summary>
/// A Neo4j Query API on a loopback port, for tests of the built service as its own process: it answers
/// the start-up statements (server version, constraints and indexes, the graph version node), a graph
/// holding Harreragune, and the version read of the readiness check. While <see cref="Down"/> it drops
/// every connection without a word, as a server that went away does.
/// </summary>
public sealed class LoopbackNeo4j : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _statements = [];
    private volatile bool _down;

    private LoopbackNeo4j(WebApplication app) => _app = app;

    public Uri Uri => new(_app.Urls.Single());

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    /// <summary>Every statement received, in order.</summary>
    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public static async Task<LoopbackNeo4j> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new LoopbackNeo4j(app);
        app.MapPost("/db/neo4j/query/v2", stub.AnswerAsync);
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (_down)
        {
            context.Abort();
            return;
        }
        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var statement = request.RootElement.GetProperty("statement").GetString()!;
        lock (_statements)
        {
            _statements.Add(statement);
        }
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.ContentType = "application/vnd.neo4j.query";
        await context.Response.WriteAsync(Answer(statement), context.RequestAborted);
    }

    private static string Answer(string statement)
    {
        var harreragune = GraphNode(Harreragune, "Institution", 1, ("name", Text(HarreraguneName)));
        if (statement == Cypher.ServerVersion.Text)
        {
            return Single("version", Text("5.26.0"));
        }
        if (SchemaStatements.Neo4j5.Any(schema => schema.Text == statement))
        {
            return Rows([], []);
        }
        if (statement == Cypher.EnsureGraphMeta.Text || statement == Cypher.GraphVersion.Text)
        {
            return Single("version", Integer(1));
        }
        if (statement == Cypher.NodesWithoutSearchTerms.Text)
        {
            return Rows(["n"], []);
        }
        if (statement == Cypher.FindNodes.Text)
        {
            return Rows(["total", "nodes"], [[Integer(1), List(harreragune)]]);
        }
        if (statement == Cypher.GetNodes.Text)
        {
            return Single("n", harreragune);
        }
        return Error("Neo.ClientError.Statement.SyntaxError", "the loopback stub has no answer for this statement");
    }
}
