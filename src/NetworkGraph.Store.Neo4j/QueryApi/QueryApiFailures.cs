using System.Net;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>Turns what a response said into the store's own failures, once for every call.</summary>
internal static class QueryApiFailures
{
    /// <summary>Throws what the response's first error or its status means; <paramref name="what"/> names the step for the message ("statement FindNodes", "commit").</summary>
    public static void ThrowIfFailed(QueryApiResponse response, string what, Neo4jStoreOptions options)
    {
        if (response.Errors.Count > 0)
        {
            throw FromError(response.Errors[0], what, options);
        }
        var status = (int)response.Status;
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw Credentials(options, $"HTTP {status}");
        }
        if (response.Status == HttpStatusCode.NotFound)
        {
            throw new GraphUnavailableException(
                $"Neo4j at {options.Uri} has no Query API for the database '{options.Database}' (HTTP 404): check Neo4j:Uri and Neo4j:Database.");
        }
        if (status >= 500)
        {
            throw new GraphUnavailableException($"Neo4j at {options.Uri} failed with HTTP {status} on {what}; the store is unavailable until it recovers.");
        }
        if (status >= 300)
        {
            throw new InvalidOperationException($"Neo4j at {options.Uri} answered {what} with HTTP {status} and no error; the request was not understood.");
        }
    }

    public static Exception FromError(QueryApiError error, string what, Neo4jStoreOptions options)
    {
        var code = error.Code;
        if (error.IsTransient)
        {
            return new TransientNeo4jException(error);
        }
        if (code == "Neo.ClientError.Schema.ConstraintValidationFailed")
        {
            // The ids are checked before every create; this is the uniqueness constraint catching a race.
            return new GraphConflictException($"Neo4j refused {what}: {error.Message}");
        }
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            return Credentials(options, $"{code}: {error.Message}");
        }
        if (code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            return new GraphUnavailableException($"Neo4j at {options.Uri} has no database '{options.Database}' (Neo4j:Database): {error.Message}");
        }
        if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal)
            || code.StartsWith("Neo.ClientError.Cluster.", StringComparison.Ordinal)
            || code.StartsWith("Neo.ClientError.Transaction.", StringComparison.Ordinal))
        {
            return new GraphUnavailableException($"Neo4j at {options.Uri} could not run {what}: {code}: {error.Message}");
        }
        // Syntax, type and request errors are mistakes in the store's own statements, not the caller's.
        return new InvalidOperationException($"Neo4j rejected {what}: {code}: {error.Message}");
    }

    private static GraphUnavailableException Credentials(Neo4jStoreOptions options, string detail) =>
        new($"Neo4j at {options.Uri} refused the store's credentials ({detail}): check Neo4j:User and Neo4j:Password, or Neo4j:BearerToken.");
}
