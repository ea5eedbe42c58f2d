namespace NetworkGraph.Synthetic;

/// <summary>
/// The command's entry point. Named and namespaced (not top-level statements) so its generated
/// Program class cannot clash with the service's Program in assemblies that reference both.
/// </summary>
public static class SyntheticProgram
{
    public static int Main(string[] args) => SyntheticCommand.Run(args, Console.Out, Console.Error);
}
