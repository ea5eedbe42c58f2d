using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

/// <summary>Every node a mutation builds is checked against the model before it is written.</summary>
public static class ModelCheck
{
    /// <summary>Refuses the node with BAD_USER_INPUT listing every problem, prefixed by the input field it came from.</summary>
    public static void EnsureValid(NodeRecord node, string field = "input")
    {
        if (GraphValidator.ValidateNode(node) is { Count: > 0 } problems)
        {
            throw UserError.BadInput($"'{field}': {string.Join("; ", problems)}");
        }
    }

    /// <summary>Properties as stored: an absent value and a null one are the same (a cleared optional property).</summary>
    public static Dictionary<string, object?> WithoutNulls(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary(StringComparer.Ordinal);
}
