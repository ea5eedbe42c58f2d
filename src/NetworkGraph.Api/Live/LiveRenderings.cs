using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.GraphQL.Loading;
using NetworkGraph.Api.Names;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Executes a stream's selection on one event, in a scope of its own acting for the stream's caller, and keeps the
/// serialized answer for a while: every stream with the same document, variables and caller (<see cref="LiveAudience"/>)
/// shares one execution per event. An event the caller may not see (<see cref="LiveVisibility"/>) renders as nothing.
/// </summary>
public sealed class LiveRenderings(IServiceScopeFactory scopes, GraphQLExecutor executor, IGraphQLTextSerializer serializer)
{
    /// <summary>Recent renderings kept; enough for every audience of a burst of events.</summary>
    public const int Capacity = 4_096;

    // Read without a lock by every stream of every event; trimmed oldest first past the capacity.
    private readonly ConcurrentDictionary<(string Audience, LiveEventKey Event), Task<byte[]?>> _renderings = new();
    private readonly ConcurrentQueue<(string Audience, LiveEventKey Event)> _order = new();
    private long _executions;

    /// <summary>How many selections were executed on an event, however many streams got the answer.</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>The answer to <paramref name="audience"/>'s selection on <paramref name="change"/>, or null when it may not see the event.</summary>
    public Task<byte[]?> RenderAsync(LiveAudience audience, LiveEvent change)
    {
        var key = (audience.Key, change.Key);
        if (_renderings.TryGetValue(key, out var rendering) && !rendering.IsFaulted && !rendering.IsCanceled)
        {
            return rendering;
        }
        lock (_order)
        {
            if (_renderings.TryGetValue(key, out rendering) && !rendering.IsFaulted && !rendering.IsCanceled)
            {
                return rendering;
            }
            // Not tied to one stream's cancellation: the streams that share it may outlive the one that started it.
            rendering = ExecuteAsync(audience, change);
            if (_renderings.TryAdd(key, rendering))
            {
                _order.Enqueue(key);
            }
            else
            {
                _renderings[key] = rendering;
            }
            while (_renderings.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _renderings.TryRemove(oldest, out _);
            }
            return rendering;
        }
    }

    private async Task<byte[]?> ExecuteAsync(LiveAudience audience, LiveEvent change)
    {
        Interlocked.Increment(ref _executions);
        await Task.Yield(); // the execution runs beside the lock, never under it
        await using var scope = scopes.CreateAsyncScope();
        var viewer = scope.ServiceProvider.GetRequiredService<Viewer>().ActingFor(audience.Caller);
        scope.ServiceProvider.GetRequiredService<RequestLanguage>().Use(audience.Languages);
        if (!await LiveVisibility.MaySeeAsync(change, viewer, scope.ServiceProvider.GetRequiredService<GraphLoaders>()))
        {
            return null;
        }
        // The answer reflects at least the change it reports (the dashboard's figures, an item's status before it).
        scope.ServiceProvider.GetRequiredService<RequestAnalysis>().AtLeast(change.GraphVersion);
        var result = await executor.ExecuteAsync(audience.Request, audience.Caller, scope.ServiceProvider, CancellationToken.None, root: change);
        return Encoding.UTF8.GetBytes(serializer.Serialize(result));
    }
}

/// <summary>
/// Who a stream's events are rendered for: the admitted request, the caller and the languages names are read in.
/// Streams with equal keys (the same document, operation and variables, access profile, organisation and languages)
/// get byte-identical answers.
/// </summary>
public sealed record LiveAudience(AdmittedRequest Request, ClaimsPrincipal Caller, LanguagePreference Languages, string Key);
