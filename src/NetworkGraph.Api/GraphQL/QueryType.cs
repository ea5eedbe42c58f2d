using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Audit;
using NetworkGraph.Api.Search;

namespace NetworkGraph.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeLookups();
        this.AddNodeRootFields();
        this.AddSearch();
        this.AddAuditQueries();
        this.AddAnalysisQueries();
        this.AddAnalysisStatus();
    }
}
