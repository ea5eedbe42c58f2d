using System.Buffers;
using System.Text.Json;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// One graphql-transport-ws message: its type, id and payload (raw JSON); null for anything else. An init payload may
/// carry <c>Authorization</c> and <c>Accept-Language</c>, as an HTTP request carries them in headers.
/// </summary>
internal sealed record WebSocketMessage(string Type, string? Id, ReadOnlyMemory<byte>? Payload, string? Authorization, string? AcceptLanguage = null)
{
    public static WebSocketMessage? Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            string? id = null;
            if (root.TryGetProperty("id", out var idValue))
            {
                if (idValue.ValueKind != JsonValueKind.String)
                {
                    return null;
                }
                id = idValue.GetString();
            }
            ReadOnlyMemory<byte>? payload = null;
            string? authorization = null;
            string? acceptLanguage = null;
            if (root.TryGetProperty("payload", out var payloadValue) && payloadValue.ValueKind != JsonValueKind.Null)
            {
                payload = JsonSerializer.SerializeToUtf8Bytes(payloadValue);
                if (payloadValue.ValueKind == JsonValueKind.Object)
                {
                    authorization = Text(payloadValue, "Authorization") ?? Text(payloadValue, "authorization");
                    acceptLanguage = Text(payloadValue, "Accept-Language") ?? Text(payloadValue, "accept-language");
                }
            }
            return new WebSocketMessage(type.GetString()!, id, payload, authorization, acceptLanguage);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// The start of every <c>next</c> message of one operation, <c>{"id":...,"type":"next","payload":</c>: a message is
    /// that, the payload as it is, and <c>}</c>, so that a thousand streams sharing one payload do not each write it anew.
    /// </summary>
    public static byte[] NextPrefix(string id)
    {
        var whole = Write("next", id, "0"u8);
        return whole[..^2];
    }

    /// <summary>A server message: <c>{"id", "type", "payload"}</c>, the payload written as the JSON it already is.</summary>
    public static byte[] Write(string type, string? id = null, ReadOnlySpan<byte> payload = default)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + payload.Length);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (id is not null)
            {
                json.WriteString("id", id);
            }
            json.WriteString("type", type);
            if (!payload.IsEmpty)
            {
                json.WritePropertyName("payload");
                json.WriteRawValue(payload, skipInputValidation: true);
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
