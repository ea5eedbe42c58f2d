using System.Xml;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// GEXF 1.3 (gexf.net): the attributes declared by name, nodes with their display label, edges with their label and,
/// for the coordination graph, their weight; values as <c>attvalue</c> elements. A dated graph is dynamic, with dates
/// for time: an edge that holds only for a time has a spell, both days included (the day before <c>validTo</c> ends it).
/// </summary>
public static class GexfWriter
{
    public const string MediaType = "application/gexf+xml; charset=utf-8";
    private const string Namespace = "http://gexf.net/1.3";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static Task WriteAsync(AttributedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return XmlExport.WriteAsync(output, async (xml, chunks) =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteAttributeString("schemaLocation", Xsi, $"{Namespace} {Namespace}/gexf.xsd");
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Namespace);
            xml.WriteElementString("creator", Namespace, "NetworkGraph");
            xml.WriteElementString("description", Namespace, graph.Description);
            xml.WriteEndElement();
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("defaultedgetype", graph.Directed ? "directed" : "undirected");
            xml.WriteAttributeString("mode", graph.Dated ? "dynamic" : "static");
            if (graph.Dated)
            {
                xml.WriteAttributeString("timeformat", "date");
            }
            Attributes(xml, "node", graph.NodeAttributes);
            Attributes(xml, "edge", graph.EdgeAttributes);
            xml.WriteStartElement("nodes", Namespace);
            foreach (var node in graph.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Id);
                xml.WriteAttributeString("label", ExportValues.Clean(node.Label));
                Values(xml, graph.NodeAttributes, node.Values);
                xml.WriteEndElement();
                await XmlExport.DrainWhenFullAsync(xml, chunks, cancellationToken).ConfigureAwait(false);
            }
            xml.WriteEndElement();
            xml.WriteStartElement("edges", Namespace);
            foreach (var edge in graph.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", edge.Id);
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                if (edge.Label is not null)
                {
                    xml.WriteAttributeString("label", edge.Label);
                }
                if (graph.Weighted)
                {
                    xml.WriteAttributeString("weight", ExportValues.ToText(edge.Weight));
                }
                Values(xml, graph.EdgeAttributes, edge.Values);
                if (edge.Spell is { } spell)
                {
                    Spells(xml, spell);
                }
                xml.WriteEndElement();
                await XmlExport.DrainWhenFullAsync(xml, chunks, cancellationToken).ConfigureAwait(false);
            }
            xml.WriteEndElement();
        }, cancellationToken);
    }

    private static void Attributes(XmlWriter xml, string kind, IReadOnlyList<ExportAttribute> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", kind);
        xml.WriteAttributeString("mode", "static");
        foreach (var attribute in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", attribute.Name);
            xml.WriteAttributeString("title", attribute.Name);
            xml.WriteAttributeString("type", XmlExport.TypeName(attribute.Type, gexf: true));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Spells(XmlWriter xml, EdgeSpell spell)
    {
        xml.WriteStartElement("spells", Namespace);
        xml.WriteStartElement("spell", Namespace);
        if (spell.Start is { } start)
        {
            xml.WriteAttributeString("start", Validity.ToText(start));
        }
        if (spell.End is { } end)
        {
            xml.WriteAttributeString("end", Validity.ToText(end));
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, IReadOnlyList<ExportAttribute> attributes, object?[] values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        for (var i = 0; i < attributes.Count; i++)
        {
            if (values[i] is { } value)
            {
                xml.WriteStartElement("attvalue", Namespace);
                xml.WriteAttributeString("for", attributes[i].Name);
                xml.WriteAttributeString("value", ExportValues.ToText(value));
                xml.WriteEndElement();
            }
        }
        xml.WriteEndElement();
    }
}
