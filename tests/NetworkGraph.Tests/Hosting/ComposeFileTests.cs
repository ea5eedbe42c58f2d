using System.Text.RegularExpressions;
using NetworkGraph.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace NetworkGraph.Tests.Hosting;

/// <summary>
/// docker-compose.yml and what it needs, read as YAML: no container engine runs in the tests, so this
/// checks what `docker compose up` relies on, not that the containers start.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly YamlMappingNode _compose = Load();

    private static YamlMappingNode Services => Map(_compose, "services");

    private static YamlMappingNode Neo4j => Map(Services, "neo4j");

    private static YamlMappingNode Api => Map(Services, "api");

    [Fact]
    public void neo4j_runs_5_26_with_its_data_on_a_named_volume()
    {
        Assert.Equal("neo4j:5.26", Text(Neo4j, "image"));
        var volume = Assert.Single(List(Neo4j, "volumes"));
        Assert.Equal("neo4j-data:/data", volume);
        Assert.True(Map(_compose, "volumes").Children.ContainsKey(new YamlScalarNode("neo4j-data")));
    }

    [Fact]
    public void neo4j_is_healthy_only_once_wget_reaches_its_http_port()
    {
        var test = List(Map(Neo4j, "healthcheck"), "test");

        Assert.Equal("CMD-SHELL", test[0]);
        Assert.Matches(@"^wget .*http://localhost:7474\b", test[1]);
    }

    [Fact]
    public void the_api_is_built_from_the_dockerfile_and_starts_on_neo4j_once_it_is_healthy()
    {
        Assert.Equal("Dockerfile", Text(Map(Api, "build"), "dockerfile"));
        Assert.Equal("service_healthy", Text(Map(Map(Api, "depends_on"), "neo4j"), "condition"));
        var environment = Map(Api, "environment");
        Assert.Equal("Neo4j", Text(environment, "Store__Provider"));
        Assert.Equal("http://neo4j:7474", Text(environment, "Neo4j__Uri"));
    }

    [Fact]
    public void every_secret_comes_from_the_env_file_which_git_ignores_and_whose_example_defines_it()
    {
        var required = RequiredVariable().Matches(File.ReadAllText(PathOf("docker-compose.yml"))).Select(m => m.Groups[1].Value).ToHashSet();
        var example = File.ReadAllLines(PathOf(".env.example"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet();

        Assert.Equal(["NEO4J_PASSWORD", "NETWORKGRAPH_SIGNING_KEY"], required.Order());
        Assert.Subset(example, required);
        Assert.Equal("neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD in .env (see .env.example)}", Text(Map(Neo4j, "environment"), "NEO4J_AUTH"));
        Assert.StartsWith("${NEO4J_PASSWORD:?", Text(Map(Api, "environment"), "Neo4j__Password"), StringComparison.Ordinal);
        Assert.Contains(".env", File.ReadAllLines(PathOf(".gitignore")));
        Assert.Contains(".env", File.ReadAllLines(PathOf(".dockerignore")));
    }

    [Fact]
    public void the_dockerfile_builds_with_node_on_the_sdk_and_runs_on_the_aspnet_runtime_with_icu()
    {
        var dockerfile = File.ReadAllText(PathOf("Dockerfile"));

        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0\S* AS build$", dockerfile);
        Assert.Matches(@"(?m)^COPY --from=node /usr/local/bin/node ", dockerfile);
        Assert.Matches(@"(?m)^RUN dotnet publish src/NetworkGraph\.Api/NetworkGraph\.Api\.csproj ", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\S* AS runtime$", dockerfile);
        Assert.Matches(@"install -y --no-install-recommends libicu", dockerfile);
        Assert.Matches(@"(?m)^ENTRYPOINT \[""dotnet"", ""NetworkGraph\.Api\.dll""\]$", dockerfile);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(PathOf("docker-compose.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string PathOf(string file) => Path.Combine(RepositoryPaths.Root, file);

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> List(YamlMappingNode node, string key) =>
        [.. ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Cast<YamlScalarNode>().Select(item => item.Value!)];

    // ${NAME:?message}: compose refuses to start without it.
    [GeneratedRegex(@"\$\{([A-Z0-9_]+):\?")]
    private static partial Regex RequiredVariable();
}
