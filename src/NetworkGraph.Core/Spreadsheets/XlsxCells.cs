using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>What an .xlsx cell says as text: shared and inline strings, numbers as written, dates as yyyy-MM-dd, booleans.</summary>
internal static class XlsxCells
{
    // The built-in number formats that show dates (ECMA-376 Part 1, 18.8.30).
    private static readonly HashSet<uint> _builtInDateFormats = [14, 15, 16, 17, 22];

    public static IReadOnlyList<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return strings;
    }

    /// <summary>The cell styles whose number format shows a date: a number in such a cell is a day, not a count.</summary>
    public static IReadOnlySet<uint> DateStyles(WorkbookStylesPart? part)
    {
        var styles = new HashSet<uint>();
        var stylesheet = part?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return styles;
        }
        var customDates = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(format => IsDateFormat(format.FormatCode?.Value))
            .Select(format => format.NumberFormatId?.Value ?? 0)
            .ToHashSet();
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (_builtInDateFormats.Contains(id) || customDates.Contains(id))
            {
                styles.Add(index);
            }
            index++;
        }
        return styles;
    }

    public static string Text(Cell cell, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : "";
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if (type == CellValues.Boolean)
        {
            return value == "1" ? "true" : "false";
        }
        if (type == CellValues.Date)
        {
            return value.Length >= 10 ? value[..10] : value;
        }
        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return value;
    }

    /// <summary>The 0-based column of a reference such as "C12", or null when it names none.</summary>
    public static int? ColumnIndex(string? reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference ?? "")
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }
        return letters is > 0 and <= 3 ? column - 1 : null;
    }

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static bool IsDateFormat(string? code)
    {
        var plain = new StringBuilder();
        var quoted = false;
        var bracketed = false;
        foreach (var c in code ?? "")
        {
            quoted ^= c == '"';
            bracketed = c == '[' || (bracketed && c != ']');
            if (!quoted && !bracketed)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }
        var text = plain.ToString();
        return text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal);
    }
}
