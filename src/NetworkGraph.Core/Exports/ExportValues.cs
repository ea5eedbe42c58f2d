using System.Text.Json;
using System.Xml;

namespace NetworkGraph.Core.Exports;

/// <summary>How the XML formats spell a value: lists joined with '|', sources as one JSON text, booleans in lowercase.</summary>
internal static class ExportValues
{
    public static string ToText(object value) => Clean(value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IReadOnlyList<SourceRef> sources => SourcesJson(sources),
        IReadOnlyList<string> list => string.Join('|', list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    });

    public static string SourcesJson(IReadOnlyList<SourceRef> sources)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteSources(json, sources);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteSources(Utf8JsonWriter json, IReadOnlyList<SourceRef> sources)
    {
        json.WriteStartArray();
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("title", source.Title);
            if (source.Url is not null)
            {
                json.WriteString("url", source.Url);
            }
            if (source.Locator is not null)
            {
                json.WriteString("locator", source.Locator);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>
    /// Text with the characters XML 1.0 cannot carry (control characters a store may hold) replaced by U+FFFD, so an
    /// odd value spoils one attribute instead of the whole document.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                cleaned?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
                continue;
            }
            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
            cleaned.Append('\uFFFD');
        }
        return cleaned?.ToString() ?? text;
    }
}
