using System.Collections.Concurrent;
using System.Security.Claims;

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

    private ClaimsPrincipal? _caller;

    private ClaimsPrincipal User => _caller ?? http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>
    /// Makes <paramref name="caller"/> the viewer of this scope: for work that runs for a caller outside an HTTP
    /// request of theirs, such as a live stream's events or a WebSocket whose token came in its first message.
    /// Set before the viewer is first asked anything.
    /// </summary>
    public Viewer ActingFor(ClaimsPrincipal caller)
    {
        if (_roles is not null || _visibility is not null || _accessProfile is not null)
        {
            throw new InvalidOperationException("The viewer was asked before its caller was set.");
        }
        _caller = caller;
        return this;
    }

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;

    // Read from the claims once: visibility asks for every feedback item a request loads.
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

    /// <summary>What the viewer may see of these nodes: all of them, without reading anything, when none is a feedback item.</summary>
    public async ValueTask<FeedbackVisibility> VisibilityOfAsync(IReadOnlyList<NodeRecord> nodes, CancellationToken cancellationToken) =>
        nodes.Any(node => node.Label == NodeLabel.FeedbackItem)
            ? await FeedbackVisibilityAsync(cancellationToken).ConfigureAwait(false)
            : FeedbackVisibility.Everything;

    /// <summary>Narrows a feedback query to the items the viewer may see; any other query is left as it is.</summary>
    public async ValueTask<NodeQuery> RestrictAsync(NodeQuery query, CancellationToken cancellationToken) =>
        query.Label == NodeLabel.FeedbackItem
            ? (await FeedbackVisibilityAsync(cancellationToken).ConfigureAwait(false)).Restrict(query)
            : query;

    public async ValueTask<bool> CanSeeFeedbackAsync(string itemId, CancellationToken cancellationToken) =>
        (await FeedbackVisibilityAsync(cancellationToken).ConfigureAwait(false)).CanSeeFeedback(itemId);

    /// <summary>
    /// Which feedback items the viewer may see. An NGO's own items are read from the store on first use, once per
    /// request; a request that meets no feedback item never reads them.
    /// </summary>
    private Task<FeedbackVisibility> FeedbackVisibilityAsync(CancellationToken cancellationToken)
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
