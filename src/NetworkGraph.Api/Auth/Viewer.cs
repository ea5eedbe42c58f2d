using System.Security.Claims;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Auth;

/// <summary>
/// Who is asking, for one request: their roles, the organisation an NGO acts for, and which
/// feedback items they may see. NGOs see their own organisation's items only; readers,
/// coordinators and admins see all; anonymous callers see none.
/// </summary>
public sealed class Viewer(IHttpContextAccessor http, IGraphStore store)
{
    private HashSet<string>? _ownItems;
    private IReadOnlyList<string>? _roles;
    private string? _accessProfile;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;

    // Read from the claims once: CanSee asks for every node a request loads.
    public IReadOnlyList<string> Roles => _roles ??= [.. User.FindAll("role").Select(c => c.Value).Where(Auth.Roles.All.Contains).Distinct()];

    /// <summary>
    /// All that decides which fields the viewer may select: signed in or not, and the roles in a fixed order.
    /// Two requests with the same profile are allowed and refused the same fields.
    /// </summary>
    public string AccessProfile => _accessProfile ??=
        (IsAuthenticated ? "token:" : "anonymous:") + string.Join(',', Roles.Order(StringComparer.Ordinal));

    public string? Org => User.FindFirst("org")?.Value;

    public string? Subject => User.FindFirst("sub")?.Value;

    public bool IsInRole(params string[] roles) => Roles.Any(roles.Contains);

    public bool SeesAllFeedback => IsInRole(Auth.Roles.Reader, Auth.Roles.Coordinator, Auth.Roles.Admin);

    /// <summary>Loads what row-level visibility needs, once per request: an NGO's own items.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (!SeesAllFeedback && IsInRole(Auth.Roles.Ngo) && Org is { } org)
        {
            var raised = await store.ExpandAsync([org], Direction.Outgoing, [RelationshipType.Raised], cancellationToken);
            _ownItems = [.. raised.Select(r => r.ToId)];
        }
    }

    /// <summary>Narrows a feedback query to the items the viewer may see (mixed-label searches are filtered by <see cref="CanSee"/>).</summary>
    public NodeQuery Restrict(NodeQuery query)
    {
        if (SeesAllFeedback || query.Label != NodeLabel.FeedbackItem)
        {
            return query;
        }
        IReadOnlySet<string> own = _ownItems ?? [];
        return query with { IdIn = query.IdIn is null ? [.. own] : [.. query.IdIn.Where(own.Contains)] };
    }

    /// <summary>An item this NGO has just submitted is its own for the rest of the request.</summary>
    public void Owns(string itemId) => (_ownItems ??= []).Add(itemId);

    public bool CanSee(NodeRecord node) => node.Label != NodeLabel.FeedbackItem || CanSeeFeedback(node.Id);

    public bool CanSeeFeedback(string itemId) => SeesAllFeedback || (_ownItems?.Contains(itemId) ?? false);
}
