namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>The DateTime scalar's parsed input as an instant; a value without a zone is read as UTC.</summary>
public static class InputInstants
{
    public static DateTimeOffset? From(object? value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, dateTime.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dateTime.Kind)),
        DateTimeOffset offset => offset,
        _ => null,
    };
}
