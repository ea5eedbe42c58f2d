namespace NetworkGraph.Api.GraphQL.Errors;

/// <summary>
/// A request refused before it reaches the executer, thrown by whatever reads or checks it and caught once by the
/// request reader. <see cref="Status"/> is set when the refusal decides the HTTP status; otherwise the status is that
/// of any request that did not execute (400 under application/graphql-response+json, 200 under application/json).
/// </summary>
public sealed class RequestRefusedException(ExecutionError error, int? status = null) : Exception(error.Message)
{
    public ExecutionError Error { get; } = error;

    public int? Status { get; } = status;

    /// <summary>A malformed HTTP request (not JSON, no query, wrong media type): always a client error.</summary>
    public static RequestRefusedException BadRequest(string message, int status = StatusCodes.Status400BadRequest) =>
        new(new UserError(ErrorCodes.BadRequest, message), status);
}
