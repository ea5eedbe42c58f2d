namespace NetworkGraph.Api.Limits;

/// <summary>
/// A document <see cref="ValidationCache"/> remembers as valid for one access profile: whether its cost can change
/// with the variables, and the <see cref="ArgumentPlan"/> the validator reads its arguments by (built on the first
/// repeat, and again if the document is parsed anew).
/// </summary>
public sealed class RememberedDocument(string query, bool costDependsOnVariables)
{
    /// <summary>Where <see cref="ValidationCache"/> leaves it for <see cref="RememberingDocumentValidator"/> in a request's user context.</summary>
    public const string UserContextKey = "NetworkGraph.RememberedDocument";

    private volatile ArgumentPlan? _plan;

    /// <summary>The text that validated: a document parsed from any other text is validated in full.</summary>
    public string Query { get; } = query;

    public bool CostDependsOnVariables { get; } = costDependsOnVariables;

    public ArgumentPlan? Plan
    {
        get => _plan;
        set => _plan = value;
    }
}
