using System.Collections.Concurrent;
using GraphQLParser.AST;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// A query text parsed within the limits, with what the document alone decides: whether its cost can change with
/// the variables, and each operation a request selects from it (measured once, by the name it is selected with).
/// </summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    private static long _serials;

    private readonly ConcurrentDictionary<string, CachedOperation?> _operations = new(StringComparer.Ordinal);

    public GraphQLDocument Document { get; } = document;

    /// <summary>A number no other document of this process has: it stands for the text in keys of cached answers.</summary>
    public long Serial { get; } = Interlocked.Increment(ref _serials);

    private readonly Lazy<bool> _selectsAnalysisStatus = new(() => DocumentShape.SelectsField(document, "analysis"));

    /// <summary>
    /// Whether it asks how far the analysis has got (<c>analysis</c>: building, built at): an answer that changes with
    /// no change of the graph, so never taken from the result cache.
    /// </summary>
    public bool SelectsAnalysisStatus => _selectsAnalysisStatus.Value;

    private readonly Lazy<bool> _costDependsOnVariables = new(() => DocumentShape.CostDependsOnVariables(document));

    /// <summary>
    /// Whether a page size or an @include/@skip condition comes from a variable: then the complexity rule runs on
    /// every request. Asked only once the document has validated, so a text seen once is never walked for it.
    /// </summary>
    public bool CostDependsOnVariables => _costDependsOnVariables.Value;

    /// <summary>The operation a request selects, measured; null when it selects none (the executer reports that).</summary>
    public CachedOperation? Select(string? operationName)
    {
        var key = operationName ?? "";
        if (_operations.TryGetValue(key, out var selected))
        {
            return selected;
        }
        var definition = DocumentShape.SelectOperation(Document, operationName);
        if (definition is null && !string.IsNullOrEmpty(operationName))
        {
            // Names the document does not define are not kept: a caller could fill the map with them.
            return null;
        }
        if (definition is not null)
        {
            var (depth, fields) = DocumentShape.Measure(Document, definition);
            selected = new CachedOperation(definition, depth, fields);
        }
        return _operations.GetOrAdd(key, selected);
    }
}
