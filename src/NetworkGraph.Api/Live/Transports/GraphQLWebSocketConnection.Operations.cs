using System.Net.WebSockets;
using System.Text;
using GraphQLParser.AST;
using NetworkGraph.Api.GraphQL.Http;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>The operations of one socket: subscribe, run, stream, complete, and the limits on them.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
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
            var start = await transport.Live.StartAsync(admitted, _caller!, null, _languages, token);
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
