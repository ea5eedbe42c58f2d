using System.Security.Cryptography;

namespace NetworkGraph.Core.Graph;

/// <summary>
/// Ids for generated nodes: a prefix and a sortable unique suffix (a lowercase ULID: 48-bit
/// milliseconds and 80 random bits in Crockford base 32), e.g. "fb-01jd3k...".
/// </summary>
public static class NodeIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New(string prefix, DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = now.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(milliseconds & 0xFF);
            milliseconds >>= 8;
        }
        RandomNumberGenerator.Fill(bytes[6..]);
        return prefix + "-" + Encode(bytes);
    }

    /// <summary>The same id for the same key: a retried request with an idempotency key finds what the first one stored.</summary>
    public static string FromKey(string prefix, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return prefix + "-" + Encode(hash.AsSpan(0, 16));
    }

    private static string Encode(ReadOnlySpan<byte> sixteenBytes)
    {
        var value = new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(sixteenBytes),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(sixteenBytes[8..]));
        var chars = new char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
