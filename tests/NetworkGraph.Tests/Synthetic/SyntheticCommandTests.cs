using NetworkGraph.Core.Seed;
using NetworkGraph.Synthetic;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Synthetic;

public sealed class SyntheticCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("synthetic-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void the_command_writes_a_seed_file_that_reads_back()
    {
        var path = Path.Combine(_folder, "graph.json");

        var (code, output, _) = Run("--institutions", "100", "--seed", "5", "--out", path);

        Assert.Equal(0, code);
        Assert.Contains("Wrote ", output, StringComparison.Ordinal);
        var read = SeedReader.Read([new SeedFile("graph.json", File.ReadAllText(path))]);
        SeedGraphAssert.Equal(SyntheticGraph.Generate(100, seed: 5), read);
    }

    [Theory]
    [InlineData("--institutions is required", "--out", "x.json")]
    [InlineData("--institutions must be a whole number", "--institutions", "-5", "--out", "x.json")]
    [InlineData("--institutions must be a whole number", "--institutions", "many", "--out", "x.json")]
    [InlineData("--institutions must be a whole number", "--institutions", "99", "--out", "x.json")]
    [InlineData("--institutions needs a value", "--out", "x.json", "--institutions")]
    [InlineData("--seed must be a whole number", "--institutions", "100", "--seed", "1.5", "--out", "x.json")]
    [InlineData("unknown argument '--size'", "--size", "100", "--out", "x.json")]
    [InlineData("--out is required", "--institutions", "100")]
    public void bad_arguments_exit_with_2_naming_the_problem_and_the_usage(string problem, params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void an_unwritable_path_exits_with_2()
    {
        var (code, _, error) = Run("--institutions", "100", "--out", Path.Combine(_folder, "missing", "graph.json"));

        Assert.Equal(2, code);
        Assert.Contains("cannot write", error, StringComparison.Ordinal);
    }

    [Fact]
    public void the_repository_seed_folder_is_refused_and_left_untouched()
    {
        var path = Path.Combine(RepositoryPaths.Seed, "synthetic.json");

        var (code, _, error) = Run("--institutions", "100", "--out", path);

        Assert.Equal(2, code);
        Assert.Contains("synthetic data never goes there", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SyntheticCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
