using System.Xml;

namespace NetworkGraph.Core.Exports;

/// <summary>The XML plumbing the GraphML and GEXF writers share: one writer over a <see cref="ChunkedOutput"/>, drained as it fills.</summary>
internal static class XmlExport
{
    private static readonly XmlWriterSettings _settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public static async Task WriteAsync(Stream output, Func<XmlWriter, ChunkedOutput, Task> write, CancellationToken cancellationToken)
    {
        using var chunks = new ChunkedOutput(output);
        using (var xml = XmlWriter.Create(chunks, _settings))
        {
            await write(xml, chunks).ConfigureAwait(false);
            xml.WriteEndDocument();
        }
        await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hands what was written to the response once a chunk's worth has gathered.</summary>
    public static async ValueTask DrainWhenFullAsync(XmlWriter xml, ChunkedOutput chunks, CancellationToken cancellationToken)
    {
        if (chunks.IsFull)
        {
            xml.Flush();
            await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static string TypeName(AttributeType type, bool gexf) => type switch
    {
        AttributeType.Boolean => "boolean",
        AttributeType.Integer => gexf ? "integer" : "int",
        _ => "string",
    };
}
