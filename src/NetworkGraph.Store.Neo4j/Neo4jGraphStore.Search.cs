using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Store.Neo4j.Mapping;

namespace NetworkGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>How many nodes written before search terms existed are given them per round trip on start.</summary>
    internal const int SearchFillPage = 500;

    public Task<NodeSearchPage> SearchNodesAsync(NodeSearch search, CancellationToken cancellationToken)
    {
        NodeSearch.ThrowIfInvalid(search);
        var parameters = CypherParameters.Of(
            ("needle", SearchText.Fold(search.Text)),
            ("skip", (long)search.Skip),
            // One node beyond the slice tells whether more follow.
            ("limit", search.First + 1L));
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.SearchNodes, parameters, token);
                var nodes = ((List<object?>)result.SingleOrNone("nodes")!).Select(NodeMapping.ToRecord).ToList();
                return NodeSearchPage.FromOneBeyond(nodes, search.First);
            },
            cancellationToken);
    }

    /// <summary>
    /// Gives the nodes written before nodes carried their search terms (only <c>searchText</c>) the search properties,
    /// a page per round trip, so that they are found again; a database written by this version has none to fill.
    /// The graph is not changed, so its version is not bumped.
    /// </summary>
    private async Task FillSearchPropertiesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var filled = await RunAsync(
                async token =>
                {
                    var result = await ReadAsync(
                        Statements.NodesWithoutSearchTerms, CypherParameters.Of(("limit", (long)SearchFillPage)), token);
                    var rows = result.Rows
                        .Select(row => NodeMapping.ToRecord(result.Value(row, "n")))
                        .Select(node => (IReadOnlyDictionary<string, object?>)CypherParameters.Of(
                            ("id", node.Id),
                            ("search", new Dictionary<string, object?>(SearchProperties.Of(node.Id, node.Properties), StringComparer.Ordinal))))
                        .ToList();
                    if (rows.Count > 0)
                    {
                        await WriteOneAsync(Statements.SetSearchProperties, CypherParameters.Of(("rows", rows)), token);
                    }
                    return rows.Count;
                },
                cancellationToken);
            if (filled < SearchFillPage)
            {
                return;
            }
        }
    }
}
