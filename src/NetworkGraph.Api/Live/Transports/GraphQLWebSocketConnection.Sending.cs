using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>What one socket sends: every write bounded by the send deadline, and the close frame.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
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
}
