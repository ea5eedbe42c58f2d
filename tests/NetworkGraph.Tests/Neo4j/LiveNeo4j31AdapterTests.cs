using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>
/// What the store relies on from the Query API, asked of the live 3.1 engine through the adapter: typed
/// values keep their types, Neo.* errors keep their codes, and a failed statement closes its transaction
/// and undoes its writes. The contract suite then trusts these without re-proving them.
/// </summary>
[LiveNeo4j31Required]
[Collection(LiveNeo4j31Engine.Collection)]
public sealed class LiveNeo4j31AdapterTests : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var store = LiveNeo4j31Engine.Store(TimeProvider.System);
        await store.DeleteEverythingAsync(CancellationToken.None);
        await store.EnsureSchemaAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task typed_values_come_back_from_the_engine_with_their_types()
    {
        const string values = """
            {"largest":{"$type":"Integer","_value":"9223372036854775807"},"whole":{"$type":"Float","_value":"2"},
            "tiny":{"$type":"Float","_value":"1E-07"},"open":{"$type":"Boolean","_value":false},
            "name":{"$type":"String","_value":"Lanbide – Servicio Vasco de Empleo"},"none":{"$type":"Null","_value":null},
            "levels":{"$type":"List","_value":[{"$type":"String","_value":"REGIONAL"}]},
            "map":{"$type":"Map","_value":{"n":{"$type":"Integer","_value":"-3"}}}}
            """;

        using var answer = await PostAsync("", "RETURN $values AS values", """{"values":{"$type":"Map","_value":""" + values + "}}");

        var returned = answer.RootElement.GetProperty("data").GetProperty("values")[0][0];
        Assert.Equal("Map", returned.GetProperty("$type").GetString());
        Assert.Equal(
            JsonSerializer.Serialize(JsonDocument.Parse(values).RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Name, p.Value.GetRawText()))),
            JsonSerializer.Serialize(returned.GetProperty("_value").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Name, p.Value.GetRawText()))));
    }

    [StoreFact]
    public async Task a_second_node_with_a_taken_id_is_refused_by_the_uniqueness_constraint()
    {
        using var first = await PostAsync("", "CREATE (:GraphNode {id: 'lanbide'})", "{}");

        using var second = await PostAsync("", "CREATE (:GraphNode {id: 'lanbide'})", "{}");

        Assert.False(first.RootElement.TryGetProperty("errors", out _));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", second.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [StoreFact]
    public async Task a_failed_statement_closes_its_transaction_and_undoes_its_writes()
    {
        using var begun = await PostAsync("/tx", "CREATE (:GraphNode {id: 'harreragune'})", "{}");
        var id = begun.RootElement.GetProperty("transaction").GetProperty("id").GetString();

        using var failed = await PostAsync($"/tx/{id}", "RETURN 1 / 0 AS never", "{}");
        using var afterwards = await PostAsync("", "MATCH (n:GraphNode {id: 'harreragune'}) RETURN count(n) AS found", "{}");

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", failed.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(failed.RootElement.TryGetProperty("transaction", out _));
        Assert.Equal("""{"$type":"Integer","_value":"0"}""", afterwards.RootElement.GetProperty("data").GetProperty("values")[0][0].GetRawText());
    }

    /// <summary>One statement sent to the adapter as the Query API would get it (also for tests that must reach behind the store).</summary>
    internal static async Task<JsonDocument> PostAsync(string path, string statement, string parameters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(LiveNeo4j31Engine.Url, "/db/neo4j/query/v2" + path));
        request.Content = new StringContent(
            $$"""{"statement":{{JsonSerializer.Serialize(statement)}},"parameters":{{parameters}}}""",
            Encoding.UTF8,
            new MediaTypeHeaderValue("application/vnd.neo4j.query"));
        using var response = await LiveNeo4j31Engine.QueryApi.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
