namespace NetworkGraph.Api.Auth;

/// <summary>The roles a token's <c>role</c> claim may carry (docs/architecture.md §6).</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Ngo = "ngo";
    public const string Coordinator = "coordinator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Reader, Ngo, Coordinator, Admin];
}
