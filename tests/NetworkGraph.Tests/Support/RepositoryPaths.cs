namespace NetworkGraph.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The repository's root: the folder holding NetworkGraph.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Schema => Path.Combine(Root, "schema", "schema.graphql");

    public static string Operations => Path.Combine(Root, "schema", "operations");

    public static string Seed => Path.Combine(Root, "seed");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NetworkGraph.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("NetworkGraph.sln was not found above " + AppContext.BaseDirectory);
    }
}
