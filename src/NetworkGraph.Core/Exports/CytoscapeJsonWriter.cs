using System.Text.Json;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// Cytoscape.js elements JSON (<c>{"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}</c>), which
/// <c>cytoscape({elements})</c> and Cytoscape desktop's "cyjs" import read. Every attribute becomes a key of
/// <c>data</c>; lists stay arrays and sources are objects.
/// </summary>
public static class CytoscapeJsonWriter
{
    public const string MediaType = "application/json; charset=utf-8";

    public static async Task WriteAsync(AttributedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Id);
            Values(json, graph.NodeAttributes, node.Values);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushWhenFullAsync(json, cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", edge.Id);
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            if (graph.Weighted)
            {
                json.WriteNumber("weight", edge.Weight);
            }
            Values(json, graph.EdgeAttributes, edge.Values);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushWhenFullAsync(json, cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask FlushWhenFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending >= ChunkedOutput.ChunkSize)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Values(Utf8JsonWriter json, IReadOnlyList<ExportAttribute> attributes, object?[] values)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            var name = attributes[i].Name;
            switch (values[i])
            {
                case null:
                    break;
                case string text:
                    json.WriteString(name, text);
                    break;
                case bool flag:
                    json.WriteBoolean(name, flag);
                    break;
                case long number:
                    json.WriteNumber(name, number);
                    break;
                case double number:
                    json.WriteNumber(name, number);
                    break;
                case IReadOnlyList<SourceRef> sources:
                    json.WritePropertyName(name);
                    ExportValues.WriteSources(json, sources);
                    break;
                case IReadOnlyList<string> list:
                    json.WriteStartArray(name);
                    list.ToList().ForEach(json.WriteStringValue);
                    json.WriteEndArray();
                    break;
                default:
                    json.WriteString(name, ExportValues.ToText(values[i]!));
                    break;
            }
        }
    }
}
