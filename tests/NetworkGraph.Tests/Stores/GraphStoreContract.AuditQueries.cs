using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task audit_events_filtered_by_actor_org_are_those_of_that_institution_newest_first()
    {
        var trail = await RecordTrailAsync();

        Assert.Equal([trail[2], trail[0]], await AuditIdsAsync(new AuditQuery { ActorOrg = "basque-government" }));
        Assert.Equal([trail[4], trail[1]], await AuditIdsAsync(new AuditQuery { ActorOrg = "cear-euskadi" }));
        Assert.Empty(await AuditIdsAsync(new AuditQuery { ActorOrg = "no-such-org" }));
    }

    [StoreFact]
    public async Task audit_events_filtered_by_actor_subject_are_those_of_that_person()
    {
        var trail = await RecordTrailAsync();

        Assert.Equal([trail[3]], await AuditIdsAsync(new AuditQuery { ActorSubject = CityCoordinator.Subject }));
    }

    [StoreFact]
    public async Task audit_events_filtered_by_node_id_are_those_naming_the_node()
    {
        var trail = await RecordTrailAsync();

        var page = await Store.FindAuditEventsAsync(new AuditQuery { NodeId = "harreragune" }, Ct);

        Assert.Equal([trail[4], trail[3], trail[2], trail[0]], page.Events.Select(audit => audit.Id));
        Assert.Equal(4, page.TotalCount);
        Assert.Equal([trail[3]], await AuditIdsAsync(new AuditQuery { NodeId = "aholku-sarea" }));
    }

    [StoreFact]
    public async Task audit_events_filtered_by_time_include_the_start_and_exclude_the_end()
    {
        var trail = await RecordTrailAsync();

        var window = await AuditIdsAsync(new AuditQuery { From = VisitStart.AddHours(1), To = VisitStart.AddHours(3) });

        Assert.Equal([trail[2], trail[1]], window);
        Assert.Equal([trail[4], trail[3]], await AuditIdsAsync(new AuditQuery { From = VisitStart.AddHours(3) }));
        Assert.Equal([trail[0]], await AuditIdsAsync(new AuditQuery { To = VisitStart.AddHours(1) }));
    }

    [StoreFact]
    public async Task audit_filters_narrow_together()
    {
        var trail = await RecordTrailAsync();

        var ids = await AuditIdsAsync(new AuditQuery { ActorOrg = "basque-government", NodeId = "harreragune", From = VisitStart.AddMinutes(1) });

        Assert.Equal([trail[2]], ids);
    }

    [StoreFact]
    public async Task audit_pages_of_two_over_five_events_yield_every_event_once_newest_first()
    {
        var trail = await RecordTrailAsync();

        var pages = await ReadAuditPagesAsync(new AuditQuery { First = 2 });

        Assert.Equal([2, 2, 1], pages.Select(page => page.Events.Count));
        Assert.Equal([true, true, false], pages.Select(page => page.HasNextPage));
        Assert.All(pages, page => Assert.Equal(5, page.TotalCount));
        Assert.Equal(trail.AsEnumerable().Reverse(), pages.SelectMany(page => page.Events).Select(audit => audit.Id));
    }

    [StoreFact]
    public async Task audit_pages_count_only_the_events_matching_the_filter()
    {
        var trail = await RecordTrailAsync();

        var pages = await ReadAuditPagesAsync(new AuditQuery { NodeId = "harreragune", First = 3 });

        Assert.Equal([3, 1], pages.Select(page => page.Events.Count));
        Assert.All(pages, page => Assert.Equal(4, page.TotalCount));
        Assert.Equal([trail[4], trail[3], trail[2], trail[0]], pages.SelectMany(page => page.Events).Select(audit => audit.Id));
    }

    [StoreFact]
    public async Task an_audit_page_after_the_oldest_event_is_empty_and_final()
    {
        var trail = await RecordTrailAsync();

        var page = await Store.FindAuditEventsAsync(new AuditQuery { AfterId = trail[0] }, Ct);

        Assert.Empty(page.Events);
        Assert.False(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
    }

    [StoreFact]
    public async Task audit_pagination_neither_repeats_nor_skips_events_when_new_ones_are_appended_between_pages()
    {
        var trail = await RecordTrailAsync();

        var first = await Store.FindAuditEventsAsync(new AuditQuery { First = 2 }, Ct);
        var appended = await AuditedAsync(
            new AuditEntry(Ngo, "submitFeedback", ["fb-03"], new Dictionary<string, long>()),
            new CreateNode(TestNodes.FeedbackItem("fb-03", "Interpreters at the padrón office")));
        var rest = await ReadAuditPagesAsync(new AuditQuery { First = 2, AfterId = first.Events[^1].Id });

        // Newer events sort before the cursor: the reader meets them by starting again, never mid-way.
        Assert.Equal(
            trail.AsEnumerable().Reverse(),
            first.Events.Concat(rest.SelectMany(page => page.Events)).Select(audit => audit.Id));
        Assert.Equal(6, rest[0].TotalCount);
        Assert.Equal(appended.Audit?.Id, (await Store.FindAuditEventsAsync(new AuditQuery { First = 1 }, Ct)).Events[0].Id);
    }

    /// <summary>
    /// Five audited changes an hour apart from <see cref="VisitStart"/>, by three institutions; returns
    /// their event ids in write order.
    /// </summary>
    private async Task<string[]> RecordTrailAsync()
    {
        var results = new List<WriteResult>
        {
            await AuditedAsync(
                new AuditEntry(Coordinator, "createInstitution", ["harreragune"], new Dictionary<string, long>()),
                new CreateNode(TestNodes.Institution("harreragune", "Harreragune"))),
        };
        Clock.Advance(TimeSpan.FromHours(1));
        results.Add(await AuditedAsync(
            new AuditEntry(Ngo, "submitFeedback", ["fb-01"], new Dictionary<string, long>()),
            new CreateNode(TestNodes.FeedbackItem("fb-01", "Appointment waiting times at SMUS"))));
        Clock.Advance(TimeSpan.FromHours(1));
        results.Add(await AuditedAsync(
            new AuditEntry(Coordinator, "updateInstitution", ["harreragune"], new Dictionary<string, long> { ["harreragune"] = 1 }),
            Rename("harreragune", 1, "Harreragune – Servicio Vasco de Acogida")));
        Clock.Advance(TimeSpan.FromHours(1));
        results.Add(await AuditedAsync(
            new AuditEntry(CityCoordinator, "createNetwork", ["aholku-sarea", "harreragune"], new Dictionary<string, long> { ["harreragune"] = 2 }),
            new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
            new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"))));
        Clock.Advance(TimeSpan.FromHours(1));
        results.Add(await AuditedAsync(
            new AuditEntry(Ngo, "submitFeedback", ["fb-02", "harreragune"], new Dictionary<string, long> { ["harreragune"] = 2 }),
            new CreateNode(TestNodes.FeedbackItem("fb-02", "No interpreter at the Harreragune desk")),
            new PutRelationship(TestNodes.Relationship(RelationshipType.About, "fb-02", "harreragune"))));
        return results.Select(result => result.Audit?.Id ?? throw new InvalidOperationException("an audited write returned no event")).ToArray();
    }

    private async Task<IReadOnlyList<string>> AuditIdsAsync(AuditQuery query) =>
        (await Store.FindAuditEventsAsync(query, Ct)).Events.Select(audit => audit.Id).ToList();

    private async Task<List<AuditPage>> ReadAuditPagesAsync(AuditQuery query)
    {
        var pages = new List<AuditPage>();
        var after = query.AfterId;
        do
        {
            var page = await Store.FindAuditEventsAsync(query with { AfterId = after }, Ct);
            pages.Add(page);
            after = page.Events.Count > 0 ? page.Events[^1].Id : null;
        }
        while (pages[^1].HasNextPage && pages.Count < 10);
        return pages;
    }
}
