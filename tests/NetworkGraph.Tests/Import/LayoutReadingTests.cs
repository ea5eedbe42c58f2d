using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Tests.Import;

public sealed class LayoutReadingTests
{
    [Fact]
    public void a_csv_with_a_byte_order_mark_quoted_commas_line_breaks_and_doubled_quotes_reads_as_a_spreadsheet_shows_it()
    {
        var text = "\uFEFFID,Label,Description\r\nsmus,\"SMUS, Bilbao\",\"First line\nsecond \"\"quoted\"\" line\"\r\n\r\nlanbide,Lanbide,plain\r\n";

        var sheet = ImportSheets.Csv(SpreadsheetLayout.Elements, text);

        Assert.Equal(["ID", "Label", "Description"], sheet.Header);
        Assert.Equal(["smus", "SMUS, Bilbao", "First line\nsecond \"quoted\" line"], sheet.Rows[0].Cells);
        Assert.Equal(2, sheet.Rows[0].Number);
        Assert.Equal(4, sheet.Rows[1].Number);
    }

    [Fact]
    public void columns_match_ignoring_case_spaces_and_underscores()
    {
        var sheet = ImportSheets.Csv(SpreadsheetLayout.Elements, "id,LABEL,source_url,Expected levels\nx,y,z,w\n");

        Assert.Equal(2, sheet.ColumnOf(SpreadsheetLayout.SourceUrl));
        Assert.Equal(3, sheet.ColumnOf("Expected Levels"));
    }

    [Fact]
    public void broken_quoting_is_a_problem_naming_its_row()
    {
        var reading = CsvSheetReader.Read(SpreadsheetLayout.Connections, Encoding.UTF8.GetBytes("From,To\nsmus,lanbide\n\"smus,lanbide\n"), new SheetBudget(ImportLimits.Default));

        var problem = Assert.Single(reading.Problems);
        Assert.Null(reading.Sheet);
        Assert.Equal((SpreadsheetLayout.Connections, 3), (problem.Sheet, problem.Row));
        Assert.Contains("quoting", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void bytes_that_are_not_utf8_are_a_problem_naming_the_row()
    {
        byte[] latin1 = [.. "ID,Label\nx,ok\ny,Pe"u8, 0xF1, .. "ascal\n"u8];

        var problem = Assert.Single(CsvSheetReader.Read(SpreadsheetLayout.Elements, latin1, new SheetBudget(ImportLimits.Default)).Problems);

        Assert.Equal(3, problem.Row);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_sheet_over_the_row_limit_is_a_problem()
    {
        var reading = CsvSheetReader.Read(SpreadsheetLayout.Elements, Encoding.UTF8.GetBytes("ID\na\nb\nc\n"), new SheetBudget(new ImportLimits(1_000_000, 2, 1_000)));

        Assert.Equal(4, Assert.Single(reading.Problems).Row);
    }

    [Fact]
    public void the_template_workbook_reads_back_as_the_template_csv_sheets()
    {
        using var stream = new MemoryStream();
        SpreadsheetTemplate.WriteWorkbook(stream);
        stream.Position = 0;

        var (elements, connections) = XlsxWorkbookReader.Read(stream, new SheetBudget(ImportLimits.Default));

        Assert.Equal(SpreadsheetTemplate.Elements.Select(r => r.ToList()), elements.Sheet!.Rows.Select(r => r.Cells.ToList()));
        Assert.Equal(SpreadsheetLayout.ConnectionColumns, connections.Sheet!.Header);
        Assert.Equal(SpreadsheetTemplate.Connections.Count, connections.Sheet.Rows.Count);
    }

    [Fact]
    public void a_formula_cell_in_a_workbook_is_a_problem_naming_the_cell()
    {
        using var stream = WorkbookWithFormula();

        var (elements, _) = XlsxWorkbookReader.Read(stream, new SheetBudget(ImportLimits.Default));

        var problem = Assert.Single(elements.Problems);
        Assert.Equal((SpreadsheetLayout.Elements, 2, "Label"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Contains("B2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("formula", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_workbook_without_a_connections_sheet_is_a_problem_naming_it()
    {
        using var stream = WorkbookWithFormula();

        var (_, connections) = XlsxWorkbookReader.Read(stream, new SheetBudget(ImportLimits.Default));

        Assert.Equal(SpreadsheetLayout.Connections, Assert.Single(connections.Problems).Sheet);
    }

    [Fact]
    public void a_file_that_is_not_a_workbook_is_one_problem_not_an_exception()
    {
        using var stream = new MemoryStream("ID,Label\n"u8.ToArray());

        var (elements, _) = XlsxWorkbookReader.Read(stream, new SheetBudget(ImportLimits.Default));

        Assert.Contains(".xlsx", Assert.Single(elements.Problems).Message, StringComparison.Ordinal);
    }

    private static MemoryStream WorkbookWithFormula()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(
                new Row(Text("A1", "ID"), Text("B1", "Label")) { RowIndex = 1 },
                new Row(Text("A2", "x"), new Cell { CellReference = "B2", CellFormula = new CellFormula("A2&\"!\""), CellValue = new CellValue("x!") }) { RowIndex = 2 }));
            workbook.Workbook = new Workbook(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = "Elements", SheetId = 1, Id = workbook.GetIdOfPart(part) }));
        }
        stream.Position = 0;
        return stream;
    }

    private static Cell Text(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
