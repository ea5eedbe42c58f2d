using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Nothing acknowledged is lost when the process is killed mid-stream.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-kill-").FullName;

    private string DataFile => Path.Combine(_folder, "networkgraph.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task every_acknowledged_submission_survives_a_sigkill_and_the_database_is_intact()
    {
        var acknowledged = new List<string>();
        int Count()
        {
            lock (acknowledged)
            {
                return acknowledged.Count;
            }
        }
        await using (var server = await RealServer.StartAsync(DataFile))
        {
            var token = TestTokens.Signed(role: "ngo", org: "arrupe-etxea");
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = await TrySubmitAsync(server, token, $"Stream {w}-{i}", stop.Token);
                    if (id is not null)
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(id);
                        }
                    }
                }
            })).ToList();
            while (Count() < 40)
            {
                await Task.Delay(50);
            }
            await server.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using (var restarted = await RealServer.StartAsync(DataFile))
        {
            var found = new HashSet<string>();
            foreach (var chunk in acknowledged.Chunk(100))
            {
                var body = await PostAsync(restarted, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = chunk },
                    TestTokens.Signed(role: "reader"));
                found.UnionWith(body["data"]!["nodes"]!.AsArray().OfType<JsonNode>().Select(n => n["id"]!.GetValue<string>()));
            }
            Assert.Empty(acknowledged.Except(found));
        }

        await using var connection = new SqliteConnection($"Data Source={DataFile};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
    }

    private static async Task<string?> TrySubmitAsync(RealServer server, string token, string title, CancellationToken cancellationToken)
    {
        try
        {
            var body = await PostAsync(server, "mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }",
                new { input = new { title, description = "Kept through a crash.", themeId = "reception" } }, token, cancellationToken);
            return body["data"]?["submitFeedback"]?["id"]?.GetValue<string>();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or JsonException)
        {
            // The process died mid-request: this submission was never acknowledged.
            return null;
        }
    }

    private static async Task<JsonNode> PostAsync(RealServer server, string query, object variables, string token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
    }
}
