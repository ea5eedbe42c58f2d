namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary>A node type the query root lists: its filter says which label it shows and what its <c>where</c> offers.</summary>
public interface IListedNodeType
{
    static abstract NodeFilter Filter { get; }
}
