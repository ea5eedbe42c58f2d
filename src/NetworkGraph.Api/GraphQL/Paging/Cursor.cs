using System.Buffers.Text;
using System.Text;

namespace NetworkGraph.Api.GraphQL.Paging;

/// <summary>Opaque keyset cursors: the id of the last node seen, versioned so the format can change.</summary>
public static class Cursor
{
    private const string Prefix = "v1:";

    public static string For(NodeRecord node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + node.Id));

    public static string? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && Slug.IsValid(text[Prefix.Length..]))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
            // Falls through to the same answer as any other forged cursor.
        }
        throw UserError.BadInput("'after' is not a cursor issued by this API; pass a pageInfo.endCursor or an edge cursor.");
    }
}
