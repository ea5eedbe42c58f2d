using GraphQL.Types;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// importGraph: a document in the seed format, applied all or nothing. New nodes are created,
/// existing ones (same id and label) replaced at the version just read, relationships put; its
/// relationships may point to nodes already in the store.
/// </summary>
public static class GraphImport
{
    public static void AddImport(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportResultType>>("importGraph")
            .Description("Import a graph in the seed format (see seed/README.md), all or nothing. Admins only.")
            .Argument<NonNullGraphType<ImportGraphInputType>>("input")
            .Requires(Access.Admins)
            .ResolveAsync(async c =>
            {
                var input = MutationInput.From(c);
                var store = c.Store();
                var file = new SeedFile("input.json", input.Text("json", int.MaxValue));
                var referenced = await NodeLookup.LoadAsync(store, SeedReader.ReferencedIds(file), c.CancellationToken);
                SeedGraph graph;
                try
                {
                    graph = SeedReader.Read([file], id => referenced.LabelOf(id));
                }
                catch (SeedFormatException e)
                {
                    throw UserError.BadInput(string.Join(Environment.NewLine, e.Problems));
                }
                var existing = (await store.GetNodesAsync([.. graph.Nodes.Select(n => n.Id)], c.CancellationToken)).ToDictionary(n => n.Id);
                var writes = new List<GraphWrite>();
                foreach (var node in graph.Nodes)
                {
                    if (!existing.TryGetValue(node.Id, out var current))
                    {
                        writes.Add(new CreateNode(node));
                    }
                    else if (current.Label == node.Label)
                    {
                        writes.Add(new UpdateNode(node.Id, current.Version, node.Properties, node.Sources));
                    }
                    else
                    {
                        throw UserError.BadInput($"input.json: node '{node.Id}' is a {node.Label}, but the store holds it as a {current.Label}.");
                    }
                }
                writes.AddRange(graph.Relationships.Select(r => new PutRelationship(r)));
                var result = await c.RequestServices!.GetRequiredService<AuditedWriter>()
                    .WriteAsync("importGraph", writes, existing.Values, c.CancellationToken);
                return new ImportResult(graph.Nodes.Count - existing.Count, existing.Count, graph.Relationships.Count, result.GraphVersion);
            });
}

public sealed record ImportResult(int NodesCreated, int NodesUpdated, int RelationshipsWritten, long GraphVersion);

public sealed class ImportResultType : ObjectGraphType<ImportResult>
{
    public ImportResultType()
    {
        Name = "ImportResult";
        Field<NonNullGraphType<IntGraphType>>("nodesCreated").Resolve(c => c.Source.NodesCreated);
        Field<NonNullGraphType<IntGraphType>>("nodesUpdated").Resolve(c => c.Source.NodesUpdated);
        Field<NonNullGraphType<IntGraphType>>("relationshipsWritten").Resolve(c => c.Source.RelationshipsWritten);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Resolve(c => (int)c.Source.GraphVersion);
    }
}

public sealed class ImportGraphInputType : InputObjectGraphType
{
    public ImportGraphInputType()
    {
        Name = "ImportGraphInput";
        Field<NonNullGraphType<StringGraphType>>("json").Description("The graph document in the seed format.");
    }
}
