namespace NetworkGraph.Api.Hosting;

/// <summary>
/// The one connection pool to Neo4j, held for the life of the process. Pooled connections are
/// renewed every few minutes so that a DNS change (a cluster member replaced, Aura moving) is seen.
/// No client-wide timeout: the store bounds each call by <c>Neo4j:Timeout</c>.
/// </summary>
public sealed class Neo4jHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}
