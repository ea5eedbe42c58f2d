using System.Buffers;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>Reads a POST body up to the size limit, refusing a larger one before it is read whole.</summary>
public static class RequestBody
{
    private const int DirectReadBytes = 16 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }
        if (request.ContentLength is { } length && length <= DirectReadBytes)
        {
            // The usual case, a small announced body, is read straight into an array of its size. A larger one is
            // read as it arrives, so a header alone never makes the server set aside the whole limit.
            var body = new byte[length];
            var filled = 0;
            int read;
            while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }
            return filled == body.Length
                ? body
                : throw RequestRefusedException.BadRequest($"The request body ended after {filled} of its announced {length} bytes.");
        }
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(DirectReadBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static RequestRefusedException TooLarge(int limit) =>
        LimitErrors.Refuse(RequestLimitsOptions.Setting(nameof(RequestLimitsOptions.MaxRequestBytes)), limit,
            $"The request body is larger than {limit} bytes.", StatusCodes.Status400BadRequest);
}
