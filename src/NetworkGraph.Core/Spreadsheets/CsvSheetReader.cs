using System.Text.Unicode;
using CsvHelper;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// Reads one sheet from a CSV file: UTF-8 with or without a byte order mark, comma separated, quoted as RFC 4180
/// says. Bytes that are not UTF-8, broken quoting and a sheet over the limits are problems naming the row.
/// </summary>
public static class CsvSheetReader
{
    private static readonly CsvReaderOptions _options = new()
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        MalformedData = CsvMalformedDataHandling.Throw,
        SkipEmptyLines = false,
        IncludeValuesInExceptions = false,
        PoolStrings = true,
    };

    public static SheetReading Read(string sheetName, ReadOnlyMemory<byte> csv, SheetBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var bytes = csv.Span.StartsWith(Encoding.UTF8.Preamble) ? csv[Encoding.UTF8.Preamble.Length..] : csv;
        if (!Utf8.IsValid(bytes.Span))
        {
            var row = FirstInvalidLine(bytes.Span);
            return SheetReading.Failed(sheetName, row, null,
                $"Row {row} holds bytes that are not UTF-8: save the sheet as \"CSV UTF-8\" and send it again.");
        }
        string[]? header = null;
        var rows = new List<SheetRow>();
        var number = 0;
        try
        {
            using var reader = CsvReader.Create(bytes, _options);
            while (reader.Read())
            {
                number++;
                var record = reader.Current.ToArray();
                if (header is null)
                {
                    header = [.. record.Select(cell => cell.Trim())];
                    continue;
                }
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                if (budget.Refuse(sheetName, number, rows.Count, record) is { } refused)
                {
                    return refused;
                }
                rows.Add(new SheetRow(number, record));
            }
        }
        catch (CsvFormatException e)
        {
            var row = e.RecordNumber > 0 ? (int)e.RecordNumber : number + 1;
            return SheetReading.Failed(sheetName, row, null,
                $"Row {row} cannot be read as CSV: its quoting is broken (a quote inside a cell must be doubled, and a quoted cell closed).");
        }
        return header is null
            ? SheetReading.Failed(sheetName, 1, null, "The sheet is empty: its first row must be the header.")
            : new SheetReading(new Sheet(sheetName, header, rows), []);
    }

    private static int FirstInvalidLine(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var start = 0;
        while (start < bytes.Length)
        {
            var end = bytes[start..].IndexOf((byte)'\n');
            var length = end < 0 ? bytes.Length - start : end + 1;
            if (!Utf8.IsValid(bytes.Slice(start, length)))
            {
                return line;
            }
            start += length;
            line++;
        }
        return line;
    }
}
