using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>One worksheet, row by row: each row is loaded alone, its cells placed by their references.</summary>
internal sealed class XlsxSheetReader(string name, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles, SheetBudget budget)
{
    private readonly List<ImportProblem> _problems = [];
    private readonly List<SheetRow> _rows = [];
    private IReadOnlyList<string>? _header;

    public SheetReading Read(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        var last = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(last + 1));
            last = number;
            var cells = Cells(row, number);
            if (_header is null)
            {
                _header = [.. cells.Select(cell => cell.Trim())];
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (budget.Refuse(name, number, _rows.Count, cells) is { } refused)
            {
                return refused;
            }
            _rows.Add(new SheetRow(number, cells));
        }
        if (_problems.Count > 0)
        {
            return new SheetReading(null, _problems);
        }
        return _header is null
            ? SheetReading.Failed(name, 1, null, "The sheet is empty: its first row must be the header.")
            : new SheetReading(new Sheet(name, _header, _rows), []);
    }

    private List<string> Cells(Row row, int number)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = XlsxCells.ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count < column)
            {
                cells.Add("");
            }
            var reference = cell.CellReference?.Value ?? $"{XlsxCells.ColumnName(column)}{number}";
            if (cell.CellFormula is not null)
            {
                _problems.Add(new ImportProblem(name, number, HeaderOf(column),
                    $"Cell {reference} holds a formula; an import takes values only: paste the cell as a value and send it again."));
            }
            else if (cell.DataType?.Value == CellValues.Error)
            {
                _problems.Add(new ImportProblem(name, number, HeaderOf(column), $"Cell {reference} holds an error value."));
            }
            cells.Add(XlsxCells.Text(cell, strings, dateStyles));
        }
        return cells;
    }

    private string? HeaderOf(int column) => _header is not null && column < _header.Count ? _header[column] : null;
}
