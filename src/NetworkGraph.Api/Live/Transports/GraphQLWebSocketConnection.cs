using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// One socket of the graphql-transport-ws protocol: <c>connection_init</c> within the time allowed (4408), its token
/// checked like an HTTP bearer token (4403, and 4403 again when it expires), subscribe only after the ack (4401), one
/// operation per id (4409), one init (4429), any other message or a binary one 4400, a message over the size limit
/// 1009; ping and pong both ways, a server ping every keep-alive interval, an idle socket closed. Queries and mutations
/// answer <c>next</c> then <c>complete</c>; subscriptions stream until the client completes them, the service stops
/// (each is completed) or they fail (an <c>error</c> message that says where to resume).
/// </summary>
internal sealed partial class GraphQLWebSocketConnection(WebSocketTransport transport, WebSocket socket, HttpContext http) : IAsyncDisposable
{
    private static readonly byte[] _ack = WebSocketMessage.Write("connection_ack");
    private static readonly byte[] _ping = WebSocketMessage.Write("ping");
    private static readonly byte[] _pong = WebSocketMessage.Write("pong");

    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Dictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _connection = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly TaskCompletionSource _initialised = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SendDeadline? _deadline;
    private ClaimsPrincipal? _caller;

    // The languages the init payload asked names in; null keeps the upgrade request's Accept-Language.
    private LanguagePreference? _languages;
    private int _initReceived;
    private long _lastHeard;
    private int _closing;

    private LiveOptions Options => transport.Options;

    public async Task RunAsync()
    {
        _lastHeard = transport.Time.GetTimestamp();
        var watch = WatchAsync();
        try
        {
            await ReceiveAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went, or the socket was closed.
        }
        finally
        {
            await _connection.CancelAsync();
            await watch;
        }
    }

    private async Task ReceiveAsync()
    {
        var message = new ArrayBufferWriter<byte>(256);
        while (true)
        {
            // An idle socket holds no buffer: wait for a message with an empty read, then borrow one to read it.
            var waited = await socket.ReceiveAsync(Memory<byte>.Empty, _connection.Token);
            if (waited.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
                return;
            }
            message.ResetWrittenCount();
            var received = waited;
            if (!waited.EndOfMessage)
            {
                var chunk = ArrayPool<byte>.Shared.Rent(4_096);
                try
                {
                    do
                    {
                        received = await socket.ReceiveAsync(chunk.AsMemory(), _connection.Token);
                        if (received.MessageType == WebSocketMessageType.Close)
                        {
                            await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
                            return;
                        }
                        if (message.WrittenCount + received.Count > Options.MaxMessageBytes)
                        {
                            await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"A message may have at most {Options.MaxMessageBytes} bytes");
                            return;
                        }
                        message.Write(chunk.AsSpan(0, received.Count));
                    }
                    while (!received.EndOfMessage);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }
            }
            Interlocked.Exchange(ref _lastHeard, transport.Time.GetTimestamp());
            if (Volatile.Read(ref _closing) != 0)
            {
                continue;
            }
            if (received.MessageType != WebSocketMessageType.Text || WebSocketMessage.Parse(message.WrittenMemory) is not { } parsed)
            {
                await CloseAsync((WebSocketCloseStatus)4400, "Invalid message");
                return;
            }
            if (!await HandleAsync(parsed))
            {
                return;
            }
            if (message.Capacity > 4_096)
            {
                // One large message does not keep its buffer for the life of the socket.
                message = new ArrayBufferWriter<byte>(256);
            }
        }
    }

    /// <summary>Acts on one message; false when it closed the socket.</summary>
    private async Task<bool> HandleAsync(WebSocketMessage message)
    {
        switch (message.Type)
        {
            case "connection_init":
                return await InitialiseAsync(message);
            case "ping":
                await SendAsync(_pong);
                return true;
            case "pong":
                return true;
            case "subscribe" when _caller is null:
                return await CloseAsync((WebSocketCloseStatus)4401, "Unauthorized");
            case "subscribe" when message.Id is not { Length: > 0 } || message.Payload is null:
                return await CloseAsync((WebSocketCloseStatus)4400, "A subscribe message needs an id and a payload");
            case "subscribe":
                return await SubscribeAsync(message.Id!, message.Payload!.Value);
            case "complete" when message.Id is not null:
                Stop(message.Id);
                return true;
            default:
                return await CloseAsync((WebSocketCloseStatus)4400, "Invalid message");
        }
    }

    private async Task<bool> InitialiseAsync(WebSocketMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) != 0)
        {
            return await CloseAsync((WebSocketCloseStatus)4429, "Too many initialisation requests");
        }
        var caller = await transport.CallerAsync(message.Authorization, http.User);
        if (caller is null)
        {
            return await CloseAsync((WebSocketCloseStatus)4403, "Forbidden");
        }
        _caller = caller;
        _languages = message.AcceptLanguage is { } acceptLanguage ? LanguagePreference.Parse(acceptLanguage) : null;
        // The socket's requests are the caller's from now on: the per-client rate limit counts them as theirs.
        http.User = caller;
        _initialised.TrySetResult();
        await SendAsync(_ack);
        return true;
    }

    /// <summary>The clocks of the socket: the init deadline, the server's pings, idleness, the token's expiry and the service stopping.</summary>
    private async Task WatchAsync()
    {
        var stopping = transport.Lifetime.ApplicationStopping;
        var stopped = Task.Delay(Timeout.Infinite, stopping);
        try
        {
            var deadline = Task.Delay(Options.ConnectionInitTimeout, transport.Time, _connection.Token);
            if (await Task.WhenAny(_initialised.Task, deadline, stopped) == deadline)
            {
                await deadline;
                await CloseAsync((WebSocketCloseStatus)4408, "Connection initialisation timeout");
                return;
            }
            var expiry = _caller is { } caller
                ? TokenLifetime.ExpiryAsync(caller, transport.ClockSkew, transport.Time, _connection.Token)
                : Task.Delay(Timeout.Infinite, _connection.Token);
            while (!stopping.IsCancellationRequested)
            {
                var tick = transport.Heartbeat.Next;
                var first = await Task.WhenAny(tick, expiry, stopped);
                await first.WaitAsync(_connection.Token);
                if (first == expiry)
                {
                    await CloseAsync((WebSocketCloseStatus)4403, "Forbidden: the token expired");
                    return;
                }
                if (first != tick)
                {
                    break;
                }
                if (transport.Time.GetElapsedTime(Interlocked.Read(ref _lastHeard)) > Options.IdleTimeout)
                {
                    await CloseAsync(WebSocketCloseStatus.PolicyViolation, "Idle: nothing received, not even a pong");
                    return;
                }
                await SendAsync(_ping);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            if (!stopping.IsCancellationRequested || _connection.IsCancellationRequested)
            {
                return;
            }
        }
        // The service stops: every stream completes, then the socket closes.
        await CompleteAllAsync(stop: true);
        await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "The service is stopping");
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CancelAsync();
        await CompleteAllAsync(stop: false);
        // The semaphore is not disposed: an operation that outlived the wait must find it, and fail on the closed socket.
        _deadline?.Dispose();
    }
}
