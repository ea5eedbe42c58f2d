using System.Globalization;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// The limits a document meets before validation or execution runs: its length, tokens, syntax nesting and
/// aliases when its text is parsed, and the depth and expanded size of the operation a request selects.
/// Every refusal is a <see cref="RequestRefusedException"/> naming the setting.
/// </summary>
public sealed class DocumentLimits(IOptions<LimitsOptions> limits, IOptions<RequestLimitsOptions> request)
{
    private readonly LimitsOptions _limits = limits.Value;
    private readonly GraphQLDocumentBuilder _builder = new() { MaxDepth = request.Value.MaxParserDepth };

    /// <summary>Parses the text within the limits; a syntax error is refused as GraphQL.NET reports it.</summary>
    public GraphQLDocument Parse(string query)
    {
        if (query.Length > _limits.MaxDocumentLength)
        {
            throw Refuse(nameof(LimitsOptions.MaxDocumentLength), _limits.MaxDocumentLength,
                $"The document is {query.Length} characters long; at most {_limits.MaxDocumentLength} are allowed.");
        }
        if (ExceedsTokens(query))
        {
            throw Refuse(nameof(LimitsOptions.MaxTokens), _limits.MaxTokens, $"The document has more than {_limits.MaxTokens} tokens.");
        }
        var document = Build(query);
        var aliases = DocumentShape.CountAliases(document);
        if (aliases > _limits.MaxAliases)
        {
            throw Refuse(nameof(LimitsOptions.MaxAliases), _limits.MaxAliases,
                $"The document uses {aliases} aliases; at most {_limits.MaxAliases} are allowed.");
        }
        return document;
    }

    /// <summary>Refuses an operation nested or expanded beyond the limits (see <see cref="DocumentShape"/>).</summary>
    public void CheckOperation(int depth, long fields)
    {
        if (depth > _limits.MaxDepth)
        {
            throw Refuse(nameof(LimitsOptions.MaxDepth), _limits.MaxDepth,
                $"The operation nests fields {depth} levels deep; at most {_limits.MaxDepth} are allowed.");
        }
        if (fields > _limits.MaxComplexity)
        {
            // Every field costs at least 1, so this bounds the complexity analysis's own work too.
            var count = fields == long.MaxValue ? "too many" : fields.ToString(CultureInfo.InvariantCulture);
            throw Refuse(nameof(LimitsOptions.MaxComplexity), _limits.MaxComplexity,
                $"The operation selects {count} fields once its fragments are expanded; its complexity may be at most {_limits.MaxComplexity}.");
        }
    }

    private GraphQLDocument Build(string query)
    {
        try
        {
            return _builder.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw LimitErrors.Refuse(RequestLimitsOptions.Setting(nameof(RequestLimitsOptions.MaxParserDepth)),
                _builder.MaxDepth ?? 0, $"The document nests more than {_builder.MaxDepth} levels of syntax.");
        }
        catch (SyntaxError error)
        {
            throw new RequestRefusedException(error);
        }
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

    private static RequestRefusedException Refuse(string setting, double limit, string message) =>
        LimitErrors.Refuse($"{LimitsOptions.Section}:{setting}", limit, message);
}
