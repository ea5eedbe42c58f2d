using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Writes;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

public sealed class WriteRunsTests
{
    private static CreateNode Create(string id, NodeLabel label = NodeLabel.Institution) => new(label == NodeLabel.Institution
        ? TestNodes.Institution(id, id)
        : TestNodes.Network(id, id));

    private static PutRelationship Member(string from, string to = "aholku-sarea") =>
        new(TestNodes.Relationship(RelationshipType.MemberOf, from, to));

    private static string Shape(IEnumerable<WriteRun> runs) => string.Join(" ", runs.Select(run => run switch
    {
        CreateNodes create => $"create:{create.Label}x{create.Nodes.Count}",
        PutRelationships put => $"put:{ConstantCase.ToText(put.Type)}x{put.Relationships.Count}",
        SingleWrite single => single.Write.GetType().Name,
        _ => "?",
    }));

    [Fact]
    public void twelve_hundred_creations_of_one_label_are_three_statements_of_at_most_five_hundred_rows()
    {
        var runs = WriteRuns.Of([.. Enumerable.Range(0, 1200).Select(i => Create($"centre-{i}"))]);

        Assert.Equal("create:Institutionx500 create:Institutionx500 create:Institutionx200", Shape(runs));
    }

    [Fact]
    public void a_run_ends_where_the_label_or_type_changes_or_another_kind_of_write_comes()
    {
        GraphWrite[] writes =
        [
            Create("a"), Create("b"), Create("aholku-sarea", NodeLabel.Network), Member("a"), Member("b"),
            new PutRelationship(TestNodes.Relationship(RelationshipType.RefersTo, "a", "b")),
            new DeleteRelationship(new RelationshipKey(RelationshipType.MemberOf, "a", "aholku-sarea")), Member("a"),
        ];

        Assert.Equal(
            "create:Institutionx2 create:Networkx1 put:MEMBER_OFx2 put:REFERS_TOx1 DeleteRelationship put:MEMBER_OFx1",
            Shape(WriteRuns.Of(writes)));
    }

    [Fact]
    public void an_id_or_a_relationship_seen_again_starts_a_new_run_so_the_runs_apply_as_the_writes_one_by_one()
    {
        GraphWrite[] writes = [Create("a"), Create("b"), Create("a"), Member("a"), Member("b"), Member("a")];

        Assert.Equal("create:Institutionx2 create:Institutionx1 put:MEMBER_OFx2 put:MEMBER_OFx1", Shape(WriteRuns.Of(writes)));
    }

    [Fact]
    public void the_runs_hold_every_write_in_the_batch_order()
    {
        GraphWrite[] writes = [Create("a"), Create("b"), Member("a"), new DeleteNode("c", null, Detach: false), Member("b"), Create("d")];

        var flattened = WriteRuns.Of(writes).SelectMany(run => run switch
        {
            CreateNodes create => create.Nodes.Select(n => (GraphWrite)new CreateNode(n)),
            PutRelationships put => put.Relationships.Select(r => (GraphWrite)new PutRelationship(r)),
            SingleWrite single => [single.Write],
            _ => [],
        });

        Assert.Equal(writes, flattened);
    }
}
