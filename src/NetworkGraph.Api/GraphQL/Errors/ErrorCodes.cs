namespace NetworkGraph.Api.GraphQL.Errors;

/// <summary>The stable <c>extensions.code</c> values clients can rely on (docs/architecture.md §4).</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string PersonalDataRejected = "PERSONAL_DATA_REJECTED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    /// <summary>A graph question's <c>minVersion</c> was not analysed within the wait.</summary>
    public const string StaleAnalysis = "STALE_ANALYSIS";
    /// <summary>The HTTP request itself is malformed (not JSON, no query, wrong method or media type).</summary>
    public const string BadRequest = "BAD_REQUEST";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
