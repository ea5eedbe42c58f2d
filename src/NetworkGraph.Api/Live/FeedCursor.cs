using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace NetworkGraph.Api.Live;

/// <summary>
/// An opaque position in the change feed: the graph version of a committed batch and, when one batch yields several
/// events (two feedback items moved at once), the event's place in it. Text is base64url of the two numbers and a
/// check, so a cursor that was typed or altered is refused rather than read as some other position.
/// </summary>
public readonly record struct FeedCursor(long GraphVersion, int Ordinal) : IComparable<FeedCursor>
{
    private const int Length = 8 + 4 + 4;
    private static readonly byte[] _checkKey = "networkgraph-change-feed-cursor-v1"u8.ToArray();

    /// <summary>Before every event: resuming from it replays the whole feed.</summary>
    public static readonly FeedCursor Start = new(0, -1);

    public int CompareTo(FeedCursor other) =>
        GraphVersion != other.GraphVersion ? GraphVersion.CompareTo(other.GraphVersion) : Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(FeedCursor left, FeedCursor right) => left.CompareTo(right) < 0;

    public static bool operator >(FeedCursor left, FeedCursor right) => left.CompareTo(right) > 0;

    public static bool operator <=(FeedCursor left, FeedCursor right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FeedCursor left, FeedCursor right) => left.CompareTo(right) >= 0;

    // The texts of the latest cursors: every stream of an event asks for the same one, and the check is an HMAC.
    private static readonly Written?[] _recent = new Written?[1024];

    public string Text
    {
        get
        {
            var slot = (int)(GraphVersion & (_recent.Length - 1));
            if (Volatile.Read(ref _recent[slot]) is { } recent && recent.Cursor == this)
            {
                return recent.Text;
            }
            var text = Write();
            Volatile.Write(ref _recent[slot], new Written(this, text));
            return text;
        }
    }

    private string Write()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, GraphVersion);
        BinaryPrimitives.WriteInt32BigEndian(bytes[8..], Ordinal);
        Check(bytes[..12], bytes[12..]);
        return Base64Url.EncodeToString(bytes);
    }

    private sealed record Written(FeedCursor Cursor, string Text);

    public override string ToString() => Text;

    /// <summary>False for text no cursor of this service could have: wrong length, alphabet or check.</summary>
    public static bool TryParse(string? text, out FeedCursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (string.IsNullOrEmpty(text) || text.Length > 32 || !Base64Url.IsValid(text)
            || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != Length)
        {
            return false;
        }
        Span<byte> check = stackalloc byte[4];
        Check(bytes[..12], check);
        if (!CryptographicOperations.FixedTimeEquals(check, bytes[12..Length]))
        {
            return false;
        }
        var version = BinaryPrimitives.ReadInt64BigEndian(bytes);
        var ordinal = BinaryPrimitives.ReadInt32BigEndian(bytes[8..]);
        if (version < 0 || ordinal < -1)
        {
            return false;
        }
        cursor = new FeedCursor(version, ordinal);
        // Only the text this service writes: no padding, no other spelling of the same bytes.
        return string.Equals(cursor.Text, text, StringComparison.Ordinal);
    }

    private static void Check(ReadOnlySpan<byte> position, Span<byte> check)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_checkKey, position, hash);
        hash[..4].CopyTo(check);
    }
}
