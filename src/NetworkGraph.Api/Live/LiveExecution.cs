using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.Names;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Live;

/// <summary>
/// What the live transports run an admitted request with: a query or mutation answers once; a subscription opens
/// (validated like a query, its cursor checked) into a <see cref="LiveStream"/>, or answers with the errors that
/// stopped it. Everything runs in a scope of its own acting for the caller, who may differ from the HTTP request's
/// (a WebSocket's token comes in its first message).
/// </summary>
public sealed class LiveExecution(
    GraphQLExecutor executor, IServiceScopeFactory scopes, ChangeFeedHub hub, LiveRenderings renderings, IGraphQLTextSerializer serializer, TimeProvider time)
{
    /// <summary>
    /// Runs a request for a caller on a live transport; <paramref name="languages"/>, when given, are the languages names
    /// are read in instead of those of the HTTP request the transport came in on.
    /// </summary>
    public async Task<LiveStart> StartAsync(
        AdmittedRequest admitted, ClaimsPrincipal caller, string? resumeAfter, LanguagePreference? languages, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var requestLanguage = scope.ServiceProvider.GetRequiredService<RequestLanguage>();
        if (languages is not null)
        {
            requestLanguage.Use(languages);
        }
        var viewer = scope.ServiceProvider.GetRequiredService<Viewer>().ActingFor(caller);
        if (admitted.Operation?.Definition.Operation != OperationType.Subscription)
        {
            return new LiveStart(await executor.ExecuteAsync(admitted, caller, scope.ServiceProvider, cancellationToken), null);
        }
        var opening = new SubscriptionOpening(resumeAfter);
        var opened = await executor.ExecuteAsync(admitted, caller, scope.ServiceProvider, cancellationToken, userContext: opening);
        if (opened.Errors is { Count: > 0 } || opening.Request is not { } request)
        {
            return new LiveStart(opened, null);
        }
        // The languages of the request that opened the stream: its events are rendered later, outside that request.
        var audience = new LiveAudience(admitted, caller, requestLanguage.Preference, AudienceKey(admitted, viewer, requestLanguage.Preference));
        return new LiveStart(null, new LiveStream(request.Feed, request.After, request.Ids, audience, hub, renderings, time));
    }

    private string AudienceKey(AdmittedRequest admitted, Viewer viewer, LanguagePreference languages)
    {
        var request = admitted.Request;
        // What a read can depend on: the document and variables, the roles (the access profile) and, for an NGO's
        // feedback, the organisation, and the languages names are read in. No read depends on the subject; were one to, it would belong here.
        var text = string.Join('\n',
            request.Query, request.OperationName, request.Variables is null ? "" : serializer.Serialize(request.Variables),
            viewer.AccessProfile, viewer.Org, languages.Key);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>A single answer (a query, a mutation, or a subscription that could not open), or an opened stream.</summary>
public sealed record LiveStart(ExecutionResult? Answer, LiveStream? Stream);
