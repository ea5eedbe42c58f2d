namespace NetworkGraph.Api.GraphQL.Http;

public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post],
                (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http))
            .WithName("GraphQL")
            .DisableAntiforgery();
        return endpoints;
    }
}
