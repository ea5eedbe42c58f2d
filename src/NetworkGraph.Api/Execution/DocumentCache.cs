using Microsoft.Extensions.Options;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// The one cache of documents, one entry per query text: the parsed document, its measured operations and the
/// access profiles each validated for. A text is parsed and checked against the document limits once; the
/// selected operation's depth and size are checked on every request, from the measures kept with it.
/// </summary>
public sealed class DocumentCache(IOptions<LimitsOptions> options, DocumentLimits limits)
{
    private readonly BoundedCache<CachedDocument> _documents = new(options.Value.DocumentCacheSize);

    public int Count => _documents.Count;

    /// <summary>
    /// The document of this text and the operation the request selects (null when it selects none); throws
    /// <see cref="GraphQL.Errors.RequestRefusedException"/> for a syntax error or an exceeded limit.
    /// </summary>
    public (CachedDocument Document, CachedOperation? Operation) Admit(string query, string? operationName)
    {
        if (!_documents.TryGet(query, out var document))
        {
            document = new CachedDocument(limits.Parse(query));
            _documents.Set(query, document);
        }
        var operation = document.Select(operationName);
        if (operation is not null)
        {
            limits.CheckOperation(operation.Depth, operation.Fields);
        }
        return (document, operation);
    }
}
