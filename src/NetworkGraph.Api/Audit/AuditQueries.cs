using System.Text.RegularExpressions;

namespace NetworkGraph.Api.Audit;

public static partial class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<AuditEventConnectionType>>("auditEvents")
            .Description("The audit trail, newest first. Admins only.")
            .WithPaging()
            .Argument<AuditEventWhereInputType>("where")
            .Requires(Access.Admins)
            .Resolve()
            .WithService<IGraphStore>()
            .ResolveAsync(async (c, store) =>
            {
                var where = c.GetArgument<Dictionary<string, object?>?>("where") ?? [];
                var after = c.GetArgument<string?>("after");
                if (after is not null && !AuditId().IsMatch(after))
                {
                    throw UserError.BadInput("'after' is not a cursor issued by this API; pass the endCursor of the previous page.");
                }
                return await store.FindAuditEventsAsync(new AuditQuery
                {
                    ActorOrg = where.GetValueOrDefault("actorOrg") as string,
                    ActorSubject = where.GetValueOrDefault("actorSubject") as string,
                    NodeId = where.GetValueOrDefault("nodeId") as string,
                    From = InputInstants.From(where.GetValueOrDefault("from")),
                    To = InputInstants.From(where.GetValueOrDefault("to")),
                    AfterId = after,
                    First = c.First(),
                }, c.CancellationToken);
            });

    [GeneratedRegex("^audit-[0-9]{19}$")]
    private static partial Regex AuditId();
}
