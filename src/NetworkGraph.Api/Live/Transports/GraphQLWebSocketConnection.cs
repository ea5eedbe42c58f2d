using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using GraphQLParser.AST;
using NetworkGraph.Api.GraphQL.Http;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// One socket of the graphql-transport-ws protocol: <c>connection_init</c> within the time allowed (4408), its token
/// checked like an HTTP bearer token (4403, and 4403 again when it expires), subscribe only after the ack (4401), one
/// operation per id (4409), one init (4429), any other message or a binary one 4400, a message over the size limit
/// 1009; ping and pong both ways, a server ping every keep-alive interval, an idle socket closed. Queries and mutations
/// answer <c>next</c> then <c>complete</c>; subscriptions stream until the client completes them, the service stops
/// (each is completed) or they fail (an <c>error</c> message that says where to resume).
/// </summary>
internal sealed class GraphQLWebSocketConnection(WebSocketTransport transport, WebSocket socket, HttpContext http) : IAsyncDisposable
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
        // The socket's requests are the caller's from now on: the per-client rate limit counts them as theirs.
        http.User = caller;
        _initialised.TrySetResult();
        await SendAsync(_ack);
        return true;
    }

    private async Task<bool> SubscribeAsync(string id, ReadOnlyMemory<byte> payload)
    {
        Operation? operation = null;
        bool duplicate;
        lock (_gate)
        {
            duplicate = _operations.ContainsKey(id);
            if (!duplicate && _operations.Count < Options.MaxSubscriptionsPerConnection)
            {
                operation = new Operation(CancellationTokenSource.CreateLinkedTokenSource(_connection.Token));
                _operations[id] = operation;
            }
        }
        if (duplicate)
        {
            return await CloseAsync((WebSocketCloseStatus)4409, $"Subscriber for {id} already exists");
        }
        if (operation is null)
        {
            var refusal = transport.Limits.Refused("subscriptions_per_connection", "Live:MaxSubscriptionsPerConnection",
                Options.MaxSubscriptionsPerConnection, $"A connection may hold at most {Options.MaxSubscriptionsPerConnection} operations at once.");
            await SendErrorsAsync(id, [refusal.Error]);
            return true;
        }
        using var lease = transport.RateLimiter?.AttemptAcquire(http);
        if (lease is { IsAcquired: false })
        {
            Forget(id, operation);
            var refusal = transport.Limits.Refused("rate", "GraphQL:Limits:RateLimit:PerSecond", transport.RatePerSecond,
                "Too many operations: the client's rate limit is reached; try again shortly.");
            await SendErrorsAsync(id, [refusal.Error]);
            return true;
        }
        _ = Task.Run(() => RunOperationAsync(id, payload, operation));
        return true;
    }

    private async Task RunOperationAsync(string id, ReadOnlyMemory<byte> payload, Operation operation)
    {
        var token = operation.Stopping.Token;
        try
        {
            var admitted = transport.Reader.Admit(payload);
            var subscription = admitted.Operation?.Definition.Operation == OperationType.Subscription;
            using var slot = subscription ? transport.Limits.Acquire(RateLimiting.ClientOf(_caller!, http.Connection.RemoteIpAddress)) : null;
            var start = await transport.Live.StartAsync(admitted, _caller!, null, token);
            if (start.Stream is { } stream)
            {
                await StreamAsync(id, stream, token);
            }
            else if (!start.Answer!.Executed || subscription)
            {
                await SendErrorsAsync(id, start.Answer.Errors ?? []);
            }
            else
            {
                await SendAsync(WebSocketMessage.Write("next", id, Encoding.UTF8.GetBytes(transport.Serializer.Serialize(start.Answer))));
                await SendAsync(WebSocketMessage.Write("complete", id));
            }
        }
        catch (RequestRefusedException refused)
        {
            await SendErrorsAsync(id, [refused.Error]);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Completed by the client, or the connection ended.
        }
        finally
        {
            Forget(id, operation);
        }
    }

    /// <summary>An operation ended: its id may be used again, and whoever waits for it to end stops waiting.</summary>
    private void Forget(string id, Operation operation)
    {
        lock (_gate)
        {
            if (_operations.TryGetValue(id, out var current) && current == operation)
            {
                _operations.Remove(id);
            }
        }
        operation.Ended.TrySetResult();
        operation.Stopping.Dispose();
    }

    private async Task StreamAsync(string id, LiveStream stream, CancellationToken token)
    {
        var prefix = WebSocketMessage.NextPrefix(id);
        try
        {
            await foreach (var message in stream.ReadAllAsync(token))
            {
                await SendNextAsync(prefix, message.Payload);
                transport.Metrics.LiveEvents.Add(1);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException and not WebSocketException)
        {
            if (failure is SlowConsumerException)
            {
                transport.Metrics.LiveRefusals.Add(1, new KeyValuePair<string, object?>("limit", "buffer"));
            }
            await SendErrorsAsync(id, [LiveErrors.Failed(failure, stream.LastCursor)]);
            return;
        }
        catch (OperationCanceledException) when (transport.Lifetime.ApplicationStopping.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            // The service stops: the stream is complete, and the client resumes elsewhere from its last cursor.
        }
        await SendAsync(WebSocketMessage.Write("complete", id));
    }

    /// <summary>The client completed an operation: it stops, and counts against the limit until it has.</summary>
    private void Stop(string id)
    {
        Operation? operation;
        lock (_gate)
        {
            _operations.TryGetValue(id, out operation);
        }
        operation?.Stop();
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

    /// <summary>Waits (a few seconds at most) for the operations to end; with <paramref name="stop"/>, stops them first.</summary>
    private async Task CompleteAllAsync(bool stop)
    {
        List<Operation> running;
        lock (_gate)
        {
            running = [.. _operations.Values];
        }
        if (stop)
        {
            // Outside the lock: a stopped operation may end at once, on this thread, and leave the table.
            foreach (var operation in running)
            {
                operation.Stop();
            }
        }
        await Task.WhenAll(running.Select(operation => operation.Ended.Task)).WaitAsync(TimeSpan.FromSeconds(5), transport.Time)
            .ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>An <c>error</c> message: the list of GraphQL errors, written by the same serializer as every answer.</summary>
    private Task SendErrorsAsync(string id, IEnumerable<ExecutionError> errors) =>
        SendAsync(WebSocketMessage.Write("error", id, Encoding.UTF8.GetBytes(transport.Serializer.Serialize<IEnumerable<ExecutionError>>([.. errors]))));

    /// <summary>A <c>next</c> message from its operation's prefix and a payload shared with other streams.</summary>
    private async Task SendNextAsync(byte[] prefix, byte[] payload)
    {
        var length = prefix.Length + payload.Length + 1;
        var message = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            prefix.CopyTo(message, 0);
            payload.CopyTo(message, prefix.Length);
            message[length - 1] = (byte)'}';
            await SendAsync(message.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    private async Task SendAsync(ReadOnlyMemory<byte> message)
    {
        await _sending.WaitAsync(_connection.Token);
        _deadline ??= new SendDeadline(Options.SendTimeout, _connection.Token);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _deadline.Arm());
            _deadline.Disarm();
        }
        catch (OperationCanceledException) when (_deadline.Expired)
        {
            // A client that does not read is dropped (a cancelled send aborts the socket), and everything it held released.
            transport.Metrics.LiveRefusals.Add(1, new KeyValuePair<string, object?>("limit", "send_timeout"));
            socket.Abort();
            await _connection.CancelAsync();
            throw;
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends the close frame (once) and leaves the client a moment to answer it; always false.</summary>
    private async Task<bool> CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return false;
        }
        if ((int)status >= 4000)
        {
            transport.Metrics.LiveRefusals.Add(1, new KeyValuePair<string, object?>("limit", "close_" + (int)status));
        }
        await _sending.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None).WaitAsync(Options.SendTimeout, transport.Time);
            }
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
            socket.Abort();
        }
        finally
        {
            _sending.Release();
        }
        _connection.CancelAfter(TimeSpan.FromSeconds(2));
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CancelAsync();
        await CompleteAllAsync(stop: false);
        // The semaphore is not disposed: an operation that outlived the wait must find it, and fail on the closed socket.
        _deadline?.Dispose();
    }

    private sealed class Operation(CancellationTokenSource stopping)
    {
        public CancellationTokenSource Stopping { get; } = stopping;

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Stop()
        {
            try
            {
                Stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It had ended.
            }
        }
    }
}
