using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// A node's <c>search_text</c>: its folded terms (<see cref="SearchText.TermsOf"/>) and the length of its display name,
/// as JSON, from which the triggers of <see cref="SearchIndexMigration"/> keep one row per term in <c>node_search_terms</c>.
/// Folding is done here, not in SQL, so the index holds exactly the text every store compares.
/// </summary>
internal static class SearchTermsJson
{
    public static string For(NodeRecord node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("nameLength", node.DisplayName.Length);
            writer.WriteStartArray("terms");
            foreach (var term in SearchText.TermsOf(node))
            {
                writer.WriteStartArray();
                writer.WriteStringValue(ConstantCase.ToText(term.Kind));
                writer.WriteStringValue(term.Text);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The same for an update, which brings the id and the properties: all the terms depend on (any label serves).</summary>
    public static string For(string id, IReadOnlyDictionary<string, object?> properties) =>
        For(new NodeRecord { Id = id, Label = default, Properties = properties });
}
