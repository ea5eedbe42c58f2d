namespace NetworkGraph.Api.Audit;

public sealed class AuditEventType : ObjectGraphType<AuditEvent>
{
    public AuditEventType()
    {
        Name = "AuditEvent";
        Description = "One successful mutation: who made it, what it touched, and the versions before and after.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At.UtcDateTime);
        Field<StringGraphType>("actorSubject").Resolve(c => c.Source.Actor.Subject);
        Field<StringGraphType>("actorOrg").Resolve(c => c.Source.Actor.Org);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("actorRoles").Resolve(c => c.Source.Actor.Roles);
        Field<NonNullGraphType<StringGraphType>>("operation").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("nodeIds").Resolve(c => c.Source.NodeIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeVersionType>>>>("versionsBefore")
            .Resolve(c => c.Source.VersionsBefore.OrderBy(v => v.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeVersionType>>>>("versionsAfter")
            .Resolve(c => c.Source.VersionsAfter.OrderBy(v => v.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Resolve(c => (int)c.Source.GraphVersion);
    }
}

public sealed class NodeVersionType : ObjectGraphType<KeyValuePair<string, long>>
{
    public NodeVersionType()
    {
        Name = "NodeVersion";
        Field<NonNullGraphType<IdGraphType>>("nodeId").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.Value);
    }
}

public sealed class AuditEventConnectionType : ObjectGraphType<AuditPage>
{
    public AuditEventConnectionType()
    {
        Name = "AuditEventConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEventType>>>>("nodes").Resolve(c => c.Source.Events);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Pass as 'after' for the next page.").Resolve(c => c.Source.Events.Count > 0 ? c.Source.Events[^1].Id : null);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}

public sealed class AuditEventWhereInputType : InputObjectGraphType
{
    public AuditEventWhereInputType()
    {
        Name = "AuditEventWhere";
        Field<StringGraphType>("actorOrg");
        Field<StringGraphType>("actorSubject");
        Field<IdGraphType>("nodeId").Description("Events that touched this node.");
        Field<DateTimeGraphType>("from").Description("Inclusive.");
        Field<DateTimeGraphType>("to").Description("Exclusive.");
    }
}
