namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>
/// The bookmarks of this store's last committed write, sent with every later read and transaction so
/// that a follower answers only once it has that write (causal consistency: read your own writes).
/// </summary>
internal sealed class Bookmarks
{
    private IReadOnlyList<string> _current = [];

    public IReadOnlyList<string> Current => Volatile.Read(ref _current);

    public void Replace(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            Volatile.Write(ref _current, bookmarks);
        }
    }
}
