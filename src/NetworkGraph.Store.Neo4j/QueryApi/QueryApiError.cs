namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>One entry of a response's <c>errors</c> array, e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>.</summary>
internal sealed record QueryApiError(string Code, string Message)
{
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

/// <summary>A <c>Neo.TransientError.*</c>: the server says the same request may succeed if sent again.</summary>
internal sealed class TransientNeo4jException(QueryApiError error) : Exception($"{error.Code}: {error.Message}")
{
    public QueryApiError Error { get; } = error;
}
