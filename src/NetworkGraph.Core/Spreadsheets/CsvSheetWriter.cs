using NetworkGraph.Core.Exports;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>Writes a sheet as CSV: UTF-8 with a byte order mark (so Excel reads the accents right), CRLF, quoted as RFC 4180 says.</summary>
public static class CsvSheetWriter
{
    public const string MediaType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding _utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = Writer(output);
        WriteRow(writer, header);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    /// <summary>Streams the sheet to <paramref name="output"/> in chunks, never holding it whole, with asynchronous writes only.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var chunks = new ChunkedOutput(output);
        using (var writer = Writer(chunks))
        {
            WriteRow(writer, header);
            foreach (var row in rows)
            {
                WriteRow(writer, row);
                if (chunks.IsFull)
                {
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private static StreamWriter Writer(Stream output) => new(output, _utf8WithMark, 1 << 16, leaveOpen: true) { NewLine = "\r\n" };

    public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        Write(stream, header, rows);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' ')))
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }
        writer.WriteLine();
    }
}
