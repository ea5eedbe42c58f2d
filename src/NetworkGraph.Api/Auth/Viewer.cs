using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, byte> _ownItems = new(StringComparer.Ordinal);
    private readonly Lock _loadLock = new();
    private Task<FeedbackVisibility>? _visibility;
    private IReadOnlyList<string>? _roles;
    private string? _accessProfile;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;

    // Read from the claims once: visibility asks for every node a request loads.
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

    /// <summary>
    /// Which feedback items the viewer may see. An NGO's own items are read from the store on first use, once per
    /// request; a request that touches no feedback never reads them.
    /// </summary>
    public Task<FeedbackVisibility> FeedbackVisibilityAsync(CancellationToken cancellationToken)
    {
        lock (_loadLock)
        {
            return _visibility ??= LoadAsync(cancellationToken);
        }
    }

    /// <summary>An item this NGO has just submitted is its own for the rest of the request.</summary>
    public void Owns(string itemId) => _ownItems.TryAdd(itemId, 0);

    private async Task<FeedbackVisibility> LoadAsync(CancellationToken cancellationToken)
    {
        if (!SeesAllFeedback && IsInRole(Auth.Roles.Ngo) && Org is { } org)
        {
            var raised = await store.ExpandAsync([org], Direction.Outgoing, [RelationshipType.Raised], cancellationToken).ConfigureAwait(false);
            foreach (var relationship in raised)
            {
                _ownItems.TryAdd(relationship.ToId, 0);
            }
        }
        return new FeedbackVisibility(SeesAllFeedback, _ownItems);
    }
}
