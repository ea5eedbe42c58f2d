namespace NetworkGraph.Core.Schema;

/// <summary>
/// A node a mutation would write breaks the model. The message names the part of the request
/// the node came from (<c>input</c>, <c>input.policyChange</c>) and every problem, so the caller can fix them at once.
/// </summary>
public sealed class ModelViolationException(string field, IReadOnlyList<string> problems)
    : Exception($"'{field}': {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <exception cref="ModelViolationException">The node breaks the model.</exception>
    public static void ThrowIfInvalid(NodeRecord node, string field = "input")
    {
        if (GraphValidator.ValidateNode(node) is { Count: > 0 } problems)
        {
            throw new ModelViolationException(field, problems);
        }
    }
}
