using DocumentFormat.OpenXml.Packaging;
using WorksheetEntry = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// Reads the Elements and Connections sheets of an .xlsx workbook with the Open XML SDK's forward-only reader, so a
/// large sheet is never held as a document. Only values are read: a cell holding a formula is a problem naming it,
/// since what it computes in the planner's spreadsheet is not what a file says.
/// </summary>
public static class XlsxWorkbookReader
{
    public const string Workbook = "workbook";

    public static (SheetReading Elements, SheetReading Connections) Read(Stream xlsx, SheetBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        try
        {
            // Every part is bounded: a small zip may unpack into a huge part.
            var settings = new OpenSettings { MaxCharactersInPart = Math.Max(budget.Limits.MaxFileBytes * 50, 1L << 26) };
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false, settings);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var strings = XlsxCells.SharedStrings(workbook.SharedStringTablePart);
            var dates = XlsxCells.DateStyles(workbook.WorkbookStylesPart);
            var entries = workbook.Workbook.Sheets?.Elements<WorksheetEntry>().ToList() ?? [];
            return (ReadSheet(SpreadsheetLayout.Elements), ReadSheet(SpreadsheetLayout.Connections));

            SheetReading ReadSheet(string name)
            {
                var entry = entries.FirstOrDefault(e => SpreadsheetLayout.Fold(e.Name?.Value ?? "") == SpreadsheetLayout.Fold(name));
                if (entry?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    return SheetReading.Failed(name, null, null,
                        $"The workbook has no sheet named {name} (it has {string.Join(", ", entries.Select(e => e.Name?.Value))}).");
                }
                return new XlsxSheetReader(name, strings, dates, budget).Read(part);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever a damaged or hostile file makes the SDK throw, the answer is the same: it is not a workbook we can read.
            var problem = SheetReading.Failed(Workbook, null, null,
                "The file cannot be read as an .xlsx workbook: save it from the spreadsheet as \"Excel Workbook (.xlsx)\" and send it again.");
            return (problem, new SheetReading(null, []));
        }
    }
}
