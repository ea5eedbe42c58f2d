using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.GraphQL.Http;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// Turns query text into a document no larger than the limits allow, before validation or execution runs:
/// length, tokens, parser nesting and aliases per document (cached with the parsed document, keyed by the
/// text), then depth and expanded size of the selected operation. Validation runs later, remembered per
/// caller's access profile by <see cref="ValidationCache"/>.
/// </summary>
public sealed class DocumentGate
{
    private readonly LimitsOptions _limits;
    private readonly GraphQLDocumentBuilder _builder;
    private readonly BoundedCache<CachedDocument> _cache;

    public DocumentGate(IOptions<LimitsOptions> limits, IOptions<GraphQLHttpOptions> http)
    {
        _limits = limits.Value;
        _builder = new GraphQLDocumentBuilder { MaxDepth = http.Value.MaxParserDepth };
        _cache = new BoundedCache<CachedDocument>(_limits.DocumentCacheSize);
    }

    public int CachedDocuments => _cache.Count;

    /// <summary>
    /// The parsed, size-checked document and the operation the request selects (null when it selects none: the
    /// executer reports that); throws <see cref="LimitExceededException"/> or a syntax error.
    /// </summary>
    public AdmittedDocument Admit(string query, string? operationName)
    {
        var cached = _cache.TryGet(query, out var known) ? known : Parse(query);
        var selected = cached.Select(operationName);
        if (selected is not { } operation)
        {
            return new AdmittedDocument(cached.Document, null);
        }
        var (depth, fields) = (operation.Depth, operation.Fields);
        if (depth > _limits.MaxDepth)
        {
            throw Refuse(nameof(LimitsOptions.MaxDepth), _limits.MaxDepth,
                $"The operation nests fields {depth} levels deep; at most {_limits.MaxDepth} are allowed.");
        }
        if (fields > _limits.MaxComplexity)
        {
            // Every field costs at least 1, so this bounds the complexity analysis's own work too.
            throw Refuse(nameof(LimitsOptions.MaxComplexity), _limits.MaxComplexity,
                $"The operation selects {(fields == long.MaxValue ? "too many" : fields.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields once its fragments are expanded; its complexity may be at most {_limits.MaxComplexity}.");
        }
        return new AdmittedDocument(cached.Document, operation.Definition);
    }

    private CachedDocument Parse(string query)
    {
        if (query.Length > _limits.MaxDocumentLength)
        {
            throw Refuse(nameof(LimitsOptions.MaxDocumentLength), _limits.MaxDocumentLength,
                $"The document is {query.Length} characters long; at most {_limits.MaxDocumentLength} are allowed.");
        }
        if (ExceedsTokens(query))
        {
            throw Refuse(nameof(LimitsOptions.MaxTokens), _limits.MaxTokens,
                $"The document has more than {_limits.MaxTokens} tokens.");
        }
        GraphQLDocument document;
        try
        {
            document = _builder.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new LimitExceededException(LimitErrors.Exceeded($"{GraphQLHttpOptions.Section}:{nameof(GraphQLHttpOptions.MaxParserDepth)}",
                _builder.MaxDepth ?? 0, $"The document nests more than {_builder.MaxDepth} levels of syntax."));
        }
        var aliases = DocumentShape.CountAliases(document);
        if (aliases > _limits.MaxAliases)
        {
            throw Refuse(nameof(LimitsOptions.MaxAliases), _limits.MaxAliases,
                $"The document uses {aliases} aliases; at most {_limits.MaxAliases} are allowed.");
        }
        var parsed = new CachedDocument(document);
        _cache.Set(query, parsed);
        return parsed;
    }

    /// <summary>Counts tokens with the parser's own lexer, stopping at the limit; a lexing error is left for the parser to report.</summary>
    private bool ExceedsTokens(string query)
    {
        ROM source = query;
        var position = 0;
        try
        {
            for (var count = 0; count <= _limits.MaxTokens; count++)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return false;
                }
                position = token.End;
            }
            return true;
        }
        catch (GraphQLParserException)
        {
            return false;
        }
    }

    private static LimitExceededException Refuse(string setting, double limit, string message) =>
        new(LimitErrors.Exceeded($"{LimitsOptions.Section}:{setting}", limit, message));

    /// <summary>A parsed document, with each of its operations measured once (by the name a request selects it with).</summary>
    private sealed class CachedDocument(GraphQLDocument document)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MeasuredOperation?> _selected = new(StringComparer.Ordinal);

        public GraphQLDocument Document => document;

        /// <summary>The operation a request selects, with its size; null when it selects none. Names the document does not define are not kept.</summary>
        public MeasuredOperation? Select(string? operationName)
        {
            if (_selected.TryGetValue(operationName ?? "", out var selected))
            {
                return selected;
            }
            var operation = DocumentShape.SelectOperation(document, operationName);
            if (operation is null && !string.IsNullOrEmpty(operationName))
            {
                return null;
            }
            selected = operation is null ? null : MeasuredOperation.Of(document, operation);
            _selected.TryAdd(operationName ?? "", selected);
            return selected;
        }
    }

    private sealed record MeasuredOperation(GraphQLOperationDefinition Definition, int Depth, long Fields)
    {
        public static MeasuredOperation Of(GraphQLDocument document, GraphQLOperationDefinition operation)
        {
            var (depth, fields) = DocumentShape.Measure(document, operation);
            return new MeasuredOperation(operation, depth, fields);
        }
    }
}

/// <summary>A document that passed the size limits, and the operation a request selects from it.</summary>
public sealed record AdmittedDocument(GraphQLDocument Document, GraphQLOperationDefinition? Operation);
