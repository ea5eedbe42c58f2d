using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.GraphQL.Http;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections mode" (the graphql-sse library's default): a subscription
/// POSTed (or sent by GET with the preflight header) to /graphql by a client accepting text/event-stream, or any
/// operation from a client that accepts nothing else, answers with a stream of <c>next</c> events and
/// one <c>complete</c>. Each event's <c>id</c> is its cursor, and a reconnect with Last-Event-ID resumes after it. A
/// comment every keep-alive interval holds the connection open through proxies. A request refused before the stream
/// starts is answered as application/graphql-response+json with its status.
/// </summary>
public sealed class ServerSentEventsTransport(
    GraphQLResponseWriter writer,
    LiveExecution live,
    LiveLimits limits,
    IOptions<LiveOptions> options,
    IHostApplicationLifetime lifetime,
    IGraphQLTextSerializer serializer,
    Heartbeat heartbeat,
    IOptions<AuthOptions> auth,
    Observability.NetworkGraphMetrics metrics,
    TimeProvider time)
{
    public const string LastEventIdHeader = "Last-Event-ID";

    private static readonly byte[] _heartbeat = ": keep-alive\n\n"u8.ToArray();
    private static readonly byte[] _complete = "event: complete\ndata:\n\n"u8.ToArray();

    /// <summary>Answers an admitted request as an event stream: a subscription's events, or one answer then complete.</summary>
    public async Task HandleAsync(HttpContext http, Execution.AdmittedRequest admitted)
    {
        IDisposable? slot = null;
        try
        {
            slot = limits.Acquire(RateLimiting.ClientOf(http.User, http.Connection.RemoteIpAddress));
            var resumeAfter = http.Request.Headers[LastEventIdHeader].ToString() is { Length: > 0 } id ? id : null;
            // The request lives as long as its stream: it keeps only the claims a read needs, not the whole token.
            http.User = LiveCallers.Kept(http.User);
            var start = await live.StartAsync(admitted, http.User, resumeAfter, languages: null, http.RequestAborted);
            if (start.Stream is null && admitted.Operation?.Definition.Operation == GraphQLParser.AST.OperationType.Subscription)
            {
                // It did not start: a client error (or 401/403), whatever stopped it.
                start.Answer!.Executed = false;
                await writer.WriteAsync(http, MediaTypes.GraphQLResponse, start.Answer);
                return;
            }
            await BeginAsync(http);
            if (start.Stream is { } stream)
            {
                await StreamAsync(http, stream);
            }
            else
            {
                await WriteAsync(http, Encoding.UTF8.GetBytes(serializer.Serialize(start.Answer!)), null);
                await WriteRawAsync(http, _complete);
            }
        }
        catch (RequestRefusedException refused)
        {
            await writer.WriteAsync(http, MediaTypes.GraphQLResponse, new Rejection(refused.Error, refused.Status));
        }
        finally
        {
            slot?.Dispose();
        }
    }

    private async Task StreamAsync(HttpContext http, LiveStream stream)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var expiry = TokenLifetime.ExpiryAsync(http.User, TimeSpan.FromSeconds(auth.Value.ClockSkewSeconds), time, ending.Token);
        var events = stream.ReadAllAsync(ending.Token).GetAsyncEnumerator(ending.Token);
        Task<bool>? next = null;
        Task? keepAlive = null;
        try
        {
            while (true)
            {
                next ??= events.MoveNextAsync().AsTask();
                // The comment goes out at every beat of the one shared clock, whether or not events flow.
                keepAlive ??= heartbeat.Next;
                var first = next.IsCompleted ? next : await Task.WhenAny(next, expiry, keepAlive);
                if (first == next)
                {
                    if (!await next)
                    {
                        break;
                    }
                    next = null;
                    await WriteAsync(http, events.Current.Payload, events.Current.Cursor);
                    metrics.LiveEvents.Add(1);
                }
                else if (first == expiry)
                {
                    await expiry;
                    if (next is { IsCompletedSuccessfully: true, Result: true })
                    {
                        // An event read just as the token expired is sent: the cursor below names it.
                        next = null;
                        await WriteAsync(http, events.Current.Payload, events.Current.Cursor);
                    }
                    await WriteErrorAsync(http, LiveErrors.TokenExpired(stream.LastCursor));
                    break;
                }
                else
                {
                    await keepAlive;
                    keepAlive = null;
                    await WriteRawAsync(http, _heartbeat);
                }
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The service stops: the stream completes, and the client resumes elsewhere from its last cursor.
        }
        catch (Exception failure) when (!http.RequestAborted.IsCancellationRequested)
        {
            if (failure is SlowConsumerException)
            {
                metrics.LiveRefusals.Add(1, new KeyValuePair<string, object?>("limit", "buffer"));
            }
            await WriteErrorAsync(http, LiveErrors.Failed(failure, stream.LastCursor));
        }
        finally
        {
            await EndAsync(ending, next, events);
        }
        await WriteRawAsync(http, _complete);
    }

    /// <summary>Stops the stream's reading, waits for a read still under way, and releases the stream.</summary>
    internal static async Task EndAsync(CancellationTokenSource ending, Task<bool>? pending, IAsyncEnumerator<LiveMessage> events)
    {
        await ending.CancelAsync();
        if (pending is not null)
        {
            try
            {
                await pending;
            }
            catch (Exception)
            {
                // It was stopped, or had failed; either way nothing more is read.
            }
        }
        await events.DisposeAsync();
    }

    private static async Task BeginAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaTypes.EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await http.Response.StartAsync(http.RequestAborted);
        // The headers leave now: a client waits for them before it reads any event.
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    /// <summary>A <c>next</c> event whose answer is the error that ends the stream.</summary>
    private Task WriteErrorAsync(HttpContext http, ExecutionError error) =>
        WriteAsync(http, Encoding.UTF8.GetBytes(serializer.Serialize(new ExecutionResult { Errors = [error] })), null);

    /// <summary>One <c>next</c> event: its cursor as id when it has one, the answer as data.</summary>
    private Task WriteAsync(HttpContext http, byte[] payload, string? id)
    {
        var body = http.Response.BodyWriter;
        if (id is null)
        {
            body.Write("event: next\ndata: "u8);
        }
        else
        {
            body.Write("event: next\nid: "u8);
            Encoding.UTF8.GetBytes(id, body);
            body.Write("\ndata: "u8);
        }
        body.Write(payload);
        body.Write("\n\n"u8);
        return FlushAsync(http);
    }

    private Task WriteRawAsync(HttpContext http, byte[] bytes)
    {
        http.Response.BodyWriter.Write(bytes);
        return FlushAsync(http);
    }

    private async Task FlushAsync(HttpContext http)
    {
        var deadline = http.Features.Get<SendDeadline>();
        if (deadline is null)
        {
            deadline = new SendDeadline(options.Value.SendTimeout, http.RequestAborted);
            http.Features.Set(deadline);
            http.Response.RegisterForDispose(deadline);
        }
        try
        {
            await http.Response.BodyWriter.FlushAsync(deadline.Arm());
            deadline.Disarm();
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            // A client that does not read is dropped, and everything it held released.
            metrics.LiveRefusals.Add(1, new KeyValuePair<string, object?>("limit", "send_timeout"));
            http.Abort();
            throw new OperationCanceledException("The client did not read.", http.RequestAborted);
        }
    }
}
