using System.Globalization;
using GraphQLParser.AST;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>A calendar date without time or zone, written yyyy-MM-dd.</summary>
public sealed class IsoDateGraphType : ScalarGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, yyyy-MM-dd.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => ParseValue((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when IsDate(text) => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => ParseValue(value);

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
