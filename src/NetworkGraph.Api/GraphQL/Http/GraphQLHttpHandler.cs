using NetworkGraph.Api.Execution;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): the request reader admits the request or rejects it,
/// the executor runs it, and the response writer answers in the negotiated media type.
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLRequestReader reader, GraphQLExecutor executor, GraphQLResponseWriter writer)
{
    public async Task HandleAsync(HttpContext http)
    {
        var read = await reader.ReadAsync(http);
        if (read.Admitted is not { } admitted)
        {
            await writer.WriteAsync(http, read.MediaType, read.Rejection!);
            return;
        }
        var result = await executor.ExecuteAsync(admitted, http.User, http.RequestServices, http.RequestAborted);
        await writer.WriteAsync(http, read.MediaType, result);
    }
}
