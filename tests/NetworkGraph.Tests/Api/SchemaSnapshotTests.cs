using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

public sealed class SchemaSnapshotTests
{
    /// <summary>Set to 1 to rewrite schema/schema.graphql from the served schema after an intended change.</summary>
    private const string UpdateVariable = "NETWORKGRAPH_UPDATE_SCHEMA";

    [Fact]
    public async Task the_printed_schema_file_equals_the_served_schema()
    {
        await using var app = new NetworkGraphApp(seeded: false);
        using var client = app.CreateClient();

        var served = (await client.GetStringAsync("/schema.graphql")).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(RepositoryPaths.Schema, served);
        }
        var printed = File.Exists(RepositoryPaths.Schema) ? (await File.ReadAllTextAsync(RepositoryPaths.Schema)).ReplaceLineEndings("\n") : "";
        Assert.True(printed == served,
            $"schema/schema.graphql differs from the served schema. If the change is intended, run the tests once with {UpdateVariable}=1 and commit the file.");
    }
}
