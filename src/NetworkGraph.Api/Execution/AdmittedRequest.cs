using GraphQL.Transport;

namespace NetworkGraph.Api.Execution;

/// <summary>A request whose document passed the limits: what a transport hands to <see cref="GraphQLExecutor"/>.</summary>
public sealed record AdmittedRequest(GraphQLRequest Request, CachedDocument Document, CachedOperation? Operation);
