namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// Why a request is answered without executing: the one error, the HTTP status when the refusal decides it (null:
/// the status of any request that did not execute), and a header the status calls for (Allow, WWW-Authenticate).
/// </summary>
public sealed record Rejection(ExecutionError Error, int? Status = null, KeyValuePair<string, string>? Header = null);

/// <summary>What the request reader makes of a request: one admitted request, or one rejection, with the media type to answer in.</summary>
public sealed record ReadRequest(string MediaType, Execution.AdmittedRequest? Admitted, Rejection? Rejection);
