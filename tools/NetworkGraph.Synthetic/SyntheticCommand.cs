using System.Diagnostics;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Synthetic;

/// <summary>Generates a synthetic graph and writes it in the seed format. Exit codes: 0 written, 2 bad arguments.</summary>
internal static class SyntheticCommand
{
    public const int BadArguments = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args is ["--help"] or ["-h"])
        {
            output.WriteLine(SyntheticArguments.Usage);
            return 0;
        }
        var (arguments, problem) = SyntheticArguments.Parse(args);
        if (arguments is null)
        {
            return Refuse(error, problem!);
        }
        var path = Path.GetFullPath(arguments.Output);
        if (IsRepositorySeedFolder(Path.GetDirectoryName(path)))
        {
            return Refuse(error, $"'{path}' is in the repository's seed/ folder; synthetic data never goes there");
        }
        var stopwatch = Stopwatch.StartNew();
        FileStream file;
        try
        {
            // Opened before generating so that an unwritable path fails at once, not after a minute.
            file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Refuse(error, $"cannot write '{path}': {e.Message}");
        }
        using (file)
        {
            var graph = SyntheticGraph.Generate(arguments.Institutions, arguments.Seed);
            SeedWriter.Write(graph, file, illustrative: true);
            output.WriteLine(
                $"Wrote {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships "
                + $"({arguments.Institutions} institutions, seed {arguments.Seed}) to {path} in {stopwatch.Elapsed.TotalSeconds:F1} s.");
        }
        return 0;
    }

    private static int Refuse(TextWriter error, string problem)
    {
        error.WriteLine($"error: {problem}");
        error.WriteLine(SyntheticArguments.Usage);
        return BadArguments;
    }

    /// <summary>The seed/ folder beside NetworkGraph.sln, or any folder holding the sourced bilbao.json.</summary>
    private static bool IsRepositorySeedFolder(string? directory) =>
        directory is not null
        && (File.Exists(Path.Combine(directory, "bilbao.json"))
            || (Path.GetFileName(directory) == "seed" && Directory.GetParent(directory) is { } parent
                && File.Exists(Path.Combine(parent.FullName, "NetworkGraph.sln"))));
}
