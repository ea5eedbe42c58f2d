using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    /// <summary>A coordinator of the Basque Government's migration directorate.</summary>
    protected static readonly AuditActor Coordinator = new("ane.etxeberria", "basque-government", ["coordinator"]);

    /// <summary>A coordinator of the City of Bilbao.</summary>
    protected static readonly AuditActor CityCoordinator = new("iker.zubizarreta", "bilbao-city-council", ["coordinator"]);

    /// <summary>An NGO user acting for CEAR Euskadi.</summary>
    protected static readonly AuditActor Ngo = new("cear-euskadi-intake", "cear-euskadi", ["ngo"]);

    [StoreFact]
    public async Task an_audited_batch_appends_one_event_recording_the_actor_the_versions_and_the_commit()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));
        Clock.Advance(TimeSpan.FromHours(2));
        var entry = new AuditEntry(
            Coordinator, "updateInstitution", ["harreragune", "aholku-sarea"], new Dictionary<string, long> { ["harreragune"] = 1 });

        var result = await AuditedAsync(
            entry,
            Rename("harreragune", 1, "Harreragune – Servicio Vasco de Acogida"),
            new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
            new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea")));

        var page = await Store.FindAuditEventsAsync(new AuditQuery(), Ct);
        Assert.Equal(1, page.TotalCount);
        Assert.False(page.HasNextPage);
        Assert.NotNull(result.Audit);
        foreach (var audit in new[] { result.Audit, Assert.Single(page.Events) })
        {
            Assert.Equal(AuditEvent.IdFor(result.GraphVersion), audit.Id);
            Assert.Equal(result.GraphVersion, audit.GraphVersion);
            Assert.Equal(VisitStart.AddHours(2), audit.At);
            AssertSameActor(Coordinator, audit.Actor);
            Assert.Equal("updateInstitution", audit.Operation);
            Assert.Equal(["harreragune", "aholku-sarea"], audit.NodeIds);
            Assert.Equal(new Dictionary<string, long> { ["harreragune"] = 1 }, audit.VersionsBefore);
            Assert.Equal(new Dictionary<string, long> { ["harreragune"] = 2, ["aholku-sarea"] = 1 }, audit.VersionsAfter);
        }
    }

    [StoreFact]
    public async Task an_actor_without_subject_org_or_roles_is_recorded_as_such()
    {
        var anonymous = new AuditActor(Subject: null, Org: null, Roles: []);

        await AuditedAsync(
            new AuditEntry(anonymous, "importSeed", ["lanbide"], new Dictionary<string, long>()),
            new CreateNode(TestNodes.Institution("lanbide", "Lanbide")));

        var audit = Assert.Single((await Store.FindAuditEventsAsync(new AuditQuery(), Ct)).Events);
        AssertSameActor(anonymous, audit.Actor);
        Assert.Empty(audit.VersionsBefore);
    }

    [StoreFact]
    public async Task a_batch_without_an_audit_entry_appends_no_event()
    {
        var result = await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));

        Assert.Null(result.Audit);
        var page = await Store.FindAuditEventsAsync(new AuditQuery(), Ct);
        Assert.Empty(page.Events);
        Assert.Equal(0, page.TotalCount);
    }

    [StoreFact]
    public async Task an_audited_batch_that_fails_on_a_stale_version_appends_no_event()
    {
        await AssertFailedAuditedBatchAppendsNothingAsync<GraphConflictException>(Rename("lanbide", 7, "Lanbide"));
    }

    [StoreFact]
    public async Task an_audited_batch_that_fails_on_a_taken_id_appends_no_event()
    {
        await AssertFailedAuditedBatchAppendsNothingAsync<GraphConflictException>(new CreateNode(TestNodes.Institution("lanbide", "Lanbide again")));
    }

    [StoreFact]
    public async Task an_audited_batch_that_fails_on_a_missing_node_appends_no_event()
    {
        await AssertFailedAuditedBatchAppendsNothingAsync<GraphNotFoundException>(
            new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "no-such-network")));
    }

    [StoreFact]
    public async Task concurrent_audited_writes_get_distinct_ids_in_commit_order()
    {
        const int writers = 8;

        // Task.Run: a store whose async calls complete synchronously would otherwise run them one after the other.
        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() =>
        {
            var id = $"fb-{i:D2}";
            return AuditedAsync(
                new AuditEntry(Ngo, "submitFeedback", [id], new Dictionary<string, long>()),
                new CreateNode(TestNodes.FeedbackItem(id, $"Feedback {i}")));
        })));

        var events = (await Store.FindAuditEventsAsync(new AuditQuery(), Ct)).Events;
        Assert.Equal(writers, events.Select(audit => audit.Id).Distinct().Count());
        Assert.Equal(
            results.OrderByDescending(result => result.GraphVersion).Select(result => result.Audit?.Id),
            events.Select(audit => audit.Id));
        Assert.All(events, audit => Assert.Equal(
            results.Single(result => result.GraphVersion == audit.GraphVersion).NodeVersions.Keys.ToArray(), audit.NodeIds.ToArray()));
    }

    [StoreFact]
    public async Task deleting_a_node_keeps_its_audit_history()
    {
        await AuditedAsync(
            new AuditEntry(Coordinator, "createInstitution", ["biltzen"], new Dictionary<string, long>()),
            new CreateNode(TestNodes.Institution("biltzen", "Biltzen")));
        await AuditedAsync(
            new AuditEntry(Coordinator, "updateInstitution", ["biltzen"], new Dictionary<string, long> { ["biltzen"] = 1 }),
            Rename("biltzen", 1, "Biltzen – Servicio Vasco de Integración"));

        await AuditedAsync(
            new AuditEntry(Coordinator, "deleteInstitution", ["biltzen"], new Dictionary<string, long> { ["biltzen"] = 2 }),
            new DeleteNode("biltzen", ExpectedVersion: 2, Detach: true));

        Assert.Null(await GetNodeAsync("biltzen"));
        var page = await Store.FindAuditEventsAsync(new AuditQuery { NodeId = "biltzen" }, Ct);
        Assert.Equal(["deleteInstitution", "updateInstitution", "createInstitution"], page.Events.Select(audit => audit.Operation));
        Assert.Equal(new Dictionary<string, long> { ["biltzen"] = 2 }, page.Events[0].VersionsBefore);
        Assert.Empty(page.Events[0].VersionsAfter);
    }

    protected Task<WriteResult> AuditedAsync(AuditEntry entry, params GraphWrite[] writes) =>
        Store.WriteAsync(WriteBatch.Of(writes) with { Audit = entry }, Ct);

    protected static void AssertSameActor(AuditActor expected, AuditActor actual)
    {
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Org, actual.Org);
        Assert.Equal(expected.Roles, actual.Roles);
    }

    /// <summary>
    /// Records one audited change, then runs an audited batch that writes before <paramref name="failingWrite"/>:
    /// the trail still holds only the first event, and the next audited change appends beside it.
    /// </summary>
    private async Task AssertFailedAuditedBatchAppendsNothingAsync<TException>(GraphWrite failingWrite) where TException : GraphStoreException
    {
        await CreateAsync(TestNodes.Institution("smus", "SMUS"), TestNodes.Institution("lanbide", "Lanbide"));
        var first = await AuditedAsync(
            new AuditEntry(Coordinator, "updateInstitution", ["smus"], new Dictionary<string, long> { ["smus"] = 1 }),
            Rename("smus", 1, "Servicio Municipal de Urgencias Sociales"));

        await Assert.ThrowsAsync<TException>(() => AuditedAsync(
            new AuditEntry(Coordinator, "restructureReception", ["harreragune", "smus"], new Dictionary<string, long> { ["smus"] = 2 }),
            new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
            Rename("smus", 2, "SMUS renamed"),
            failingWrite));

        var afterFailure = await Store.FindAuditEventsAsync(new AuditQuery(), Ct);
        Assert.Equal(first.Audit?.Id, Assert.Single(afterFailure.Events).Id);
        Assert.Equal(1, afterFailure.TotalCount);
        Assert.Empty((await Store.FindAuditEventsAsync(new AuditQuery { NodeId = "harreragune" }, Ct)).Events);

        var next = await AuditedAsync(
            new AuditEntry(Coordinator, "updateInstitution", ["lanbide"], new Dictionary<string, long> { ["lanbide"] = 1 }),
            Rename("lanbide", 1, "Lanbide – Servicio Vasco de Empleo"));

        var trail = await Store.FindAuditEventsAsync(new AuditQuery(), Ct);
        Assert.Equal([next.Audit?.Id, first.Audit?.Id], trail.Events.Select(audit => audit.Id));
    }
}
