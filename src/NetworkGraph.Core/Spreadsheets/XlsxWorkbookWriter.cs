using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>Writes sheets into an .xlsx workbook, row by row with the Open XML SDK's forward-only writer; every cell is text.</summary>
public static class XlsxWorkbookWriter
{
    public static void Write(Stream output, IReadOnlyList<(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var entries = new Sheets();
        uint id = 1;
        foreach (var (name, header, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, header);
                foreach (var row in rows)
                {
                    WriteRow(writer, row);
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            entries.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }
        workbook.Workbook = new Workbook(entries);
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }) });
        }
        writer.WriteEndElement();
    }
}
