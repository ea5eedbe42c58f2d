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
            .Resolve()
            .WithServices<IGraphStore, AuditedWriter>()
            .ResolveAsync(async (c, store, writer) =>
            {
                var file = new SeedFile("input.json", c.Input<ImportGraphInput>().Json);
                var referenced = await NodeLookup.LoadAsync(store, SeedReader.ReferencedIds(file), c.CancellationToken);
                var graph = SeedReader.Read([file], id => referenced.LabelOf(id));
                var stored = (await store.GetNodesAsync([.. graph.Nodes.Select(n => n.Id)], c.CancellationToken)).ToDictionary(n => n.Id);
                var result = await writer.WriteAsync("importGraph", SeedImport.Plan(file, graph, stored), stored.Values, c.CancellationToken);
                return new ImportResult(graph.Nodes.Count - stored.Count, stored.Count, graph.Relationships.Count, result.GraphVersion);
            });
}

public sealed record ImportGraphInput(string Json) : IMutationInput<ImportGraphInput>
{
    public static ImportGraphInput Read(InputReader input) => new(input.Text("json", int.MaxValue));
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
