using System.Xml;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// GraphML (graphml.graphdrawing.org): one <c>key</c> per attribute (ids <c>n_name</c> for nodes, <c>e_name</c> for
/// edges), then the nodes and edges with a <c>data</c> element for each value they have.
/// </summary>
public static class GraphMLWriter
{
    public const string MediaType = "application/graphml+xml; charset=utf-8";
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static Task WriteAsync(AttributedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return XmlExport.WriteAsync(output, async (xml, chunks) =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteAttributeString("schemaLocation", Xsi, $"{Namespace} {Namespace}/1.0/graphml.xsd");
            Keys(xml, "node", "n_", graph.NodeAttributes);
            Keys(xml, "edge", "e_", graph.EdgeAttributes);
            if (graph.Weighted)
            {
                Key(xml, "edge", "e_", new ExportAttribute("weight", AttributeType.Integer));
            }
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", graph.Directed ? "directed" : "undirected");
            foreach (var node in graph.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "n_", graph.NodeAttributes, node.Values);
                xml.WriteEndElement();
                await XmlExport.DrainWhenFullAsync(xml, chunks, cancellationToken).ConfigureAwait(false);
            }
            foreach (var edge in graph.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", edge.Id);
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "e_", graph.EdgeAttributes, edge.Values);
                if (graph.Weighted)
                {
                    xml.WriteStartElement("data", Namespace);
                    xml.WriteAttributeString("key", "e_weight");
                    xml.WriteString(ExportValues.ToText(edge.Weight));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                await XmlExport.DrainWhenFullAsync(xml, chunks, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    private static void Keys(XmlWriter xml, string domain, string prefix, IReadOnlyList<ExportAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            Key(xml, domain, prefix, attribute);
        }
    }

    private static void Key(XmlWriter xml, string domain, string prefix, ExportAttribute attribute)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", prefix + attribute.Name);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", attribute.Name);
        xml.WriteAttributeString("attr.type", XmlExport.TypeName(attribute.Type, gexf: false));
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string prefix, IReadOnlyList<ExportAttribute> attributes, object?[] values)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (values[i] is { } value)
            {
                xml.WriteStartElement("data", Namespace);
                xml.WriteAttributeString("key", prefix + attributes[i].Name);
                xml.WriteString(ExportValues.ToText(value));
                xml.WriteEndElement();
            }
        }
    }
}
